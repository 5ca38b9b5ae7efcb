package jp.banso.base;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Token buckets per key (Bucket4j), held in a size-bounded Caffeine cache: memory stays bounded under a spray
 * of keys, and a key idle for a whole period is forgotten (its bucket would be full again anyway). Time comes
 * from the app's {@link Clock}, so tests move it.
 */
public final class RateLimiter {

    /** {@code capacity} tokens, refilled steadily over {@code period}. */
    public record Limit(long capacity, Duration period) {
    }

    private final Cache<String, Bucket> buckets;
    private final TimeMeter time;
    private final Limit limit;

    public RateLimiter(Clock clock, Limit limit, long maxKeys) {
        this.limit = limit;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfterAccess(limit.period())
                .ticker(time::currentTimeNanos)
                .executor(Runnable::run) // evict in the caller: no background work, bounded at once
                .build();
    }

    private Bucket bucket(String key) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(l -> l.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
                .withCustomTimePrecision(time)
                .build());
    }

    /** Takes one token; false when none is left (the caller refuses). */
    public boolean tryConsume(String key) {
        return bucket(key).tryConsume(1);
    }

    /** Takes one token if there is one; never refuses (for counting failures). */
    public void consume(String key) {
        bucket(key).tryConsume(1);
    }

    /** No token left now: the key is locked. */
    public boolean isExhausted(String key) {
        Bucket b = buckets.getIfPresent(key);
        return b != null && b.getAvailableTokens() < 1;
    }

    /** Seconds until one token is back; 0 when one is available now. */
    public long secondsToWait(String key) {
        Bucket b = buckets.getIfPresent(key);
        if (b == null) {
            return 0;
        }
        long nanos = b.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return nanos <= 0 ? 0 : Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    public void reset(String key) {
        buckets.invalidate(key);
    }

    public long trackedKeys() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }
}
