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
import java.util.UUID;
import jp.banso.KaribuTest;
import jp.banso.security.AppRoles;
import jp.banso.workshop.Affiliation;
import jp.banso.workshop.AgendaItemDraft;
import jp.banso.workshop.AgendaKind;
import jp.banso.workshop.ParticipantService;
import jp.banso.workshop.RowText;
import jp.banso.workshop.SessionDraft;
import jp.banso.workshop.SessionKind;
import jp.banso.workshop.SessionStatus;
import jp.banso.workshop.SheetRow;
import jp.banso.workshop.WorkshopBroadcaster;
import jp.banso.workshop.WorkshopService;
import jp.banso.workshop.WorkshopSession;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The facilitator's and the participant's flows through the real views, services and MariaDB. */
class WorkshopViewsTest extends KaribuTest {

    @Autowired
    WorkshopService workshops;
    @Autowired
    ParticipantService participants;
    @Autowired
    WorkshopBroadcaster broadcaster;

    private WorkshopSession newSession() {
        login("facilitator-views", AppRoles.FACILITATOR);
        WorkshopSession s = workshops.createSession(new SessionDraft("意見交換会 " + UUID.randomUUID().toString().substring(0, 6),
                SessionKind.EXCHANGE, LocalDateTime.now().plusHours(2), "市役所", false, "廿日市市", 0, 2));
        workshops.addAgendaItem(s.id(), new AgendaItemDraft("制度の説明", 15, AgendaKind.LECTURE, "hiroshima-hatsukaichi"));
        workshops.addAgendaItem(s.id(), new AgendaItemDraft("グループワーク", 45, AgendaKind.GROUP_WORK, null));
        return s;
    }

    private SheetView joinAs(WorkshopSession s, String name, Affiliation affiliation) {
        UI.getCurrent().navigate("join/" + s.joinCode());
        JoinView join = _get(JoinView.class);
        assertThat(join.sessionTitle.getText()).isEqualTo(s.title());
        _setValue(join.name, name, true);
        _setValue(join.affiliation, affiliation, true);
        _setValue(join.organisation, "テスト協会", true);
        _click(join.join);
        return _get(SheetView.class);
    }

