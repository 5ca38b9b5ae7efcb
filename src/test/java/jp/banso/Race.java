package jp.banso;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Many callers at once, on real threads released together by one latch: how caps hold under concurrency. */
public final class Race {

    private Race() {
    }

    /** How many calls were acknowledged (no exception), and the messages of those refused. */
    public record Outcome(int acknowledged, List<String> refusals) {
    }

    /** Runs {@code n} calls at once, each signed in as {@code auth} (null: nobody). */
    public static <T> Outcome run(int n, Callable<T> call, Authentication auth) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    if (auth != null) {
                        SecurityContextHolder.getContext().setAuthentication(auth);
                    }
                    start.await();
                    try {
                        return call.call();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            int ok = 0;
            List<String> refusals = new ArrayList<>();
            for (Future<Object> f : futures) {
                try {
                    f.get(120, TimeUnit.SECONDS);
                    ok++;
                } catch (ExecutionException e) {
                    refusals.add(e.getCause().getMessage());
                }
            }
            return new Outcome(ok, refusals);
        } finally {
            pool.shutdownNow();
        }
    }
}
