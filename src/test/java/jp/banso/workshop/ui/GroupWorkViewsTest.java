package jp.banso.workshop.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.UUID;
import jp.banso.KaribuTest;
import jp.banso.security.AppRoles;
import jp.banso.workshop.Affiliation;
import jp.banso.workshop.GroupWorkService;
import jp.banso.workshop.JoinRequest;
import jp.banso.workshop.Joined;
import jp.banso.workshop.ParticipantService;
import jp.banso.workshop.SessionDraft;
import jp.banso.workshop.SessionKind;
import jp.banso.workshop.WorkshopBroadcaster;
import jp.banso.workshop.WorkshopService;
import jp.banso.workshop.WorkshopSession;
import jp.banso.workshop.Worksheet;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The facilitator's and the members' group-work flows through the real views, services and MariaDB. */
class GroupWorkViewsTest extends KaribuTest {

    @Autowired
    WorkshopService workshops;
    @Autowired
    ParticipantService participants;
    @Autowired
    GroupWorkService groups;
    @Autowired
    WorkshopBroadcaster broadcaster;

    private static void awaitPush(Runnable assertion) {
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertion.run();
        });
    }

    private static UI newUi() {
        UI ui = new UI();
        ui.getInternals().setSession(VaadinSession.getCurrent());
        ui.setLocale(Locale.JAPANESE);
        return ui;
    }

    /** A study session, an hour from now, of this facilitator (logged in). */
    private WorkshopSession sessionOf(String facilitator, String title) {
        login(facilitator, AppRoles.FACILITATOR);
        return workshops.createSession(new SessionDraft(title + UUID.randomUUID().toString().substring(0, 6),
                SessionKind.STUDY, LocalDateTime.now().plusHours(1), "", false, "", 1, 3));
    }

    private Joined join(WorkshopSession s, String name, Affiliation a, String org) {
        return participants.join(s.joinCode(), new JoinRequest(name, a, org, "山口市", true), "views-" + UUID.randomUUID());
    }

    @Test
    void groups_formed_on_the_groups_page_reach_phones_and_a_cell_typed_by_one_member_reaches_the_other_and_the_overview() {
        WorkshopSession s = sessionOf("facilitator-groupviews", "事例検討 ");
        Joined a = join(s, "甲", Affiliation.HOUSING, "市住宅課");
        Joined b = join(s, "乙", Affiliation.WELFARE, "市福祉課");

        // the participant page of member a, open before the groups exist
        UI phoneA = newUi();
        SheetView sheetA = new SheetView(participants, broadcaster, groups);
        assertThat(sheetA.load(a.token())).isTrue();
        phoneA.add(sheetA);
        assertThat(sheetA.groupCard.isVisible()).isFalse();

        UI.getCurrent().navigate("workshops/groups/" + s.id());
        GroupsView page = _get(GroupsView.class);
        _setValue(page.count, 1, true);
        _setValue(page.worksheet, Worksheet.SUPPORT_MATRIX, true);
        _click(page.form);
        assertThat(page.message.getText()).isEmpty();
        assertThat(page.tables.getChildren().count()).isEqualTo(1);
        awaitPush(() -> assertThat(sheetA.groupCard.isVisible()).isTrue());
        assertThat(sheetA.groupCard.getElement().getTextRecursively()).contains("テーブル 1", "2人");

        // an impossible request: a message, and the table stays as it was
        _setValue(page.count, 5, true);
        _click(page.form);
        assertThat(page.message.getText()).isNotEmpty();
        assertThat(groups.roster(s.id()).groups()).hasSize(1);

        // both members open the worksheet; the facilitator's overview is open too
        UI phoneB = newUi();
        GroupSheetView wsA = new GroupSheetView(participants, groups, broadcaster);
        GroupSheetView wsB = new GroupSheetView(participants, groups, broadcaster);
        assertThat(wsA.load(a.token())).isTrue();
        assertThat(wsB.load(b.token())).isTrue();
        UI phoneA2 = newUi();
        phoneA2.add(wsA);
        phoneB.add(wsB);
        UI overviewUi = newUi();
        OverviewView overview = new OverviewView(groups, workshops, broadcaster);
        overview.setParameter(null, s.id());
        overviewUi.add(overview);
        assertThat(overview.panels).hasSize(1);

        CellEditor cellA = wsA.panel.editors.get("0:before");
        assertThat(wsA.panel.editors.get("0:role").field.getValue()).isEqualTo("住宅部局");
        _setValue(cellA.field, "内見に同行する", true);
        assertThat(cellA.status.getText()).isEqualTo("保存しました");
        awaitPush(() -> {
            assertThat(wsB.panel.editors.get("0:before").field.getValue()).isEqualTo("内見に同行する");
            assertThat(overview.panels.values().iterator().next().texts.get("0:before").getText()).isEqualTo("内見に同行する");
        });

        // b saves the same cell from the version before a's edit (a clash): both texts stay, b is told
        CellEditor cellB = wsB.panel.editors.get("0:after");
        _setValue(cellB.field, "退去時の立ち会い", true);
        cellB.baseVersion = 0;
        _setValue(cellB.field, "鍵の返却を手伝う", true);
        assertThat(cellB.conflict.isVisible()).isTrue();
        assertThat(cellB.field.getValue()).contains("退去時の立ち会い", "鍵の返却を手伝う");
        assertThat(cellB.status.getText()).isEqualTo("保存しました");

        // full screen for report-back, projector mode, then everyone back to the main page
        overview.showFull(overview.panels.keySet().iterator().next());
        assertThat(overview.hasClassName("has-fullscreen")).isTrue();
        _click(overview.projector);
        assertThat(overview.hasClassName("projector")).isTrue();
        _click(overview.recall);
        assertThat(overview.message.getText()).isEqualTo("全員の画面をメインのページに戻しました。");
    }

    @Test
    void the_record_page_shows_the_record_as_a_document_with_what_participants_typed_as_text_and_offers_excel() {
        WorkshopSession s = sessionOf("facilitator-record", "記録の会 ");
        Joined a = join(s, "甲", Affiliation.HOUSING, "市住宅課");
        groups.formGroups(s.id(), new jp.banso.workshop.GroupForm(1, null, null, Worksheet.ISSUE_SHEET));
        groups.saveCell(a.token(), 0, "content", 0, "<script>alert(1)</script>見守り\n二行目");

        UI.getCurrent().navigate("workshops/record/" + s.id());
        RecordView page = _get(RecordView.class);
        String html = ((com.vaadin.flow.component.Html) page.text.getChildren().findFirst().orElseThrow()).getInnerHtml();
        // sections as headings, the worksheet as a table, the session's title once (the page's own heading)
        assertThat(html).contains("<h2>次第</h2>", "<table>", "<td>&lt;script&gt;alert(1)&lt;/script&gt;見守り<br>")
                .doesNotContain("<script>", "&lt;br&gt;", s.title());
        assertThat(page.title.getText()).contains(s.title());
        assertThat(page.getElement().getTextRecursively()).contains("Excelでダウンロード", "Markdownでダウンロード");
    }
}
