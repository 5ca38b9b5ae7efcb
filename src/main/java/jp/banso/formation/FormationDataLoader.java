package jp.banso.formation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the shipped register (formation/prefectures.csv, formation/municipalities.csv), the plan targets and
 * the councils the seed documents state, idempotently: only what is missing is added, so nothing an adviser
 * recorded or edited is ever overwritten. Every municipality starts at 未着手 unless a seed says it has a council.
 */
@Component
@Order(30)
class FormationDataLoader implements ApplicationRunner {

    static final String SEED_USER = "seed";
    private static final Logger log = LoggerFactory.getLogger(FormationDataLoader.class);

    /** A council a seed document states, with the passage that shows it. */
    record SeedCouncil(String code, LocalDate date, DatePrecision precision, String evidence, String url) {
    }

    static final List<SeedCouncil> SEED_COUNCILS = List.of(
            // 000 seed, 広島県 case, 地域の状況: 広島市 already has a council, founded in H30
            new SeedCouncil("341002", FiscalYears.end(2018), DatePrecision.FISCAL_YEAR,
                    "伴走支援プロジェクト取組事例【広島県】の「地域の状況」：広島市には平成30年度に設立された居住支援協議会がある。",
                    "/library/hiroshima-hatsukaichi#context"),
            // 000 seed, 広島県 case: 廿日市市's founding assembly on 令和5年3月8日
            new SeedCouncil("342131", LocalDate.of(2023, 3, 8), DatePrecision.DAY,
                    "伴走支援プロジェクト取組事例【広島県】：令和5年3月8日に廿日市市居住支援協議会の設立総会と基調講演会を開催。",
                    "/library/hiroshima-hatsukaichi#activities-4"),
            // 000 seed, 岡崎市 case, 地域の状況: council founded and supply plan made in R1
            new SeedCouncil("232025", FiscalYears.end(2019), DatePrecision.FISCAL_YEAR,
                    "伴走支援プロジェクト取組事例【岡崎市】の「地域の状況」：令和元年度に居住支援協議会を設立し、賃貸住宅供給促進計画を策定。",
                    "/library/okazaki#context"));

    /** Plan targets the seeds state (prefecture code → target). */
    static final Map<String, TargetDraft> SEED_TARGETS = Map.of(
            "200000", new TargetDraft(TargetMetric.COVERAGE, CouncilScope.OWN, new BigDecimal("0.2"), 2020,
                    new BigDecimal("40"), 2030,
                    "長野県住生活基本計画の目標：居住支援協議会を設立する市町村による人口カバー率 0.2%（令和2年度末）→ 40%（令和12年度末）。"
                            + "伴走支援プロジェクト取組事例【長野県】の「これまでの取組状況」による。"),
            "350001", new TargetDraft(TargetMetric.COUNT, CouncilScope.OWN, null, null, new BigDecimal("6"), 2030,
                    "山口県住生活基本計画の成果指標：令和12年度までに6市町で居住支援協議会を設立。"
                            + "伴走支援プロジェクト取組事例【山口県】の「地域の状況」による。"));

    private final FormationRepository repo;
    private final TransactionTemplate tx;
    private final Clock clock;

    FormationDataLoader(FormationRepository repo, TransactionTemplate tx, Clock clock) {
        this.repo = repo;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(s -> load());
    }

    void load() {
        Map<String, String> prefectureCodes = new HashMap<>();
        int prefectures = 0;
        int municipalities = 0;
        for (String line : read("formation/prefectures.csv").split("\r?\n")) {
            String[] c = line.split(",");
            if (c.length < 3 || c[0].equals("prefecture")) {
                continue;
            }
            prefectureCodes.put(c[0], c[1]);
            if (repo.insertPrefectureIfAbsent(c[1], c[0], Long.parseLong(c[2]))) {
                prefectures++;
            }
        }
        for (MunicipalityCsv.Row r : MunicipalityCsv.parse(read("formation/municipalities.csv").getBytes(StandardCharsets.UTF_8))) {
            if (repo.insertMunicipalityIfAbsent(r.code(), prefectureCodes.get(r.prefecture()), r.name(), r.kana(), r.kind(),
                    Long.parseLong(r.population()))) {
                municipalities++;
            }
        }
        SEED_TARGETS.forEach((code, target) -> repo.insertTargetIfAbsent(code, target, SEED_USER, clock.instant()));
        int councils = 0;
        for (SeedCouncil c : SEED_COUNCILS) {
            Municipality m = repo.municipality(c.code()).orElseThrow();
            if (!repo.hasHistory(c.code()) && repo.setStage(c.code(), m.version(), FormationStage.FOUNDED, c.date(),
                    c.precision(), CouncilType.OWN)) {
                repo.insertChange(c.code(), FormationStage.FOUNDED, c.date(), c.precision(), CouncilType.OWN, c.evidence(), c.url(),
                        SEED_USER, clock.instant());
                councils++;
            }
        }
        if (prefectures + municipalities + councils > 0) {
            log.info("Formation register: {} prefectures, {} municipalities, {} seeded councils added", prefectures,
                    municipalities, councils);
        }
    }

    private static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
