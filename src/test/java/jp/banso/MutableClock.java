package jp.banso;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The app's clock in tests: real time plus an offset that a test moves ({@link #advance}) or pins
 * ({@link #set}); {@link #reset} after each test that moved it, since every IntegrationTest shares it.
 */
public final class MutableClock extends Clock {

    private final ZoneId zone;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final AtomicReference<Instant> pinned = new AtomicReference<>();

    public MutableClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return Clock.offset(Clock.system(z), offset.get());
    }

    @Override
    public Instant instant() {
        Instant p = pinned.get();
        return p != null ? p : Instant.now().plus(offset.get());
    }

    public void advance(Duration d) {
        Instant p = pinned.get();
        if (p != null) {
            pinned.set(p.plus(d));
        } else {
            offset.updateAndGet(o -> o.plus(d));
        }
    }

    public void set(Instant at) {
        pinned.set(at);
    }

    public void reset() {
        pinned.set(null);
        offset.set(Duration.ZERO);
    }
}
