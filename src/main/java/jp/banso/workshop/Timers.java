package jp.banso.workshop;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Timer arithmetic: the stored columns plus the agenda give what is left of the current item. */
final class Timers {

    private Timers() {
    }

    static TimerState state(WorkshopRepository.TimerRow row, List<AgendaItem> agenda, Instant now) {
        if (row.position() == null || row.position() < 0 || row.position() >= agenda.size()) {
            return TimerState.IDLE;
        }
        AgendaItem item = agenda.get(row.position());
        long elapsed = row.elapsedMs() + (row.startedAt() == null ? 0 : Duration.between(row.startedAt(), now).toMillis());
        return new TimerState(row.position(), item.title(), item.minutes(), row.startedAt() != null,
                item.minutes() * 60_000L - elapsed);
    }
}
