package jp.banso.formation.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.LocalDateTime;
import jp.banso.KaribuTest;
import jp.banso.formation.PlaybookRun;
import jp.banso.formation.PlaybookRunService;
import jp.banso.formation.PlaybookService;
import jp.banso.formation.StepStatus;
import jp.banso.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Adopting a playbook from a municipality's page and following it in the run view. */
class PlaybookRunViewTest extends KaribuTest {

    @Autowired
    PlaybookRunService runs;
    @Autowired
    PlaybookService playbooks;

    @Test
    void a_facilitator_adopts_a_playbook_marks_a_step_done_skips_one_and_makes_a_session() {
        login("facilitator-run-view", AppRoles.FACILITATOR);
        UI.getCurrent().navigate("formation/municipality/352136"); // 美祢市
        MunicipalityView m = _get(MunicipalityView.class);
        _click(m.runsPanel.start);
        assertThat(m.runsPanel.error.getText()).contains("選んでください");
        _setValue(m.runsPanel.playbook, playbooks.listPublished().stream()
                .filter(p -> p.slug().equals("playbook-hatsukaichi-founding")).findFirst().orElseThrow());
        _click(m.runsPanel.start);

        PlaybookRunView view = _get(PlaybookRunView.class);
        int n = view.cards.size();
        assertThat(n).isEqualTo(playbooks.findPublished("playbook-hatsukaichi-founding").orElseThrow().steps().size());
        assertThat(view.progress.getValue()).isZero();
        _setValue(view.cards.get(0).status, StepStatus.DONE);
        _click(view.cards.get(0).save);
        _setValue(view.cards.get(n - 1).status, StepStatus.SKIPPED);
        _click(view.cards.get(n - 1).save);
        assertThat(view.progress.getValue()).isEqualTo(Math.round(100.0 / (n - 1)));
        assertThat(view.progressText.getText()).contains("完了 1／対象 " + (n - 1));

        _setValue(view.cards.get(1).owner, "no-such-user");
        _click(view.cards.get(1).save);
        assertThat(view.cards.get(1).error.getText()).contains("ユーザーはいません");

        _setValue(view.cards.get(1).sessionStart, LocalDateTime.of(2027, 3, 1, 14, 0));
        _click(view.cards.get(1).createSession);
        assertThat(view.cards.get(1).step.evidenceSessionId()).isNotNull();
        assertThat(view.cards.get(1).step.status()).isEqualTo(StepStatus.DOING);

        _setValue(view.newStep, "地域包括支援センターへのヒアリング");
        _click(view.addStep);
        assertThat(view.cards).hasSize(n + 1);
        _click(view.cards.get(n).up);
        assertThat(view.cards.get(n - 1).step.title()).isEqualTo("地域包括支援センターへのヒアリング");
    }

    @Test
    void someone_else_sees_the_run_read_only() {
        login("staff-starter-view", AppRoles.STAFF);
        PlaybookRun run = runs.start("playbook-hatsukaichi-founding", "352136");
        login("staff-reader-view", AppRoles.STAFF);
        UI.getCurrent().navigate("formation/run/" + run.id());
        PlaybookRunView view = _get(PlaybookRunView.class);
        assertThat(view.cards.get(0).status.isReadOnly()).isTrue();
        assertThat(view.cards.get(0).save.isAttached()).isFalse();
        assertThat(view.addStep.isAttached()).isFalse();
        assertThat(view.cards.get(0).createSession.isAttached()).isFalse();
    }
}
