package jp.banso.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import jp.banso.IntegrationTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "facilitator-test", roles = "FACILITATOR")
public class WorkshopServiceTest extends IntegrationTest {

    @Autowired
    WorkshopService workshops;
    @Autowired
    ParticipantService participants;
    @Autowired
    WorkshopBroadcaster broadcaster;

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static String client() {
        return "test-" + UUID.randomUUID();
    }

    WorkshopSession newSession() {
        return workshops.createSession(new SessionDraft(unique("勉強会"), SessionKind.STUDY, LocalDateTime.now().plusHours(1),
                "市役所 会議室", false, "焼津市", 3, 3));
    }

    Joined join(WorkshopSession s, String name, Affiliation a) {
        return participants.join(s.joinCode(), new JoinRequest(name, a, "テスト組織"), client());
    }

    @Test
    void a_session_gets_an_unambiguous_eight_character_join_code() {
        WorkshopSession s = newSession();
        assertThat(s.joinCode()).hasSize(8).matches("[" + WorkshopLimits.JOIN_CODE_ALPHABET + "]{8}")
                .doesNotContain("0", "O", "1", "I", "L");
        assertThat(s.status()).isEqualTo(SessionStatus.OPEN);
        assertThat(s.createdBy()).isEqualTo("facilitator-test");
        assertThat(workshops.listSessions()).extracting(WorkshopSession::id).contains(s.id());
    }

