package jp.banso.workshop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts failed join attempts per client (address): after {@link WorkshopLimits#JOIN_FAILURES_PER_MINUTE}
 * failures within a minute the client waits until the oldest one is a minute old. In memory: a restart
 * forgets, which only gives a guesser one more minute's worth of tries.
 */
@Component
class JoinGuard {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    JoinGuard(Clock clock) {
        this.clock = clock;
    }

    /** Seconds to wait before the next attempt, 0 when the client may try now. */
    long secondsToWait(String client) {
        Deque<Instant> q = failures.get(client);
        if (q == null) {
            return 0;
        }
        synchronized (q) {
            prune(q);
            if (q.size() < WorkshopLimits.JOIN_FAILURES_PER_MINUTE) {
                return 0;
            }
            return Math.max(1, Duration.between(clock.instant(), q.peekFirst().plus(WINDOW)).toSeconds());
        }
    }

    void failed(String client) {
        Deque<Instant> q = failures.computeIfAbsent(client, k -> new ArrayDeque<>());
        synchronized (q) {
            prune(q);
            q.addLast(clock.instant());
        }
        if (failures.size() > 10_000) {
            // many addresses: drop those with no recent failure so the map cannot grow without bound
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue());
                    return e.getValue().isEmpty();
                }
            });
        }
    }

    private void prune(Deque<Instant> q) {
        Instant cutoff = clock.instant().minus(WINDOW);
        while (!q.isEmpty() && !q.peekFirst().isAfter(cutoff)) {
            q.removeFirst();
        }
    }
}
