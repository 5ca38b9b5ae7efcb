package jp.banso.formation.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import jp.banso.KaribuTest;
import jp.banso.formation.CouncilType;
import jp.banso.formation.DatePrecision;
import jp.banso.formation.FormationService;
import jp.banso.formation.FormationStage;
import java.math.BigDecimal;
import jp.banso.formation.TargetMetric;
import jp.banso.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The formation views through Karibu on the real services and MariaDB. */
class FormationViewsTest extends KaribuTest {

    @Autowired
    FormationService formation;

    @Test
    void the_index_lists_every_prefecture_with_a_link_to_its_dashboard() {
        UI.getCurrent().navigate("formation");
        FormationIndexView view = _get(FormationIndexView.class);
        assertThat(view.prefectureLinks).hasSize(7);
        assertThat(view.prefectureLinks).anySatisfy(a -> {
            assertThat(a.getText()).isEqualTo("広島県");
            assertThat(a.getHref()).isEqualTo("formation/340006");
        });
    }

    @Test
    void hiroshimas_dashboard_shows_the_seeded_coverage_charts_in_japanese_and_a_filterable_table() {
        UI.getCurrent().navigate("formation/340006");
        PrefectureDashboardView view = _get(PrefectureDashboardView.class);
        assertThat(view.coverage.getText()).isEqualTo("47.0%");
        assertThat(view.councils.getText()).isEqualTo("2 / 23");
        var charts = _find(view.charts, Html.class);
        assertThat(charts).hasSize(3);
        assertThat(charts.get(0).getElement().getOuterHTML()).contains("<svg", "人口カバー率の推移", "年度末", "実績", "H30",
                "現在 47.0%", "目標は未設定");
        assertThat(charts.get(2).getElement().getOuterHTML()).contains("未着手", "設立", "21市町村", "2市町村");
        assertThat(_size(view.grid)).isEqualTo(23);
        _setValue(view.countedOnly, true);
        assertThat(_size(view.grid)).isEqualTo(2);
        _setValue(view.countedOnly, false);
        _setValue(view.nameFilter, "はつかいち");
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_get(view.grid, 0).municipality().name()).isEqualTo("廿日市市");
        _setValue(view.nameFilter, "");
        _setValue(view.stageFilter, FormationStage.NOT_STARTED);
        assertThat(_size(view.grid)).isEqualTo(21);
    }

    @Test
    void an_unknown_prefecture_code_shows_not_found() {
        UI.getCurrent().navigate("formation/999999");
        assertThat(_find(PrefectureDashboardView.class)).isEmpty();
    }

    @Test
    void a_facilitator_records_a_stage_and_a_bad_date_shows_a_japanese_message_without_a_change() {
        login("facilitator-views", AppRoles.FACILITATOR);
        UI.getCurrent().navigate("formation/municipality/221007"); // 静岡市
        MunicipalityView view = _get(MunicipalityView.class);
        _setValue(view.stage, FormationStage.CONSIDERING);
        _setValue(view.date, LocalDate.now().plusDays(30));
        _setValue(view.precision, DatePrecision.DAY);
        _click(view.save);
        assertThat(view.error.getText()).contains("未来の日付");
        assertThat(formation.municipality("221007").orElseThrow().stage()).isEqualTo(FormationStage.NOT_STARTED);

        _setValue(view.date, LocalDate.now().minusDays(3));
        _setValue(view.evidence, "庁内で検討を始めた（試験の記録）");
        _click(view.save);
        MunicipalityView after = _get(MunicipalityView.class);
        assertThat(after.current.getText()).contains("検討開始");
        assertThat(formation.municipality("221007").orElseThrow().stage()).isEqualTo(FormationStage.CONSIDERING);
        assertThat(_size(after.history)).isEqualTo(1);
        // a second change on the rebuilt form is saved exactly once
        _setValue(after.stage, FormationStage.FOUNDED);
        assertThat(after.councilType.isVisible()).isTrue();
        _setValue(after.councilType, CouncilType.JOINT);
        _setValue(after.date, LocalDate.now().minusDays(1));
        _click(after.save);
        assertThat(after.error.getText()).isEmpty();
        assertThat(_size(after.history)).isEqualTo(2);
        assertThat(formation.municipality("221007").orElseThrow().councilType()).isEqualTo(CouncilType.JOINT);
    }

    @Test
    void anonymous_visitors_see_a_municipalitys_stage_but_no_form() {
        logout();
        UI.getCurrent().navigate("formation/municipality/342131");
        MunicipalityView view = _get(MunicipalityView.class);
        assertThat(view.current.getText()).contains("設立", "2023-03-08", "単独");
        assertThat(view.save.isAttached()).isFalse();
    }

    @Test
    void an_adviser_imports_a_csv_and_sees_per_row_problems_in_japanese() {
        login("adviser-views", AppRoles.ADVISER);
        UI.getCurrent().navigate("formation/import");
        MunicipalityImportView view = _get(MunicipalityImportView.class);
        String bad = "prefecture,code,name,kana,kind,population_2020\n奈良県,290031,試験町,しけんちょう,町,abc\n";
        view.importBytes(bad.getBytes(StandardCharsets.UTF_8));
        assertThat(view.result.getText()).contains("取り込みませんでした");
        assertThat(view.problems.getChildren().map(c -> c.getElement().getText()).toList())
                .anySatisfy(t -> assertThat(t).contains("2行目", "検査数字"))
                .anySatisfy(t -> assertThat(t).contains("2行目", "人口「abc」"));
    }

    @Test
    void an_adviser_sets_the_count_target_on_the_dashboard_and_staff_see_no_form() {
        login("adviser-views", AppRoles.ADVISER);
        UI.getCurrent().navigate("formation/070009");
        PrefectureDashboardView view = _get(PrefectureDashboardView.class);
        TargetEditor.Form count = _get(view.targets, TargetEditor.class).forms.get(TargetMetric.COUNT);
        _setValue(count.target, new BigDecimal("3"));
        _setValue(count.targetFy, 2030);
        _click(count.save);
        assertThat(count.error.getText()).contains("出典");
        _setValue(count.source, "試験用の出典");
        _click(count.save);
        assertThat(formation.prefecture("070009").orElseThrow().countTarget().orElseThrow().targetValue()).isEqualByComparingTo("3");
        assertThat(_get(PrefectureDashboardView.class).councils.getText()).isEqualTo("0 / 59");
        login("staff-views", AppRoles.STAFF);
        UI.getCurrent().navigate("formation/070009");
        assertThat(_get(PrefectureDashboardView.class).targets.isAttached()).isFalse();
    }
}