    @Test
    void agenda_items_may_link_a_published_article_and_unknown_articles_are_refused() {
        WorkshopSession s = newSession();
        workshops.addAgendaItem(s.id(), new AgendaItemDraft("制度の説明", 20, AgendaKind.LECTURE, "yaizu"));
        workshops.addAgendaItem(s.id(), new AgendaItemDraft("グループワーク", 40, AgendaKind.GROUP_WORK, null));
        assertThatThrownBy(() -> workshops.addAgendaItem(s.id(), new AgendaItemDraft("x", 5, AgendaKind.DISCUSSION, "no-such-article")))
                .isInstanceOf(WorkshopException.class).hasMessage("workshop.error.article");
        assertThatThrownBy(() -> workshops.addAgendaItem(s.id(), new AgendaItemDraft("x", 0, AgendaKind.DISCUSSION, null)))
                .hasMessage("workshop.error.minutes");
        assertThat(workshops.agenda(s.id())).extracting(AgendaItem::title, AgendaItem::articleSlug)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("制度の説明", "yaizu"),
                        org.assertj.core.groups.Tuple.tuple("グループワーク", null));
    }

    @Test
    void a_participant_joins_with_a_typed_code_in_any_width_or_case_and_sees_only_their_own_rows() {
        WorkshopSession s = newSession();
        String typed = s.joinCode().substring(0, 4).toLowerCase() + "-" + s.joinCode().substring(4);
        Joined a = participants.join(typed, new JoinRequest("佐藤", Affiliation.HOUSING, "市住宅課"), client());
        Joined b = join(s, "", Affiliation.WELFARE);
        assertThat(a.token()).matches(Tokens.TOKEN_PATTERN);
        assertThat(a.participant().sessionId()).isEqualTo(s.id());

        SheetRow row = participants.addRow(a.token());
        participants.saveRow(a.token(), row.id(), row.version(), new RowText("入居中の支援", "見守りが途切れる", "社協との定期連絡"));
        assertThat(participants.rows(a.token())).extracting(SheetRow::content).containsExactly("見守りが途切れる");
        assertThat(participants.rows(b.token())).isEmpty();
        // b cannot write or delete a's row: the token decides whose rows are reachable
        assertThatThrownBy(() -> participants.saveRow(b.token(), row.id(), 1, new RowText("x", "x", "x")))
                .isInstanceOf(StaleRowException.class);
        participants.deleteRow(b.token(), row.id());
        assertThat(participants.rows(a.token())).hasSize(1);
        assertThat(participants.home("not-a-token")).isEmpty();
        assertThatThrownBy(() -> participants.rows(Tokens.newToken())).hasMessage("workshop.error.notParticipant");
    }

    @Test
    void a_stale_version_is_refused_and_nothing_is_overwritten() {
        WorkshopSession s = newSession();
        Joined a = join(s, "二つのタブ", Affiliation.REAL_ESTATE);
        SheetRow row = participants.addRow(a.token());
        SheetRow tab1 = participants.saveRow(a.token(), row.id(), row.version(), new RowText("タブ1", "最初の文", ""));
        assertThatThrownBy(() -> participants.saveRow(a.token(), row.id(), row.version(), new RowText("タブ2", "古い版から", "")))
                .isInstanceOfSatisfying(StaleRowException.class, e -> assertThat(e.current().content()).isEqualTo("最初の文"));
        assertThat(participants.rows(a.token()).get(0).item()).isEqualTo("タブ1");
        assertThat(tab1.version()).isEqualTo(row.version() + 1);
    }

    @Test
    void limits_are_enforced_with_clear_messages() {
        WorkshopSession s = newSession();
        Joined a = join(s, "長文", Affiliation.OTHER);
        SheetRow row = participants.addRow(a.token());
        String tooLong = "あ".repeat(WorkshopLimits.CONTENT_MAX + 1);
        assertThatThrownBy(() -> participants.saveRow(a.token(), row.id(), row.version(), new RowText("", tooLong, "")))
                .hasMessage("workshop.error.content.tooLong");
        String max = "𠮷".repeat(WorkshopLimits.CONTENT_MAX); // surrogate pairs count as one character, as in MariaDB
        assertThat(participants.saveRow(a.token(), row.id(), row.version(), new RowText("", max, "")).content()).isEqualTo(max);
        for (int i = 1; i < WorkshopLimits.ROWS_PER_PARTICIPANT_MAX; i++) {
            participants.addRow(a.token());
        }
        assertThatThrownBy(() -> participants.addRow(a.token())).hasMessage("workshop.error.rows.full");
    }

    @Test
    void rows_can_be_reordered_and_deleted() {
        WorkshopSession s = newSession();
        Joined a = join(s, "並べ替え", Affiliation.WELFARE_ORG);
        List<Long> ids = new ArrayList<>();
        for (String item : List.of("一", "二", "三")) {
            SheetRow r = participants.addRow(a.token());
            participants.saveRow(a.token(), r.id(), r.version(), new RowText(item, "", ""));
            ids.add(r.id());
        }
        participants.moveRow(a.token(), ids.get(2), -1);
        assertThat(participants.rows(a.token())).extracting(SheetRow::item).containsExactly("一", "三", "二");
        participants.deleteRow(a.token(), ids.get(0));
        assertThat(participants.rows(a.token())).extracting(SheetRow::item).containsExactly("三", "二");
    }

    @Test
    void closed_sessions_refuse_their_code_and_locked_sheets_refuse_edits() {
        WorkshopSession s = newSession();
        Joined a = join(s, "締切", Affiliation.GOVERNMENT);
        SheetRow row = participants.addRow(a.token());
        workshops.setStatus(s.id(), SessionStatus.LOCKED);
        assertThatThrownBy(() -> participants.saveRow(a.token(), row.id(), row.version(), new RowText("x", "", "")))
                .hasMessage("workshop.error.locked");
        assertThat(participants.home(a.token()).orElseThrow().sheetEditable()).isFalse();
        workshops.setStatus(s.id(), SessionStatus.CLOSED);
        assertThatThrownBy(() -> join(s, "遅刻", Affiliation.OTHER)).hasMessage("workshop.join.badCode");
        // the participant still finds their (read-only) sheet through their token
        assertThat(participants.home(a.token())).isPresent();
    }

    @Test
    void sheets_open_only_from_the_configured_day_before_the_session() {
        WorkshopSession s = workshops.createSession(new SessionDraft(unique("先の会"), SessionKind.EXCHANGE,
                LocalDateTime.now().plusDays(10), "", true, "", 2, 3));
        Joined a = join(s, "早すぎ", Affiliation.HOUSING);
        assertThatThrownBy(() -> participants.addRow(a.token())).hasMessage("workshop.error.notYetOpen");
    }

    @Test
    void guessing_join_codes_is_rate_limited_per_client() {
        String client = client();
        for (int i = 0; i < WorkshopLimits.JOIN_FAILURES_PER_MINUTE; i++) {
            assertThatThrownBy(() -> participants.join("ZZZZZZZZ", new JoinRequest("", Affiliation.OTHER, ""), client))
                    .hasMessage("workshop.join.badCode");
        }
        WorkshopSession s = newSession();
        assertThatThrownBy(() -> participants.join(s.joinCode(), new JoinRequest("", Affiliation.OTHER, ""), client))
                .hasMessage("workshop.join.tooMany");
        // another address is not affected
        assertThat(participants.join(s.joinCode(), new JoinRequest("", Affiliation.OTHER, ""), client()).token()).isNotBlank();
    }

    @Test
    @WithAnonymousUser
    void anonymous_callers_cannot_use_the_facilitator_service() {
        assertThatThrownBy(() -> workshops.listSessions()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void dots_are_limited_per_person_and_only_on_rows_marked_for_discussion() {
        WorkshopSession s = newSession();
        workshops.setDotsPerPerson(s.id(), 2);
        Joined a = join(s, "投票者", Affiliation.HOUSING);
        List<Long> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(participants.addRow(a.token()).id());
        }
        assertThatThrownBy(() -> participants.vote(a.token(), rows.get(0), true)).hasMessage("workshop.vote.notCandidate");
        workshops.markForDiscussion(s.id(), rows, true);
        assertThat(participants.vote(a.token(), rows.get(0), true)).isEqualTo(1);
        assertThat(participants.vote(a.token(), rows.get(1), true)).isEqualTo(1);
        assertThatThrownBy(() -> participants.vote(a.token(), rows.get(2), true)).hasMessage("workshop.vote.noDotsLeft");
        assertThat(participants.vote(a.token(), rows.get(1), false)).isZero();
        assertThat(participants.dotsLeft(a.token())).isEqualTo(1);
        assertThat(participants.candidates(a.token())).filteredOn(VoteCandidate::mine).extracting(VoteCandidate::rowId)
                .containsExactly(rows.get(0));
        assertThat(workshops.board(s.id()).rows()).filteredOn(r -> r.id() == rows.get(0)).singleElement()
                .extracting(BoardRow::votes).isEqualTo(1);
    }

    @Test
    void the_timer_starts_pauses_and_moves_to_the_next_item() throws Exception {
        WorkshopSession s = newSession();
        assertThatThrownBy(() -> workshops.startTimer(s.id())).hasMessage("workshop.error.noAgenda");
        workshops.addAgendaItem(s.id(), new AgendaItemDraft("講義", 10, AgendaKind.LECTURE, null));
        workshops.addAgendaItem(s.id(), new AgendaItemDraft("意見交換", 30, AgendaKind.DISCUSSION, null));
        TimerState started = workshops.startTimer(s.id());
        assertThat(started.position()).isZero();
        assertThat(started.running()).isTrue();
        Thread.sleep(30);
        TimerState paused = workshops.pauseTimer(s.id());
        assertThat(paused.running()).isFalse();
        assertThat(paused.remainingMs()).isLessThan(10 * 60_000L).isGreaterThan(9 * 60_000L);
        TimerState next = workshops.nextAgendaItem(s.id());
        assertThat(next.itemTitle()).isEqualTo("意見交換");
        assertThat(next.running()).isTrue();
        assertThat(workshops.nextAgendaItem(s.id()).idle()).isTrue();
    }

    @Test
    void a_saved_row_is_broadcast_only_after_it_is_committed() {
        WorkshopSession s = newSession();
        Joined a = join(s, "放送", Affiliation.SUPPORT_CORP);
        List<WorkshopEvent> seen = new CopyOnWriteArrayList<>();
        List<Boolean> visibleWhenReceived = new CopyOnWriteArrayList<>();
        var registration = broadcaster.register(s.id(), true, e -> {
            seen.add(e);
            if (e instanceof WorkshopEvent.RowSaved rs && rs.row().content().equals("コミット済み")) {
                // read in a new transaction, from another thread: the row must already be stored
                visibleWhenReceived.add(participants.rows(a.token()).stream().anyMatch(r -> r.content().equals("コミット済み")));
            }
        });
        try {
            SheetRow row = participants.addRow(a.token());
            participants.saveRow(a.token(), row.id(), row.version(), new RowText("", "コミット済み", ""));
            Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> !visibleWhenReceived.isEmpty());
            assertThat(visibleWhenReceived).containsOnly(true);
            // a refused (stale) save publishes nothing
            int before = seen.size();
            assertThatThrownBy(() -> participants.saveRow(a.token(), row.id(), row.version(), new RowText("", "古い", "")))
                    .isInstanceOf(StaleRowException.class);
            participants.rows(a.token());
            assertThat(seen.subList(before, seen.size())).noneMatch(e -> e instanceof WorkshopEvent.RowSaved rs
                    && rs.row().content().equals("古い"));
        } finally {
            registration.remove();
        }
    }

    @Test
    void export_has_every_row_with_theme_and_votes_and_a_summary_per_theme() throws Exception {
        WorkshopSession s = newSession();
        Joined a = join(s, "輸出", Affiliation.SOCIAL_WELFARE_COUNCIL);
        SheetRow r = participants.addRow(a.token());
        participants.saveRow(a.token(), r.id(), r.version(), new RowText("=SUM(A1)", "内容, \"引用\"", "改善"));
        Theme t = workshops.createTheme(s.id(), "入居中の支援");
        workshops.assignTheme(s.id(), List.of(r.id()), t.id());
        workshops.markForDiscussion(s.id(), List.of(r.id()), true);
        participants.vote(a.token(), r.id(), true);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workshops.exportXlsx(s.id())))) {
            Sheet rows = wb.getSheet(WorkshopSpreadsheets.ROWS_SHEET);
            assertThat(rows.getLastRowNum()).isEqualTo(1);
            Row row = rows.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("輸出");
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("社会福祉協議会");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("=SUM(A1)");
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("入居中の支援");
            assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(1.0);
            Row summary = wb.getSheet(WorkshopSpreadsheets.THEMES_SHEET).getRow(1);
            assertThat(summary.getCell(0).getStringCellValue()).isEqualTo("入居中の支援");
            assertThat(summary.getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(summary.getCell(2).getNumericCellValue()).isEqualTo(1.0);
        }
        byte[] csv = workshops.exportCsv(s.id());
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("\"'=SUM(A1)\"", "\"内容, \"\"引用\"\"\"", "\"社会福祉協議会\"");
    }

    @Test
    void an_import_with_one_bad_row_imports_nothing_and_names_the_row() throws Exception {
        WorkshopSession s = newSession();
        byte[] template = workshops.importTemplate(s.id());
        byte[] bad = fill(template, new String[][]{
                {"山田", "住宅部局", "市住宅課", "空き家", "活用が進まない", "所有者情報"},
                {"鈴木", "銀河連邦", "", "見守り", "", ""},
                {"", "福祉部局", "", "", "", ""}});
        assertThatThrownBy(() -> workshops.importXlsx(s.id(), new ByteArrayInputStream(bad)))
                .isInstanceOfSatisfying(WorkshopImportException.class, e -> assertThat(e.errors())
                        .extracting(ImportError::rowNumber, ImportError::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "workshop.import.affiliation"),
                                org.assertj.core.groups.Tuple.tuple(4, "workshop.import.empty")));
        assertThat(workshops.board(s.id()).rows()).isEmpty();
        assertThat(workshops.board(s.id()).participants()).isEmpty();

        byte[] good = fill(template, new String[][]{
                {"山田", "住宅部局", "市住宅課", "空き家", "活用が進まない", "所有者情報"},
                {"山田", "住宅部局", "市住宅課", "二つ目", "", ""},
                {"", "REAL_ESTATE", "宅建協会", "保証人", "確保が難しい", "保証会社"}});
        ImportReport report = workshops.importXlsx(s.id(), new ByteArrayInputStream(good));
        assertThat(report).isEqualTo(new ImportReport(2, 3));
        assertThat(workshops.board(s.id()).rows()).extracting(BoardRow::item).containsExactlyInAnyOrder("空き家", "二つ目", "保証人");
        assertThatThrownBy(() -> workshops.importXlsx(s.id(), new ByteArrayInputStream("not excel".getBytes())))
                .isInstanceOfSatisfying(WorkshopImportException.class,
                        e -> assertThat(e.errors()).extracting(ImportError::messageKey).containsExactly("workshop.import.unreadable"));
    }

    @Test
    void agenda_items_are_edited_and_reordered_and_a_session_copies_as_a_template() {
        WorkshopSession s = newSession();
        long first = workshops.addAgendaItem(s.id(), new AgendaItemDraft("制度の説明", 15, AgendaKind.LECTURE, "yaizu")).id();
        long second = workshops.addAgendaItem(s.id(), new AgendaItemDraft("グループワーク", 40, AgendaKind.GROUP_WORK, null)).id();
        workshops.updateAgendaItem(s.id(), first, new AgendaItemDraft("事例の紹介", 20, AgendaKind.DISCUSSION, null));
        assertThatThrownBy(() -> workshops.updateAgendaItem(s.id(), first, new AgendaItemDraft(" ", 20, AgendaKind.LECTURE, null)))
                .isInstanceOf(WorkshopException.class).hasMessage("workshop.error.agendaTitle.required");
        assertThatThrownBy(() -> workshops.updateAgendaItem(s.id(), first, new AgendaItemDraft("x", 0, AgendaKind.LECTURE, null)))
                .isInstanceOf(WorkshopException.class).hasMessage("workshop.error.minutes");
        assertThat(workshops.moveAgendaItem(s.id(), second, -1)).extracting(AgendaItem::id).containsExactly(second, first);
        assertThat(workshops.moveAgendaItem(s.id(), second, -1)).extracting(AgendaItem::id).containsExactly(second, first);
        assertThat(workshops.agenda(s.id())).extracting(AgendaItem::position, AgendaItem::title, AgendaItem::minutes, AgendaItem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "グループワーク", 40, AgendaKind.GROUP_WORK),
                        org.assertj.core.groups.Tuple.tuple(1, "事例の紹介", 20, AgendaKind.DISCUSSION));

        LocalDateTime next = s.startsAt().plusDays(14);
        WorkshopSession copy = workshops.copySession(s.id(), next);
        assertThat(copy.id()).isNotEqualTo(s.id());
        assertThat(copy.joinCode()).hasSize(8).isNotEqualTo(s.joinCode());
        assertThat(copy.startsAt()).isEqualTo(next.withSecond(0).withNano(0));
        assertThat(copy.title()).isEqualTo(s.title());
        assertThat(copy.status()).isEqualTo(SessionStatus.OPEN);
        assertThat(workshops.agenda(copy.id())).extracting(AgendaItem::title, AgendaItem::minutes, AgendaItem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("グループワーク", 40, AgendaKind.GROUP_WORK),
                        org.assertj.core.groups.Tuple.tuple("事例の紹介", 20, AgendaKind.DISCUSSION));
        // the copy has its own agenda: editing it leaves the original alone
        workshops.updateAgendaItem(copy.id(), workshops.agenda(copy.id()).get(0).id(), new AgendaItemDraft("別の議題", 10, AgendaKind.LECTURE, null));
        assertThat(workshops.agenda(s.id()).get(0).title()).isEqualTo("グループワーク");
        assertThatThrownBy(() -> workshops.copySession(s.id(), null)).isInstanceOf(WorkshopException.class).hasMessage("workshop.error.startsAt");
    }

    public static byte[] fill(byte[] template, String[][] rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = wb.getSheet(WorkshopSpreadsheets.ROWS_SHEET);
            for (int i = 0; i < rows.length; i++) {
                Row row = sheet.createRow(i + 1);
                for (int c = 0; c < rows[i].length; c++) {
                    row.createCell(c).setCellValue(rows[i][c]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
