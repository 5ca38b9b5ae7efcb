package jp.banso.workshop.bench;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.sun.management.OperatingSystemMXBean;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jp.banso.Application;
import jp.banso.IntegrationTest;
import jp.banso.security.AppRoles;
import jp.banso.workshop.Affiliation;
import jp.banso.workshop.BoardRow;
import jp.banso.workshop.JoinRequest;
import jp.banso.workshop.Joined;
import jp.banso.workshop.ParticipantService;
import jp.banso.workshop.RowText;
import jp.banso.workshop.SessionDraft;
import jp.banso.workshop.SessionKind;
import jp.banso.workshop.SheetRow;
import jp.banso.workshop.WorkshopBroadcaster;
import jp.banso.workshop.WorkshopService;
import jp.banso.workshop.WorkshopSession;
import jp.banso.workshop.ui.WorkshopProbe;
import kotlin.jvm.functions.Function0;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Live workshop under load, run by hand (not in verify):
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=jp.banso.workshop.bench.LiveWorkshopBench -Dexec.args="100 60"}
 * or from an IDE. What it simulates: the whole app on its embedded MariaDB; N participants, each with a real
 * SheetView in its own Vaadin UI (registered with the broadcaster, as in a browser tab) and 3 rows; every
 * participant saves one row every 2 s through ParticipantService (what the view's autosave calls), staggered;
 * one facilitator BoardView in another UI. Latency = from the start of saveRow to the moment the board UI has
 * applied that version (server side, inside UI.access; the websocket hop to a browser is not included).
 */
public final class LiveWorkshopBench {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        Path data = Path.of("target/bench-data/workshop");
        IntegrationTest.deleteRecursively(data);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--banso.data-dir=" + data, "--server.port=0");
        try {
            run(app, n, seconds);
        } finally {
            app.close();
            System.exit(0);
        }
    }

    private static void run(ConfigurableApplicationContext app, int n, int seconds) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("bench", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.FACILITATOR))));
        WorkshopService workshops = app.getBean(WorkshopService.class);
        ParticipantService participants = app.getBean(ParticipantService.class);
        WorkshopBroadcaster broadcaster = app.getBean(WorkshopBroadcaster.class);
        WorkshopSession s = workshops.createSession(new SessionDraft("ベンチマーク", SessionKind.EXCHANGE,
                LocalDateTime.now(), "", true, "", 0, 3));

        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(new Routes().autoDiscoverViews("jp.banso"), app, uiFactory));

        List<String> tokens = new ArrayList<>();
        List<List<SheetRow>> rows = new ArrayList<>();
        Affiliation[] affs = Affiliation.values();
        for (int i = 0; i < n; i++) {
            Joined j = participants.join(s.joinCode(), new JoinRequest("参加者" + i, affs[i % affs.length], "組織" + i), "bench-" + i);
            tokens.add(j.token());
            List<SheetRow> mine = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                mine.add(participants.addRow(j.token()));
            }
            rows.add(mine);
        }

        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Map<Long, Integer> boardVersion = new ConcurrentHashMap<>();
        UI board = WorkshopProbe.openBoard(workshops, broadcaster, s.id(), r -> {
            Long t0 = sentAt.remove(r.id() + ":" + r.version());
            if (t0 != null) {
                latencies.add(System.nanoTime() - t0);
            }
            boardVersion.merge(r.id(), r.version(), Math::max);
        });

        MemoryProbe heap = new MemoryProbe();
        long before = heap.used();
        List<UI> sheets = new ArrayList<>();
        for (String t : tokens) {
            sheets.add(WorkshopProbe.openSheet(participants, broadcaster, t));
        }
        long after = heap.used();
        double kbPerUi = (after - before) / 1024.0 / n;
        // let other threads run UI.access on these UIs directly, as a servlet container would between requests
        VaadinSession.getCurrent().unlock();

        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(8);
        Map<Long, Integer> lastSaved = new ConcurrentHashMap<>();
        Map<Long, String> lastText = new ConcurrentHashMap<>();
        AtomicInteger saves = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        Map<Long, SheetRow> current = new ConcurrentHashMap<>();
        rows.forEach(list -> list.forEach(r -> current.put(r.id(), r)));
        long warmupEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        for (int i = 0; i < n; i++) {
            int p = i;
            AtomicInteger k = new AtomicInteger();
            pool.scheduleAtFixedRate(() -> {
                SheetRow r = current.get(rows.get(p).get(k.getAndIncrement() % 3).id());
                String text = "内容 " + p + " 編集 " + k.get() + " " + "住まいの確保と入居中の支援".repeat(3);
                long t0 = System.nanoTime();
                if (t0 > warmupEnd) {
                    sentAt.put(r.id() + ":" + (r.version() + 1), t0);
                }
                try {
                    SheetRow saved = participants.saveRow(tokens.get(p), r.id(), r.version(), new RowText("項目" + p, text, "改善"));
                    current.put(saved.id(), saved);
                    lastSaved.put(saved.id(), saved.version());
                    lastText.put(saved.id(), text);
                    saves.incrementAndGet();
                } catch (RuntimeException e) {
                    failures.incrementAndGet();
                    sentAt.remove(r.id() + ":" + (r.version() + 1));
                }
            }, 2000L * i / n, 2000, TimeUnit.MILLISECONDS);
        }
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        long cpu1 = os.getProcessCpuTime();
        long wall1 = System.nanoTime();
        Thread.sleep(2000); // let the last events reach the board

        int lost = 0;
        for (var e : lastSaved.entrySet()) {
            if (!e.getValue().equals(boardVersion.get(e.getKey()))) {
                lost++;
            }
        }
        int lostInDb = 0;
        for (int p = 0; p < n; p++) {
            for (SheetRow r : participants.rows(tokens.get(p))) {
                String expected = lastText.get(r.id());
                if (expected != null && !expected.equals(r.content())) {
                    lostInDb++;
                }
            }
        }
        long[] ms = latencies.stream().mapToLong(x -> x).sorted().toArray();
        double cpuCores = (cpu1 - cpu0) / (double) (wall1 - wall0);
        System.out.printf("""
                LIVE WORKSHOP BENCH
                participants=%d duration=%ds saves=%d failures=%d measured=%d
                save->board p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms
                heap per participant UI (SheetView with 3 rows)=%.0f KB
                process CPU=%.2f of %d cores (%.0f%%)
                lost on board (last saved version not shown)=%d, lost in DB=%d, board cards=%d
                """, n, seconds, saves.get(), failures.get(), ms.length, pct(ms, 50), pct(ms, 95), pct(ms, 99),
                ms.length == 0 ? 0 : ms[ms.length - 1] / 1e6, kbPerUi, cpuCores, os.getAvailableProcessors(),
                100 * cpuCores / os.getAvailableProcessors(), lost, lostInDb, WorkshopProbe.cardCount(board));
        if (sheets.isEmpty()) {
            System.out.println(Arrays.toString(ms));
        }
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    /** Used heap after full collections. */
    static final class MemoryProbe {
        long used() throws InterruptedException {
            for (int i = 0; i < 4; i++) {
                System.gc();
                Thread.sleep(200);
            }
            Runtime rt = Runtime.getRuntime();
            return rt.totalMemory() - rt.freeMemory();
        }
    }
}
