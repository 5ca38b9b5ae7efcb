package jp.banso.workshop;

import java.time.Clock;
import java.time.Duration;
import jp.banso.base.RateLimiter;
import org.springframework.stereotype.Component;

/**
 * Join throttling (base.RateLimiter, Bucket4j): wrong codes per client address, gently
 * ({@link WorkshopLimits#JOIN_FAILURES_PER_MINUTE} a minute: a venue shares one address, and a few typos there
 * must not lock the room out; an 8-character code of a 31-letter alphabet makes guessing hopeless at that
 * rate anyway), and joins per session code ({@link WorkshopLimits#JOINS_PER_CODE_PER_MINUTE}), so a leaked
 * code cannot flood a session. In memory, bounded: a restart forgets.
 */
@Component
class JoinGuard {

    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final long MAX_KEYS = 100_000;

    private final RateLimiter wrongCodes;
    private final RateLimiter joinsPerCode;

    JoinGuard(Clock clock) {
        this.wrongCodes = new RateLimiter(clock,
                new RateLimiter.Limit(WorkshopLimits.JOIN_FAILURES_PER_MINUTE, WINDOW), MAX_KEYS);
        this.joinsPerCode = new RateLimiter(clock,
                new RateLimiter.Limit(WorkshopLimits.JOINS_PER_CODE_PER_MINUTE, WINDOW), MAX_KEYS);
    }

    /** Seconds to wait before the next attempt, 0 when the client may try now. */
    long secondsToWait(String client) {
        return wrongCodes.secondsToWait(client);
    }

    void failed(String client) {
        wrongCodes.consume(client);
    }

    /** Counts a join with a valid code; false when the code's sessions had too many joins this minute. */
    boolean tryJoin(String code) {
        return joinsPerCode.tryConsume(code);
    }

    long secondsToWaitForCode(String code) {
        return joinsPerCode.secondsToWait(code);
    }
}
