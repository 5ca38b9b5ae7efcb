package jp.banso.formation.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
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

    @Test
    void the_runs_starter_attaches_a_document_to_a_step_others_download_it_and_removing_asks_first() {
        login("staff-attach-view", AppRoles.STAFF);
        PlaybookRun run = runs.start("playbook-yaizu-needs", "222127");
        UI.getCurrent().navigate("formation/run/" + run.id());
        PlaybookRunView view = _get(PlaybookRunView.class);
        assertThat(view.cards.get(0).upload.isAttached()).isTrue();

        view.attach(view.cards.get(0), "setup.pdf", new byte[] {'M', 'Z', 0, 0});
        assertThat(view.cards.get(0).error.getText()).contains("PDF・Word・Excel・画像");
        view.attach(view.cards.get(0), "../課題シート集計.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        PlaybookRunView.StepCard card = view.cards.get(0);
        assertThat(card.files.getChildren()).hasSize(1);
        Anchor link = (Anchor) card.files.getChildren().findFirst().orElseThrow().getChildren().findFirst().orElseThrow();
        assertThat(link.getText()).isEqualTo("課題シート集計.pdf");
        assertThat(link.getHref()).startsWith("/api/formation/runs/" + run.id() + "/attachments/");
        assertThat(card.files.getElement().getTextRecursively()).contains("1 KB・staff-attach-view・");
        assertThat(view.cards.get(1).files.getChildren()).isEmpty();

        // another user reads the run: the document is listed, but nothing to attach or remove
        login("staff-attach-reader", AppRoles.STAFF);
        UI.getCurrent().navigate("formation/run/" + run.id());
        PlaybookRunView other = _get(PlaybookRunView.class);
        assertThat(other.cards.get(0).files.getElement().getTextRecursively()).contains("課題シート集計.pdf");
        assertThat(other.cards.get(0).upload).isNull();
        assertThat(other.cards.get(0).removeFile).isEmpty();

        login("staff-attach-view", AppRoles.STAFF);
        UI.getCurrent().navigate("formation/run/" + run.id());
        view = _get(PlaybookRunView.class);
        _click(view.cards.get(0).removeFile.get(0));
        assertThat(view.removeDialog.isOpened()).isTrue();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel(view.removeDialog);
        assertThat(runs.attachments(run.id())).isNotEmpty();
        _click(view.cards.get(0).removeFile.get(0));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(view.removeDialog);
        assertThat(runs.attachments(run.id())).isEmpty();
        assertThat(view.cards.get(0).files.getChildren()).isEmpty();
    }
}
