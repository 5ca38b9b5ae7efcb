package jp.banso.formation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.banso.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The register, stages, KPIs and targets on the real MariaDB, with the shipped data and the seeds' facts. */
@WithMockUser(username = "adviser-formation", roles = "ADVISER")
class FormationServiceTest extends IntegrationTest {

    static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-02T03:00:00Z"), ZoneId.of("Asia/Tokyo"));

    @Autowired
    FormationService formation;
    @Autowired
    FormationRepository repo;
    @Autowired
    Clock appClock;

    @BeforeEach
    void pinClock() {
        formation.useClock(TODAY);
    }

    @AfterEach
    void releaseClock() {
        formation.useClock(appClock);
    }

    @Test
    void every_row_of_the_shipped_csv_is_in_the_register_and_each_prefecture_adds_up_to_its_census_total() throws Exception {
        String csv = new String(new ClassPathResource("formation/municipalities.csv").getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        Map<String, Long> sums = new HashMap<>();
        int rows = 0;
        for (String line : csv.split("\r?\n")) {
            String[] c = line.split(",");
            if (c[0].equals("prefecture")) {
                continue;
            }
            rows++;
            Municipality m = formation.municipality(c[1]).orElseThrow();
            assertThat(m.name()).isEqualTo(c[2]);
            assertThat(m.population2020()).isEqualTo(Long.parseLong(c[5]));
            sums.merge(m.prefectureCode(), m.population2020(), Long::sum);
        }
        assertThat(rows).isEqualTo(306);
        assertThat(formation.prefectures()).hasSize(7);
        for (PrefectureKpi k : formation.prefectures()) {
            assertThat(sums.get(k.prefecture().code())).as(k.prefecture().name()).isEqualTo(k.prefecture().population2020());
        }
        assertThat(formation.prefecture("200000").orElseThrow().prefecture().population2020()).isEqualTo(2_048_011);
    }

    @Test
    void only_the_councils_the_seeds_state_are_recorded_with_the_seed_as_evidence() {
        Municipality hiroshima = formation.municipality("341002").orElseThrow();
        assertThat(hiroshima.stage()).isEqualTo(FormationStage.FOUNDED);
        assertThat(hiroshima.datePrecision()).isEqualTo(DatePrecision.FISCAL_YEAR);
        assertThat(Labels.date(hiroshima.stageDate(), hiroshima.datePrecision())).isEqualTo("平成30年度");
        Municipality hatsukaichi = formation.municipality("342131").orElseThrow();
        assertThat(hatsukaichi.stageDate()).isEqualTo(LocalDate.of(2023, 3, 8));
        assertThat(hatsukaichi.councilType()).isEqualTo(CouncilType.OWN);
        assertThat(formation.history("342131")).singleElement().satisfies(c -> {
            assertThat(c.evidence()).contains("令和5年3月8日", "設立総会");
            assertThat(c.evidenceUrl()).isEqualTo("/library/hiroshima-hatsukaichi#activities-4");
            assertThat(c.changedBy()).isEqualTo("seed");
        });
        assertThat(Labels.date(formation.municipality("232025").orElseThrow().stageDate(), DatePrecision.FISCAL_YEAR))
                .isEqualTo("令和元年度");
        // 山口 (no council stated) starts at 未着手 everywhere
        assertThat(formation.prefecture("350001").orElseThrow().municipalities())
                .allSatisfy(r -> assertThat(r.municipality().stage()).isEqualTo(FormationStage.NOT_STARTED));
    }

    @Test
    void hiroshima_coverage_from_the_seeded_councils_matches_the_hand_computed_figures() {
        PrefectureKpi k = formation.prefecture("340006").orElseThrow();
        // (1,200,754 + 114,173) ÷ 2,799,702 = 46.97 %
        assertThat(k.headline().coveragePercent()).isEqualByComparingTo("47.0");
        assertThat(k.headline().councils()).isEqualTo(2);
        Map<Integer, BigDecimal> byYear = new HashMap<>();
        k.history().forEach(p -> byYear.put(p.fiscalYear(), p.own().coveragePercent()));
        // 広島市 alone (H30 = FY2018): 1,200,754 ÷ 2,799,702 = 42.89 %; 廿日市市 joins in FY2022 (8 March 2023)
        assertThat(byYear.get(2018)).isEqualByComparingTo("42.9");
        assertThat(byYear.get(2021)).isEqualByComparingTo("42.9");
        assertThat(byYear.get(2022)).isEqualByComparingTo("47.0");
        // 愛知: 岡崎市 only, 384,654 ÷ 7,542,415 = 5.10 %
        assertThat(formation.prefecture("230006").orElseThrow().headline().coveragePercent()).isEqualByComparingTo("5.1");
    }

    @Test
    void the_plans_targets_are_seeded_as_the_seeds_state_them() {
        FormationTarget nagano = formation.prefecture("200000").orElseThrow().coverageTarget().orElseThrow();
        assertThat(nagano.baselineValue()).isEqualByComparingTo("0.2");
        assertThat(nagano.baselineFy()).isEqualTo(2020);
        assertThat(nagano.targetValue()).isEqualByComparingTo("40");
        assertThat(nagano.targetFy()).isEqualTo(2030);
        assertThat(Texts.target(nagano)).isEqualTo("0.2%（令和2年度末）→ 40%（令和12年度末）");
        FormationTarget yamaguchi = formation.prefecture("350001").orElseThrow().countTarget().orElseThrow();
        assertThat(yamaguchi.targetValue()).isEqualByComparingTo("6");
        assertThat(yamaguchi.targetFy()).isEqualTo(2030);
        assertThat(yamaguchi.sourceText()).contains("山口県住生活基本計画");
    }

    @Test
    void nagano_coverage_with_naganoshi_alone_and_then_with_two_own_and_one_joint_council() {
        // the only test that records stages in 長野県
        recordFounded("202011", CouncilType.OWN);
        PrefectureKpi k = formation.prefecture("200000").orElseThrow();
        // 372,760 ÷ 2,048,011 = 18.20 %
        assertThat(k.headline().coveragePercent()).isEqualByComparingTo("18.2");
        assertThat(k.headlineScope()).isEqualTo(CouncilScope.OWN);

        recordFounded("202029", CouncilType.OWN);   // 松本市 241,145
        recordFounded("202037", CouncilType.JOINT); // 上田市 154,055, in a joint council
        k = formation.prefecture("200000").orElseThrow();
        // own only: (372,760 + 241,145) ÷ 2,048,011 = 29.98 %; with the joint one: 767,960 ÷ 2,048,011 = 37.50 %
        assertThat(k.own().coveragePercent()).isEqualByComparingTo("30.0");
        assertThat(k.own().councils()).isEqualTo(2);
        assertThat(k.ownOrJoint().coveragePercent()).isEqualByComparingTo("37.5");
        assertThat(k.ownOrJoint().councils()).isEqualTo(3);
        assertThat(k.headline().coveragePercent()).isEqualByComparingTo("30.0");
    }

    private void recordFounded(String code, CouncilType type) {
        Municipality m = formation.municipality(code).orElseThrow();
        formation.recordStage(code, m.version(), new StageChangeDraft(FormationStage.FOUNDED, LocalDate.of(2026, 4, 10),
                DatePrecision.DAY, type, "試験用の記録", ""));
    }

    @Test
    void the_history_replays_stage_dates_by_fiscal_year_end_on_the_real_register() {
        Prefecture nagano = repo.prefecture("200000").orElseThrow();
        List<Municipality> ms = repo.municipalities("200000");
        List<StageChange> changes = List.of(
                change("202011", FormationStage.FOUNDED, LocalDate.of(2021, 6, 1), CouncilType.OWN),
                change("202029", FormationStage.STUDYING, LocalDate.of(2022, 3, 31), null),
                change("202029", FormationStage.FOUNDED, LocalDate.of(2024, 3, 31), CouncilType.OWN));
        PrefectureKpi k = Kpis.compute(nagano, ms, changes, List.of(), Map.of(), LocalDate.of(2026, 12, 2));
        Map<Integer, KpiPoint> byYear = new HashMap<>();
        k.history().forEach(p -> byYear.put(p.fiscalYear(), p));
        assertThat(k.history().get(0).fiscalYear()).isEqualTo(2021);
        assertThat(byYear.get(2021).own().coveragePercent()).isEqualByComparingTo("18.2");
        assertThat(byYear.get(2022).own().coveragePercent()).isEqualByComparingTo("18.2");
        // 31 March 2024 is the last day of FY2023
        assertThat(byYear.get(2023).own().coveragePercent()).isEqualByComparingTo("30.0");
        assertThat(byYear.get(2026).current()).isTrue();
    }

    private static StageChange change(String code, FormationStage stage, LocalDate date, CouncilType type) {
        return new StageChange(0, code, stage, date, DatePrecision.DAY, type, "", "", "t", Instant.EPOCH);
    }

    @Test
    void a_stage_dated_in_the_future_is_refused_and_nothing_changes() {
        Municipality m = formation.municipality("072010").orElseThrow(); // 福島市
        assertThatThrownBy(() -> formation.recordStage(m.code(), m.version(), new StageChangeDraft(FormationStage.CONSIDERING,
                LocalDate.of(2026, 12, 3), DatePrecision.DAY, null, "", "")))
                .isInstanceOf(FormationException.class).hasMessage("formation.error.futureDate");
        assertThatThrownBy(() -> formation.recordStage(m.code(), m.version(), new StageChangeDraft(FormationStage.CONSIDERING,
                LocalDate.of(2027, 4, 1), DatePrecision.FISCAL_YEAR, null, "", "")))
                .isInstanceOf(FormationException.class).hasMessage("formation.error.futureDate");
        assertThat(formation.municipality(m.code()).orElseThrow()).isEqualTo(m);
        assertThat(formation.history(m.code())).isEmpty();
        // the current fiscal year is not the future, though its last day is
        Municipality after = formation.recordStage(m.code(), m.version(), new StageChangeDraft(FormationStage.CONSIDERING,
                LocalDate.of(2026, 12, 2), DatePrecision.FISCAL_YEAR, null, "庁内で検討", ""));
        assertThat(after.stageDate()).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void a_stage_dated_before_the_current_one_is_refused_and_nothing_changes() {
        Municipality m = formation.municipality("072028").orElseThrow(); // 会津若松市
        Municipality studying = formation.recordStage(m.code(), m.version(), new StageChangeDraft(FormationStage.STUDYING,
                LocalDate.of(2025, 5, 1), DatePrecision.DAY, null, "勉強会", "/library/iwaki"));
        assertThatThrownBy(() -> formation.recordStage(m.code(), studying.version(), new StageChangeDraft(FormationStage.PREPARING,
                LocalDate.of(2025, 4, 30), DatePrecision.DAY, null, "", "")))
                .isInstanceOf(FormationException.class).hasMessage("formation.error.beforePrevious");
        assertThat(formation.municipality(m.code()).orElseThrow()).isEqualTo(studying);
        assertThat(formation.history(m.code())).hasSize(1);
    }

    @Test
    void unknown_code_duplicate_stale_version_missing_council_type_and_script_links_are_refused() {
        assertThatThrownBy(() -> formation.recordStage("999999", 0, new StageChangeDraft(FormationStage.CONSIDERING,
                LocalDate.of(2026, 1, 1), DatePrecision.DAY, null, "", "")))
                .isInstanceOf(FormationException.class).hasMessage("formation.error.unknownMunicipality");
        Municipality m = formation.municipality("292010").orElseThrow(); // 奈良市
        Municipality once = formation.recordStage(m.code(), m.version(), new StageChangeDraft(FormationStage.CONSIDERING,
                LocalDate.of(2026, 1, 1), DatePrecision.DAY, null, "", ""));
        assertThatThrownBy(() -> formation.recordStage(m.code(), once.version(), new StageChangeDraft(FormationStage.CONSIDERING,
                LocalDate.of(2026, 2, 1), DatePrecision.DAY, null, "", "")))
                .isInstanceOf(FormationException.class).hasMessage("formation.error.duplicate");
        assertThatThrownBy(() -> formation.recordStage(m.code(), m.version(), new StageChangeDraft(FormationStage.STUDYING,
                LocalDate.of(2026, 2, 1), DatePrecision.DAY, null, "", "")))
                .isInstanceOf(FormationException.class).hasMessage("formation.error.changed");
        assertThatThrownBy(() -> formation.recordStage(m.code(), once.version(), new StageChangeDraft(FormationStage.FOUNDED,
                LocalDate.of(2026, 2, 1), DatePrecision.DAY, null, "", "")))
                .isInstanceOf(FormationException.class).hasMessage("formation.error.councilTypeRequired");
        assertThatThrownBy(() -> formation.recordStage(m.code(), once.version(), new StageChangeDraft(FormationStage.STUDYING,
                LocalDate.of(2026, 2, 1), DatePrecision.DAY, null, "", "javascript:alert(1)")))
                .isInstanceOf(FormationException.class).hasMessage("formation.error.url");
        assertThat(formation.history(m.code())).hasSize(1);
        assertThat(formation.municipality(m.code()).orElseThrow()).isEqualTo(once);
    }

    @Test
    @WithMockUser(username = "facilitator-formation", roles = "FACILITATOR")
    void facilitators_record_stages_but_do_not_edit_targets() {
        Municipality m = formation.municipality("292095").orElseThrow(); // 生駒市
        formation.recordStage(m.code(), m.version(), new StageChangeDraft(FormationStage.CONSIDERING, LocalDate.of(2026, 6, 1),
                DatePrecision.DAY, null, "", ""));
        assertThat(formation.history(m.code())).singleElement().satisfies(c -> assertThat(c.changedBy()).isEqualTo("facilitator-formation"));
        assertThatThrownBy(() -> formation.saveTarget("290009", null, 0, new TargetDraft(TargetMetric.COUNT, CouncilScope.OWN, null,
                null, BigDecimal.ONE, 2030, "試験"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_adviser_sets_a_target_with_its_source_and_a_stale_edit_is_refused() {
        FormationTarget t = formation.saveTarget("220001", null, 0, new TargetDraft(TargetMetric.COVERAGE, CouncilScope.OWN_OR_JOINT,
                null, null, new BigDecimal("12.5"), 2030, "試験用の出典"));
        assertThat(formation.prefecture("220001").orElseThrow().headlineScope()).isEqualTo(CouncilScope.OWN_OR_JOINT);
        FormationTarget edited = formation.saveTarget("220001", t.id(), t.version(), new TargetDraft(TargetMetric.COVERAGE,
                CouncilScope.OWN, null, null, new BigDecimal("15"), 2030, "試験用の出典（改訂）"));
        assertThat(edited.targetValue()).isEqualByComparingTo("15");
        assertThatThrownBy(() -> formation.saveTarget("220001", t.id(), t.version(), new TargetDraft(TargetMetric.COVERAGE,
                CouncilScope.OWN, null, null, new BigDecimal("20"), 2030, "古い画面から")))
                .isInstanceOf(FormationException.class).hasMessage("formation.error.targetChanged");
        assertThatThrownBy(() -> formation.saveTarget("220001", edited.id(), edited.version(), new TargetDraft(TargetMetric.COVERAGE,
                CouncilScope.OWN, null, null, new BigDecimal("101"), 2030, "出典")))
                .isInstanceOf(FormationException.class).hasMessage("formation.error.targetValue");
        assertThatThrownBy(() -> formation.saveTarget("220001", edited.id(), edited.version(), new TargetDraft(TargetMetric.COVERAGE,
                CouncilScope.OWN, null, null, new BigDecimal("20"), 2030, " ")))
                .isInstanceOf(FormationException.class).hasMessage("formation.error.sourceRequired");
        assertThat(formation.prefecture("220001").orElseThrow().coverageTarget().orElseThrow().targetValue()).isEqualByComparingTo("15");
    }

    @Test
    @WithMockUser(username = "anyone")
    void anonymous_callers_read_the_dashboard() {
        assertThat(formation.prefecture("340006")).isPresent();
        assertThatThrownBy(() -> formation.history("341002")).isInstanceOf(AccessDeniedException.class);
    }
}