    /** Runs what other threads queued for this session's UIs with UI.access (Karibu holds the lock). */
    private static void awaitPush(Runnable assertion) {
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertion.run();
        });
    }

    @Test
    void a_facilitator_creates_a_session_and_gets_a_join_code_and_qr_code_to_project() {
        login("facilitator-views", AppRoles.FACILITATOR);
        UI.getCurrent().navigate("workshops");
        WorkshopsView list = _get(WorkshopsView.class);
        String title = "勉強会 " + UUID.randomUUID().toString().substring(0, 6);
        _setValue(list.title, title, true);
        _setValue(list.kind, SessionKind.STUDY, true);
        _click(list.create);

        SessionView view = _get(SessionView.class);
        assertThat(view.title.getText()).isEqualTo(title);
        assertThat(view.joinCode.getText()).hasSize(8);
        assertThat(view.joinUrl.getHref()).endsWith("/join/" + view.joinCode.getText());
        assertThat(view.qr.getSrc()).startsWith("data:image/svg+xml;base64,");

        _setValue(view.agendaTitle, "事例紹介", true);
        _setValue(view.agendaMinutes, 20, true);
        _setValue(view.agendaArticle, workshops.linkableArticles().stream().filter(a -> a.slug().equals("yaizu")).findFirst().orElseThrow(), true);
        _click(view.addAgenda);
        assertThat(workshops.agenda(view.session.id())).singleElement()
                .satisfies(a -> assertThat(a.articleSlug()).isEqualTo("yaizu"));

        _click(view.lock);
        assertThat(workshops.findSession(view.session.id()).orElseThrow().status()).isEqualTo(SessionStatus.LOCKED);
    }

    @Test
    void the_facilitator_edits_and_reorders_the_agenda_and_copies_the_session() {
        WorkshopSession s = newSession();
        UI.getCurrent().navigate("workshops/session/" + s.id());
        SessionView view = _get(SessionView.class);
        var items = workshops.agenda(s.id());
        view.editAgendaItem(items.get(1));
        assertThat(view.agendaTitle.getValue()).isEqualTo("グループワーク");
        assertThat(view.addAgenda.getText()).isEqualTo("変更を保存");
        _setValue(view.agendaTitle, "意見交換", true);
        _setValue(view.agendaMinutes, 50, true);
        _setValue(view.agendaKind, AgendaKind.DISCUSSION, true);
        _click(view.addAgenda);
        assertThat(view.addAgenda.getText()).isEqualTo("次第に追加");
        assertThat(view.agendaTitle.getValue()).isEmpty();
        view.moveAgendaItem(items.get(1), -1);
        assertThat(workshops.agenda(s.id())).extracting(a -> a.title() + "/" + a.minutes() + "/" + a.kind())
                .containsExactly("意見交換/50/DISCUSSION", "制度の説明/15/LECTURE");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(view.agenda)).isEqualTo(2);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(view.agenda, 0).title()).isEqualTo("意見交換");

        _click(view.copy);
        _setValue(view.copyStartsAt, s.startsAt().plusDays(30).withSecond(0).withNano(0), true);
        _click(view.copyConfirm);
        SessionView copied = _get(SessionView.class);
        assertThat(copied.session.id()).isNotEqualTo(s.id());
        assertThat(copied.session.joinCode()).isNotEqualTo(s.joinCode());
        assertThat(copied.session.startsAt()).isEqualTo(s.startsAt().plusDays(30).withSecond(0).withNano(0));
        assertThat(workshops.agenda(copied.session.id())).extracting(a -> a.title()).containsExactly("意見交換", "制度の説明");
    }

    @Test
    void closing_a_session_asks_first_and_cancel_keeps_it_open() {
        WorkshopSession s = newSession();
        UI.getCurrent().navigate("workshops/session/" + s.id());
        SessionView view = _get(SessionView.class);
        _click(view.close);
        assertThat(view.closeDialog.isOpened()).isTrue();
        assertThat(view.closeDialog.getElement().getProperty("header")).isEqualTo("セッションを終了しますか？");
        assertThat(workshops.findSession(s.id()).orElseThrow().status()).isEqualTo(SessionStatus.OPEN);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel(view.closeDialog);
        assertThat(workshops.findSession(s.id()).orElseThrow().status()).isEqualTo(SessionStatus.OPEN);

        _click(view.close);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(view.closeDialog);
        assertThat(workshops.findSession(s.id()).orElseThrow().status()).isEqualTo(SessionStatus.CLOSED);
        assertThat(view.status.getText()).isEqualTo("終了");
    }

    @Test
    void a_failed_import_lists_row_column_and_message_and_a_corrected_file_is_processed() throws Exception {
        WorkshopSession s = newSession();
        UI.getCurrent().navigate("workshops/session/" + s.id());
        SessionView view = _get(SessionView.class);
        byte[] template = workshops.importTemplate(s.id());
        view.importFile("課題シート.xlsx", new java.io.ByteArrayInputStream(fill(template, new String[][]{
                {"山田", "住宅部局", "市住宅課", "空き家", "活用が進まない", "所有者情報"},
                {"鈴木", "銀河連邦", "", "見守り", "", ""}})));
        assertThat(view.importResult.getText()).startsWith("「課題シート.xlsx」: 取り込めませんでした（誤り 1 件）");
        assertThat(view.importResult.getElement().getAttribute("data-result")).isEqualTo("failed");
        assertThat(view.importErrors.isVisible()).isTrue();
        assertThat(view.importErrors.getColumns()).extracting(c -> c.getHeaderText()).containsExactly("行", "列", "誤りの内容");
        var error = com.github.mvysny.kaributesting.v10.GridKt._get(view.importErrors, 0);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(view.importErrors, 0))
                .containsExactly("3", "所属区分", "所属区分「銀河連邦」は一覧にありません");
        assertThat(error.rowNumber()).isEqualTo(3);
        assertThat(workshops.board(s.id()).participants()).isEmpty();

        // the corrected file right after: imported, and the error table goes away
        view.importFile("課題シート（修正）.xlsx", new java.io.ByteArrayInputStream(fill(template, new String[][]{
                {"山田", "住宅部局", "市住宅課", "空き家", "活用が進まない", "所有者情報"},
                {"鈴木", "福祉部局", "", "見守り", "", ""}})));
        assertThat(view.importResult.getText()).isEqualTo("「課題シート（修正）.xlsx」: 2人・2行を取り込みました。");
        assertThat(view.importResult.getElement().getAttribute("data-result")).isEqualTo("ok");
        assertThat(view.importErrors.isVisible()).isFalse();
        assertThat(workshops.board(s.id()).rows()).hasSize(2);
    }

    static byte[] fill(byte[] template, String[][] rows) throws Exception {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            var sheet = wb.getSheet("課題シート");
            for (int i = 0; i < rows.length; i++) {
                var row = sheet.createRow(i + 1);
                for (int c = 0; c < rows[i].length; c++) {
                    row.createCell(c).setCellValue(rows[i][c]);
                }
            }
            var out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void an_empty_title_gets_a_message_and_the_form_keeps_its_values() {
        login("facilitator-views", AppRoles.FACILITATOR);
        UI.getCurrent().navigate("workshops");
        WorkshopsView list = _get(WorkshopsView.class);
        _setValue(list.place, "公民館", true);
        _click(list.create);
        assertThat(list.error.getText()).isEqualTo("タイトルを入力してください。");
        assertThat(list.place.getValue()).isEqualTo("公民館");
    }

    @Test
    void a_participant_joins_without_an_account_and_each_row_is_saved_as_they_type() {
        WorkshopSession s = newSession();
        logout();
        SheetView sheet = joinAs(s, "田中", Affiliation.SUPPORT_CORP);
        assertThat(sheet.title.getText()).isEqualTo(s.title());
        assertThat(sheet.returnLink.getValue()).contains("/join/return/" + sheet.token);

        _click(sheet.addRow);
        RowEditor row = sheet.editors.values().iterator().next();
        _setValue(row.item, "入居中の支援", true);
        _setValue(row.content, "退院後の見守りが途切れた", true);
        assertThat(row.status.getText()).isEqualTo("保存しました");
        assertThat(row.status.getElement().getAttribute("data-state")).isEqualTo("saved");
        assertThat(participants.rows(sheet.token)).singleElement()
                .satisfies(r -> assertThat(r.content()).isEqualTo("退院後の見守りが途切れた"));

        // a second row, moved above the first, then deleted
        _click(sheet.addRow);
        RowEditor second = sheet.editors.values().stream().skip(1).findFirst().orElseThrow();
        _setValue(second.item, "二つ目", true);
        _click(second.up);
        assertThat(participants.rows(sheet.token)).extracting(SheetRow::item).containsExactly("二つ目", "入居中の支援");
        _click(second.delete);
        assertThat(participants.rows(sheet.token)).extracting(SheetRow::item).containsExactly("入居中の支援");
        assertThat(sheet.editors).hasSize(1);
    }

    @Test
    void a_deleted_row_comes_back_with_its_text_and_place_on_undo() {
        WorkshopSession s = newSession();
        logout();
        SheetView sheet = joinAs(s, "山本", Affiliation.WELFARE);
        for (String item : new String[]{"一つ目", "二つ目", "三つ目"}) {
            _click(sheet.addRow);
            RowEditor ed = sheet.editors.values().stream().reduce((a, b) -> b).orElseThrow();
            _setValue(ed.item, item, true);
            _setValue(ed.improvement, item + "の改善", true);
        }
        RowEditor middle = sheet.editors.values().stream().skip(1).findFirst().orElseThrow();
        _click(middle.delete);
        assertThat(participants.rows(sheet.token)).extracting(SheetRow::item).containsExactly("一つ目", "三つ目");
        com.vaadin.flow.component.notification.Notification note = _get(com.vaadin.flow.component.notification.Notification.class);
        assertThat(note.getDuration()).isPositive();
        assertThat(sheet.undo.getText()).isEqualTo("元に戻す");

        _click(sheet.undo);
        assertThat(participants.rows(sheet.token)).extracting(SheetRow::item, SheetRow::improvement).containsExactly(
                org.assertj.core.groups.Tuple.tuple("一つ目", "一つ目の改善"), org.assertj.core.groups.Tuple.tuple("二つ目", "二つ目の改善"),
                org.assertj.core.groups.Tuple.tuple("三つ目", "三つ目の改善"));
        // the page shows them in that order too, and the restored row saves like any other
        assertThat(sheet.rowsBox.getChildren().map(c -> ((RowEditor) c).item.getValue()).toList())
                .containsExactly("一つ目", "二つ目", "三つ目");
        RowEditor back = (RowEditor) sheet.rowsBox.getChildren().skip(1).findFirst().orElseThrow();
        _setValue(back.content, "戻った行", true);
        assertThat(back.status.getElement().getAttribute("data-state")).isEqualTo("saved");
        assertThat(participants.rows(sheet.token).get(1).content()).isEqualTo("戻った行");
    }

    @Test
    void the_cookie_or_return_link_brings_a_participant_back_to_their_sheet() {
        WorkshopSession s = newSession();
        logout();
        SheetView sheet = joinAs(s, "戻る人", Affiliation.HOUSING);
        String token = sheet.token;
        _click(sheet.addRow);
        _setValue(sheet.editors.values().iterator().next().content, "戻っても残る", true);

        // a new browser session (another device) without the cookie lands on the join page...
        VaadinSession.getCurrent().setAttribute(ParticipantCookie.class.getName(), null);
        UI.getCurrent().navigate("sheet");
        _get(JoinView.class);
        // ...and the return link brings it back to the same sheet
        UI.getCurrent().navigate("join/return/" + token);
        SheetView back = _get(SheetView.class);
        assertThat(back.editors.values()).singleElement().satisfies(e -> assertThat(e.content.getValue()).isEqualTo("戻っても残る"));
        // a made-up token gets a message, not someone's sheet
        UI.getCurrent().navigate("join/return/" + "A".repeat(43));
        assertThat(_get(ReturnView.class).getElement().getText()).isEmpty();
    }

    @Test
    void a_stale_tab_gets_a_clear_message_and_keeps_its_text() {
        WorkshopSession s = newSession();
        logout();
        SheetView sheet = joinAs(s, "二つのタブ", Affiliation.WELFARE);
        _click(sheet.addRow);
        RowEditor row = sheet.editors.values().iterator().next();
        // the other tab saves first
        participants.saveRow(sheet.token, row.row.id(), row.row.version(), new RowText("別タブ", "別タブで書いた", ""));

        _setValue(row.content, "このタブで書いた大事な文", true);
        assertThat(row.status.getElement().getAttribute("data-state")).isEqualTo("failed");
        assertThat(row.status.getText()).contains("保存できませんでした", "別のタブ");
        assertThat(row.conflict.isVisible()).isTrue();
        assertThat(row.content.getValue()).isEqualTo("このタブで書いた大事な文");
        assertThat(participants.rows(sheet.token).get(0).content()).isEqualTo("別タブで書いた");

        _click(row.keepMine);
        assertThat(row.status.getText()).isEqualTo("保存しました");
        assertThat(participants.rows(sheet.token).get(0).content()).isEqualTo("このタブで書いた大事な文");
    }

    @Test
    void a_row_saved_in_one_ui_reaches_the_live_board_in_another_and_board_actions_reach_the_participant() {
        WorkshopSession s = newSession();
        SheetView sheet = joinAs(s, "山口", Affiliation.REAL_ESTATE);

        // a second UI in the same Vaadin session (like a second tab) shows the board
        UI boardUi = new UI();
        boardUi.getInternals().setSession(VaadinSession.getCurrent());
        boardUi.setLocale(java.util.Locale.JAPANESE);
        BoardView board = new BoardView(workshops, broadcaster);
        board.setParameter(null, s.id());
        boardUi.add(board);
        assertThat(broadcaster.listenerCount(s.id())).isEqualTo(2);
        assertThat(board.affiliationCounts.getChildren().map(c -> c.getElement().getText()))
                .contains("不動産関係団体 1人・0件");

        _click(sheet.addRow);
        RowEditor row = sheet.editors.values().iterator().next();
        _setValue(row.item, "保証人がいない", true);
        _setValue(row.content, "家賃保証会社の審査に通らない", true);
        awaitPush(() -> assertThat(board.cards.get(row.row.id())).isNotNull()
                .satisfies(c -> assertThat(c.content.getText()).isEqualTo("家賃保証会社の審査に通らない")));
        assertThat(board.affiliationCounts.getChildren().map(c -> c.getElement().getText()))
                .contains("不動産関係団体 1人・1件");

        // search and filter
        _setValue(board.search, "保証会社", true);
        assertThat(board.cards.get(row.row.id()).isVisible()).isTrue();
        _setValue(board.search, "該当しない語", true);
        assertThat(board.cards.get(row.row.id()).isVisible()).isFalse();
        _setValue(board.search, "", true);

        // the facilitator makes a theme, puts the row in it and marks it for discussion
        _setValue(board.themeName, "保証", true);
        _click(board.addTheme);
        awaitPush(() -> assertThat(board.model.themes()).hasSize(1));
        board.toggle(row.row.id());
        _setValue(board.themeChoice, board.model.themes().values().iterator().next(), true);
        _click(board.assign);
        board.toggle(row.row.id());
        _click(board.markDiscussion);
        awaitPush(() -> {
            assertThat(board.cards.get(row.row.id()).theme.getText()).isEqualTo("保証");
            assertThat(board.cards.get(row.row.id()).discussion.isVisible()).isTrue();
            // the participant's page lists it for dot voting
            assertThat(sheet.voteTotals).containsKey(row.row.id());
        });
        _setValue(board.groupBy, jp.banso.workshop.board.BoardModel.GroupBy.THEME, true);
        assertThat(board.boxes).containsKey("t" + board.model.themes().keySet().iterator().next());

        // dot voting: the total reaches the board
        participants.vote(sheet.token, row.row.id(), true);
        awaitPush(() -> assertThat(board.cards.get(row.row.id()).votes.getText()).isEqualTo("● 1"));

        // the timer the facilitator starts shows on the participant's page
        _click(board.start);
        awaitPush(() -> assertThat(sheet.timer.item.getText()).isEqualTo("1. 制度の説明"));
        assertThat(sheet.timer.state.getText()).isEqualTo("進行中");
        _click(board.next);
        awaitPush(() -> assertThat(sheet.timer.item.getText()).isEqualTo("2. グループワーク"));

        // locking the sheets makes the participant's rows read-only at once
        _click(board.lock);
        awaitPush(() -> assertThat(row.content.isReadOnly()).isTrue());
        assertThat(sheet.addRow.isVisible()).isFalse();

        boardUi.remove(board);
        assertThat(broadcaster.listenerCount(s.id())).isEqualTo(1);
    }

    @Test
    void the_print_view_shows_the_filled_sheet_or_a_blank_one() {
        WorkshopSession s = newSession();
        logout();
        SheetView sheet = joinAs(s, "印刷", Affiliation.OTHER);
        _click(sheet.addRow);
        _setValue(sheet.editors.values().iterator().next().item, "<b>タグではなく文字</b>", true);
        UI.getCurrent().navigate("sheet/print");
        SheetPrintView print = _get(SheetPrintView.class);
        assertThat(print.body.getChildren().count()).isEqualTo(1);
        assertThat(print.body.getElement().getTextRecursively()).contains("<b>タグではなく文字</b>");
        UI.getCurrent().navigate("sheet/print", com.vaadin.flow.router.QueryParameters.fromString("blank"));
        assertThat(_get(SheetPrintView.class).body.getChildren().count()).isEqualTo(SheetPrintView.BLANK_ROWS);
    }

    @Test
    void a_wrong_code_is_refused_with_a_message() {
        UI.getCurrent().navigate("join");
        JoinView join = _get(JoinView.class);
        _setValue(join.code, "ABCD2345X", true);
        _setValue(join.affiliation, Affiliation.OTHER, true);
        _click(join.join);
        assertThat(join.error.getText()).isIn("参加コードが正しくないか、このセッションは終了しています。",
                "試行回数が多すぎます。60秒後にもう一度お試しください。");
        _get(JoinView.class);
    }
}
