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
import jp.banso.workshop.CellSave;
import jp.banso.workshop.GroupForm;
import jp.banso.workshop.GroupSheet;
import jp.banso.workshop.GroupWorkService;
import jp.banso.workshop.Worksheet;
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

    private static final String TRACKER = "vaadin.devmode.componentTracker.enabled";

    public static void main(String[] args) throws Exception {
        // a production server has no development-mode component tracker (it keeps, for Vaadin's dev tools, where
        // every component was made and attached: about 130 KB per UI here); -D...=true measures with it
        if (System.getProperty(TRACKER) == null) {
            System.setProperty(TRACKER, "false");
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        Path data = Path.of("target/bench-data/workshop");
        IntegrationTest.deleteRecursively(data);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--banso.data-dir=" + data, "--server.port=0");
        try {
            if (args.length > 2 && args[2].equals("groups")) {
                runGroups(app, n, seconds, args.length > 3 ? Integer.parseInt(args[3]) : 12);
            } else {
                run(app, n, seconds);
            }
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
            sheets.add(WorkshopProbe.openSheet(participants, broadcaster, app.getBean(jp.banso.workshop.GroupWorkService.class), t));
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
                heap per participant UI (SheetView with 3 rows, after its first response)=%.0f KB (component tracker %s)
                process CPU=%.2f of %d cores (%.0f%%)
                lost on board (last saved version not shown)=%d, lost in DB=%d, board cards=%d
                """, n, seconds, saves.get(), failures.get(), ms.length, pct(ms, 50), pct(ms, 95), pct(ms, 99),
                ms.length == 0 ? 0 : ms[ms.length - 1] / 1e6, kbPerUi,
                System.getProperty(TRACKER).equals("false") ? "off" : "on", cpuCores, os.getAvailableProcessors(),
                100 * cpuCores / os.getAvailableProcessors(), lost, lostInDb, WorkshopProbe.cardCount(board));
        if (sheets.isEmpty()) {
            System.out.println(Arrays.toString(ms));
        }
    }

    /**
     * Group work: N participants in G groups, each with a real GroupSheetView (its own UI, registered for its
     * group's events), the facilitator's OverviewView open in another UI. Every participant saves one cell of
     * their group's worksheet every 2 s (member k of a table owns cell k, so saves do not collide), through
     * GroupWorkService.saveCell (what the cell editor calls). Latency = from the start of saveCell until every
     * member's page of that group AND the overview applied that version (server side, inside UI.access).
     */
    private static void runGroups(ConfigurableApplicationContext app, int n, int seconds, int groupCount) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("bench", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.FACILITATOR))));
        WorkshopService workshops = app.getBean(WorkshopService.class);
        ParticipantService participants = app.getBean(ParticipantService.class);
        WorkshopBroadcaster broadcaster = app.getBean(WorkshopBroadcaster.class);
        GroupWorkService groups = app.getBean(GroupWorkService.class);
        WorkshopSession s = workshops.createSession(new SessionDraft("ベンチマーク（グループ）", SessionKind.EXCHANGE,
                LocalDateTime.now(), "", true, "", 0, 3));
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(new Routes().autoDiscoverViews("jp.banso"), app, uiFactory));
        Affiliation[] affs = Affiliation.values();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tokens.add(participants.join(s.joinCode(), new JoinRequest("参加者" + i, affs[i % affs.length], "組織" + (i % 30),
                    "市" + (i % 7), false), "bench-" + i).token());
        }
        long t0Group = System.nanoTime();
        groups.formGroups(s.id(), new GroupForm(groupCount, null, null, Worksheet.ISSUE_SHEET));
        double groupMs = (System.nanoTime() - t0Group) / 1e6;
        // enough rows that every member owns a cell of their own
        int perGroup = (n + groupCount - 1) / groupCount;
        Map<Long, List<Integer>> membersOf = new java.util.HashMap<>();
        Map<Integer, GroupSheet> sheetOf = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            GroupSheet sh = groups.mySheet(tokens.get(i)).orElseThrow();
            membersOf.computeIfAbsent(sh.groupId(), k -> new ArrayList<>()).add(i);
            while (sh.rowCount() * 3 < perGroup) {
                sh = groups.addSheetRow(tokens.get(i));
            }
            sheetOf.put(i, sh);
        }
        Map<String, long[]> pending = new ConcurrentHashMap<>(); // key -> {t0, remaining}
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Map<String, Integer> seenVersion = new ConcurrentHashMap<>();
        java.util.function.BiConsumer<String, jp.banso.workshop.GroupCell> applied = (who, c) -> {
            String key = c.groupId() + ":" + c.key() + ":" + c.version();
            seenVersion.merge(who + "|" + c.groupId() + ":" + c.key(), c.version(), Math::max);
            long[] p = pending.get(key);
            if (p != null) {
                synchronized (p) {
                    if (--p[1] == 0) {
                        latencies.add(System.nanoTime() - p[0]);
                        pending.remove(key);
                    }
                }
            }
        };
        UI overview = WorkshopProbe.openOverview(groups, workshops, broadcaster, s.id(), c -> applied.accept("overview", c));
        MemoryProbe heap = new MemoryProbe();
        long before = heap.used();
        List<UI> pages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String who = "p" + i;
            pages.add(WorkshopProbe.openGroupSheet(participants, groups, broadcaster, tokens.get(i), c -> applied.accept(who, c)));
        }
        long after = heap.used();
        double kbPerUi = (after - before) / 1024.0 / n;
        VaadinSession.getCurrent().unlock();

        String[] cols = {"item", "content", "improvement"};
        Map<Integer, int[]> cellOf = new java.util.HashMap<>(); // participant -> {row, col}
        Map<Integer, Integer> versionOf = new ConcurrentHashMap<>();
        membersOf.forEach((g, list) -> {
            for (int k = 0; k < list.size(); k++) {
                cellOf.put(list.get(k), new int[]{k / 3, k % 3});
                versionOf.put(list.get(k), 0);
            }
        });
        Map<Integer, String> lastText = new ConcurrentHashMap<>();
        AtomicInteger saves = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger merged = new AtomicInteger();
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(8);
        long warmupEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < n; i++) {
            int p = i;
            long groupId = sheetOf.get(p).groupId();
            int listeners = membersOf.get(groupId).size() + 1;
            AtomicInteger k = new AtomicInteger();
            pool.scheduleAtFixedRate(() -> {
                int[] rc = cellOf.get(p);
                String text = "参加者" + p + "の意見 " + k.incrementAndGet() + " 入居中の見守りと退去時の支援";
                int base = versionOf.get(p);
                String key = groupId + ":" + rc[0] + ":" + cols[rc[1]] + ":" + (base + 1);
                long t0 = System.nanoTime();
                if (t0 > warmupEnd) {
                    pending.put(key, new long[]{t0, listeners});
                }
                try {
                    CellSave r = groups.saveCell(tokens.get(p), rc[0], cols[rc[1]], base, text);
                    versionOf.put(p, r.cell().version());
                    lastText.put(p, r.cell().text());
                    if (r.merged()) {
                        merged.incrementAndGet();
                    }
                    saves.incrementAndGet();
                } catch (RuntimeException e) {
                    failures.incrementAndGet();
                    pending.remove(key);
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
        Thread.sleep(3000);

        int lostInDb = 0;
        int lostOnPages = 0;
        for (int p = 0; p < n; p++) {
            int[] rc = cellOf.get(p);
            long g = sheetOf.get(p).groupId();
            String cellKey = g + ":" + rc[0] + ":" + cols[rc[1]];
            GroupSheet now = groups.mySheet(tokens.get(p)).orElseThrow();
            String stored = now.cells().stream().filter(c -> c.row() == rc[0] && c.col().equals(cols[rc[1]]))
                    .findFirst().orElseThrow().text();
            if (lastText.containsKey(p) && !stored.equals(lastText.get(p))) {
                lostInDb++;
            }
            int v = versionOf.get(p);
            for (int member : membersOf.get(g)) {
                if (v > 0 && !Integer.valueOf(v).equals(seenVersion.get("p" + member + "|" + cellKey))) {
                    lostOnPages++;
                }
            }
            if (v > 0 && !Integer.valueOf(v).equals(seenVersion.get("overview|" + cellKey))) {
                lostOnPages++;
            }
        }
        long[] ms = latencies.stream().mapToLong(x -> x).sorted().toArray();
        double cpuCores = (cpu1 - cpu0) / (double) (wall1 - wall0);
        System.out.printf("""
                LIVE WORKSHOP BENCH (group work)
                participants=%d groups=%d duration=%ds saves=%d failures=%d merged=%d measured=%d
                forming %d groups took %.0f ms
                save->every member's page and the overview p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms
                heap per participant UI (GroupSheetView, after its first response)=%.0f KB (component tracker %s)
                process CPU=%.2f of %d cores (%.0f%%)
                lost edits: in DB=%d, latest version missing on a member's page or the overview=%d
                """, n, groupCount, seconds, saves.get(), failures.get(), merged.get(), ms.length, groupCount, groupMs,
                pct(ms, 50), pct(ms, 95), pct(ms, 99), ms.length == 0 ? 0 : ms[ms.length - 1] / 1e6, kbPerUi,
                System.getProperty(TRACKER).equals("false") ? "off" : "on", cpuCores, os.getAvailableProcessors(), 100 * cpuCores / os.getAvailableProcessors(), lostInDb, lostOnPages);
        if (pages.isEmpty() || overview == null) {
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
