package jp.banso.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import jp.banso.IntegrationTest;
import jp.banso.base.UserFacingException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Breakout groups and shared worksheets on the real MariaDB. */
@WithMockUser(username = "facilitator-groups", roles = "FACILITATOR")
class GroupWorkServiceTest extends IntegrationTest {

    @Autowired
    WorkshopService workshops;
    @Autowired
    ParticipantService participants;
    @Autowired
    GroupWorkService groups;
    @Autowired
    WorkshopBroadcaster broadcaster;

    static final Affiliation[] FOUR = {Affiliation.HOUSING, Affiliation.WELFARE, Affiliation.REAL_ESTATE, Affiliation.SUPPORT_CORP};

    WorkshopSession newSession() {
        return workshops.createSession(new SessionDraft("グループワーク " + UUID.randomUUID().toString().substring(0, 6),
                SessionKind.STUDY, LocalDateTime.now().plusHours(1), "", false, "", 1, 3));
    }

    Joined join(WorkshopSession s, String name, Affiliation a, String org, String municipality) {
        return participants.join(s.joinCode(), new JoinRequest(name, a, org, municipality, true), "test-" + UUID.randomUUID());
    }

    /** Twelve people: three of each of four affiliations, each affiliation from one organisation per municipality. */
    List<Joined> twelve(WorkshopSession s) {
        List<Joined> out = new ArrayList<>();
        String[] towns = {"宇部市", "山口市", "美祢市"};
        for (int i = 0; i < 12; i++) {
            Affiliation a = FOUR[i % 4];
            out.add(join(s, "参加者" + i, a, a.name() + "の会", towns[i / 4]));
        }
        return out;
    }

    static Map<Long, Long> tableOf(GroupWorkService.Roster r) {
        return r.groups().stream().flatMap(g -> g.members().stream().map(m -> Map.entry(m.participant().id(), g.id())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void groups_mix_affiliations_keep_one_organisation_apart_and_stay_balanced() {
        WorkshopSession s = newSession();
        twelve(s);
        GroupWorkService.Roster r = groups.formGroups(s.id(), new GroupForm(3, null, null, Worksheet.ISSUE_SHEET));
        assertThat(r.groups()).extracting(WorkGroup::tableNo).containsExactly(1, 2, 3);
        assertThat(r.unseated()).isEmpty();
        for (WorkGroup g : r.groups()) {
            assertThat(g.members()).hasSize(4);
            // three of each affiliation over three tables: each table gets one of each
            assertThat(g.members().stream().map(m -> m.participant().affiliation()).collect(Collectors.toSet())).hasSize(4);
        }
        // by size: 12 people in groups of 5 → 2 groups (of 6)
        GroupWorkService.Roster bySize = groups.formGroups(s.id(), new GroupForm(null, 5, null, null));
        assertThat(bySize.groups()).hasSize(2).allSatisfy(g -> assertThat(g.members()).hasSize(6));
    }

    @Test
    void pinned_people_stay_on_a_recompute_and_an_impossible_request_changes_nothing() {
        WorkshopSession s = newSession();
        List<Joined> people = twelve(s);
        GroupWorkService.Roster r = groups.formGroups(s.id(), new GroupForm(3, null, null, null));
        long a = people.get(0).participant().id();
        long b = people.get(5).participant().id();
        groups.move(s.id(), a, 3);
        groups.pin(s.id(), b, true);
        long bTable = tableOf(groups.roster(s.id())).get(b);
        long table3 = r.groups().get(2).id();

        GroupWorkService.Roster again = groups.recompute(s.id());
        assertThat(tableOf(again).get(a)).isEqualTo(table3);
        assertThat(tableOf(again).get(b)).isEqualTo(bTable);
        assertThat(again.groups()).allSatisfy(g -> assertThat(g.members()).hasSize(4));

        Map<Long, Long> before = tableOf(groups.roster(s.id()));
        assertThatThrownBy(() -> groups.formGroups(s.id(), new GroupForm(13, null, null, null)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("grouping.error.more-groups-than-members"));
        // five people pinned to one table of four (12 people in 3 groups) break the size bounds
        for (int i = 0; i < 5; i++) {
            groups.move(s.id(), people.get(i).participant().id(), 1);
        }
        Map<Long, Long> pinnedState = tableOf(groups.roster(s.id()));
        assertThatThrownBy(() -> groups.recompute(s.id())).isInstanceOf(UserFacingException.class);
        assertThat(tableOf(groups.roster(s.id()))).isEqualTo(pinnedState);
        assertThat(before).hasSize(12);
    }

    @Test
    void a_swap_exchanges_two_tables_and_a_late_joiner_sits_where_they_add_most_mixing() {
        WorkshopSession s = newSession();
        List<Joined> people = new ArrayList<>();
        // two tables of housing staff and one of welfare staff each
        for (int i = 0; i < 4; i++) {
            people.add(join(s, "住宅" + i, Affiliation.HOUSING, "市住宅課", "宇部市"));
        }
        people.add(join(s, "福祉0", Affiliation.WELFARE, "市福祉課", "宇部市"));
        people.add(join(s, "福祉1", Affiliation.WELFARE, "市福祉課", "宇部市"));
        groups.formGroups(s.id(), new GroupForm(2, null, null, null));
        Map<Long, Long> t = tableOf(groups.roster(s.id()));
        long w0 = people.get(4).participant().id();
        long w1 = people.get(5).participant().id();
        assertThat(t.get(w0)).isNotEqualTo(t.get(w1));
        long h = people.stream().map(j -> j.participant().id()).filter(id -> !t.get(id).equals(t.get(w0))).findFirst().orElseThrow();
        groups.swap(s.id(), w0, h);
        Map<Long, Long> swapped = tableOf(groups.roster(s.id()));
        assertThat(swapped.get(w0)).isEqualTo(t.get(h));
        assertThat(swapped.get(h)).isEqualTo(t.get(w0));
        // now both welfare people share a table; put the other table one person short
        groups.swap(s.id(), w0, h);

        // a real-estate agent from elsewhere joining late: both tables hold 3, sizes stay balanced either way,
        // and the table gaining most mixing is taken (ties go to table 1)
        Joined late = join(s, "遅れて来た人", Affiliation.REAL_ESTATE, "宅建協会", "山口市");
        Map<Long, Long> after = tableOf(groups.roster(s.id()));
        assertThat(after).containsKey(late.participant().id());
        assertThat(groups.myGroup(late.token())).isPresent()
                .hasValueSatisfying(g -> assertThat(g.group().members()).extracting(m -> m.participant().id())
                        .contains(late.participant().id()));
    }

    @Test
    void two_people_saving_one_cell_at_once_both_keep_their_text() throws Exception {
        WorkshopSession s = newSession();
        Joined a = join(s, "甲", Affiliation.HOUSING, "市住宅課", "");
        Joined b = join(s, "乙", Affiliation.WELFARE, "市福祉課", "");
        groups.formGroups(s.id(), new GroupForm(1, null, null, Worksheet.ISSUE_SHEET));
        GroupSheet sheet = groups.mySheet(a.token()).orElseThrow();
        assertThat(sheet.rowCount()).isEqualTo(GroupWorkLimits.FIRST_ROWS);
        int base = sheet.cells().stream().filter(c -> c.row() == 0 && c.col().equals("content")).findFirst().orElseThrow().version();

        for (int round = 0; round < 5; round++) {
            int v = base;
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            String textA = "甲の意見" + round;
            String textB = "乙の意見" + round;
            Future<CellSave> fa = pool.submit(() -> {
                start.await();
                return groups.saveCell(a.token(), 0, "content", v, textA);
            });
            Future<CellSave> fb = pool.submit(() -> {
                start.await();
                return groups.saveCell(b.token(), 0, "content", v, textB);
            });
            CellSave ra = fa.get(20, TimeUnit.SECONDS);
            CellSave rb = fb.get(20, TimeUnit.SECONDS);
            pool.shutdown();
            GroupCell stored = groups.mySheet(b.token()).orElseThrow().cells().stream()
                    .filter(c -> c.row() == 0 && c.col().equals("content")).findFirst().orElseThrow();
            assertThat(stored.text()).contains(textA, textB);
            // exactly one of the two was merged, and it was told what the other had saved
            assertThat(ra.merged() ^ rb.merged()).isTrue();
            CellSave mergedOne = ra.merged() ? ra : rb;
            assertThat(mergedOne.theirs()).isIn(textA, textB);
            base = stored.version();
        }
        // a repeated save of a text already there adds nothing
        GroupCell now = groups.mySheet(a.token()).orElseThrow().cells().stream()
                .filter(c -> c.row() == 0 && c.col().equals("content")).findFirst().orElseThrow();
        CellSave again = groups.saveCell(a.token(), 0, "content", now.version() - 1, "甲の意見4");
        assertThat(again.cell().text()).isEqualTo(now.text());
    }

    @Test
    void members_get_their_own_groups_cell_events_only_and_strangers_and_other_facilitators_are_refused() {
        WorkshopSession s = newSession();
        Joined a = join(s, "甲", Affiliation.HOUSING, "", "");
        Joined b = join(s, "乙", Affiliation.WELFARE, "", "");
        Joined c = join(s, "丙", Affiliation.HOUSING, "", "");
        Joined d = join(s, "丁", Affiliation.WELFARE, "", "");
        groups.formGroups(s.id(), new GroupForm(2, null, null, Worksheet.SUPPORT_MATRIX));
        GroupSheet sa = groups.mySheet(a.token()).orElseThrow();
        assertThat(sa.worksheet()).isEqualTo(Worksheet.SUPPORT_MATRIX);
        assertThat(sa.cells()).filteredOn(x -> x.col().equals("role")).extracting(GroupCell::text)
                .containsExactlyElementsOf(GroupWorkLimits.DEFAULT_ROLES);
        GroupSheet other = List.of(b, c, d).stream().map(j -> groups.mySheet(j.token()).orElseThrow())
                .filter(x -> x.groupId() != sa.groupId()).findFirst().orElseThrow();

        List<WorkshopEvent> mine = new CopyOnWriteArrayList<>();
        List<WorkshopEvent> board = new CopyOnWriteArrayList<>();
        var r1 = broadcaster.register(s.id(), false, () -> sa.groupId(), mine::add);
        var r2 = broadcaster.register(s.id(), true, board::add);
        try {
            groups.saveCell(a.token(), 0, "before", 0, "住まい探しの同行");
            Joined stranger = other.groupId() == groups.mySheet(b.token()).orElseThrow().groupId() ? b
                    : other.groupId() == groups.mySheet(c.token()).orElseThrow().groupId() ? c : d;
            groups.saveCell(stranger.token(), 0, "before", 0, "別テーブル");
            Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> board.stream()
                    .filter(WorkshopEvent.CellSaved.class::isInstance).count() == 2);
            assertThat(mine).filteredOn(WorkshopEvent.CellSaved.class::isInstance).singleElement()
                    .satisfies(e -> assertThat(((WorkshopEvent.CellSaved) e).cell().text()).isEqualTo("住まい探しの同行"));
        } finally {
            r1.remove();
            r2.remove();
        }
        // a participant's token reaches only their own group's cells: the other sheet is untouched
        assertThat(groups.mySheet(a.token()).orElseThrow().cells()).extracting(GroupCell::text).doesNotContain("別テーブル");
        assertThatThrownBy(() -> groups.saveCell("not-a-token", 0, "before", 0, "x")).isInstanceOf(WorkshopException.class);
        assertThatThrownBy(() -> groups.saveCell(a.token(), 99, "before", 0, "x")).hasMessage("groupwork.error.noCell");
    }

    @Test
    @WithMockUser(username = "someone-else", roles = "FACILITATOR")
    void a_facilitator_who_does_not_run_the_session_cannot_form_its_groups() {
        WorkshopSession s;
        var ctx = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var mine = ctx.getAuthentication();
        ctx.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                "facilitator-groups", null, mine.getAuthorities()));
        try {
            s = newSession();
            join(s, "甲", Affiliation.HOUSING, "", "");
        } finally {
            ctx.setAuthentication(mine);
        }
        assertThatThrownBy(() -> groups.formGroups(s.id(), new GroupForm(1, null, null, null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> groups.recallEveryone(s.id()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> groups.recordMarkdown(s.id()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Autowired
    jp.banso.curation.ArticleEditingService curation;
    @Autowired
    jp.banso.library.ArticleService library;

    static void as(String user, String... roles) {
        var authorities = java.util.Arrays.stream(roles)
                .map(r -> new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_" + r)).toList();
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(user, null, authorities));
    }

    @Test
    void the_record_names_only_those_who_agreed_and_becomes_a_draft_without_names_that_advisers_review_and_publish() {
        as("admin-facilitator", jp.banso.security.AppRoles.ADMIN, jp.banso.security.AppRoles.FACILITATOR);
        WorkshopSession s = newSession();
        Joined yes = participants.join(s.joinCode(), new JoinRequest("山田花子", Affiliation.HOUSING, "市住宅課", "宇部市", true), "t-" + UUID.randomUUID());
        Joined no = participants.join(s.joinCode(), new JoinRequest("鈴木一郎", Affiliation.WELFARE, "市福祉課", "宇部市", false), "t-" + UUID.randomUUID());
        groups.formGroups(s.id(), new GroupForm(1, null, null, Worksheet.ISSUE_SHEET));
        groups.saveCell(yes.token(), 0, "content", 0, "鈴木一郎さんの案で見守りを分担（連絡先 090-1234-5678）");
        SheetRow row = participants.addRow(no.token());
        participants.saveRow(no.token(), row.id(), row.version(), new RowText("保証人", "保証人がいない", "家賃債務保証の紹介"));

        String md = groups.recordMarkdown(s.id());
        assertThat(md).contains("山田花子", "住宅部局：1人", "福祉部局：1人", "保証人がいない", "見守りを分担");
        // the name of the one who did not agree is not listed in the attendance
        assertThat(md.lines().filter(l -> l.startsWith("- 福祉部局"))).singleElement()
                .satisfies(l -> assertThat(l).doesNotContain("鈴木一郎"));

        CaseDraft draft = groups.createCaseDraft(s.id());
        assertThat(draft.identifyingWords()).contains("鈴木一郎", "090-1234-5678");
        var editable = curation.open(draft.slug());
        String text = editable.head().source();
        assertThat(text).doesNotContain("山田花子", "鈴木一郎").contains("## 取組内容と成果", "## これまでの取組状況",
                "## 今後の方向性", "保証人がいない");
        assertThat(library.findPublished(draft.slug())).isEmpty();

        // the advisers' queue: submitted, then published by another adviser
        as("adviser-a", jp.banso.security.AppRoles.ADVISER);
        curation.submitForReview(draft.slug(), editable.head().id());
        as("adviser-b", jp.banso.security.AppRoles.ADVISER);
        curation.publish(draft.slug(), editable.head().id(), "確認しました");
        assertThat(library.findPublished(draft.slug())).isPresent();

        // a facilitator who is not an adviser gets a message instead of a draft
        as("facilitator-groups", jp.banso.security.AppRoles.FACILITATOR);
        WorkshopSession other = newSession();
        assertThatThrownBy(() -> groups.createCaseDraft(other.id())).hasMessage("groupwork.error.needsAdviser");
    }

    @Test
    void the_record_downloads_as_a_workbook_with_the_agenda_attendance_issues_by_theme_and_every_worksheet() throws Exception {
        WorkshopSession s = newSession();
        workshops.addAgendaItem(s.id(), new AgendaItemDraft("趣旨説明", 10, AgendaKind.LECTURE, null));
        workshops.addAgendaItem(s.id(), new AgendaItemDraft("事例のグループワーク", 40, AgendaKind.GROUP_WORK, null));
        Joined hanako = join(s, "山田花子", Affiliation.HOUSING, "市住宅課", "宇部市");
        Joined ichiro = participants.join(s.joinCode(), new JoinRequest("鈴木一郎", Affiliation.WELFARE, "市福祉課", "宇部市", false), "t-" + UUID.randomUUID());
        Joined jiro = join(s, "佐藤次郎", Affiliation.REAL_ESTATE, "宅建協会", "山口市");
        Joined yoko = join(s, "高橋洋子", Affiliation.SUPPORT_CORP, "支援法人", "山口市");
        String formula = "=HYPERLINK(\"http://example.invalid\",\"押してください\")";
        SheetRow guarantor = participants.addRow(hanako.token());
        participants.saveRow(hanako.token(), guarantor.id(), guarantor.version(), new RowText("保証人", formula, "家賃債務保証の紹介"));
        SheetRow watch = participants.addRow(ichiro.token());
        participants.saveRow(ichiro.token(), watch.id(), watch.version(), new RowText("見守り", "入居後の見守りが途切れる", "＋地域の見守り"));
        participants.addRow(jiro.token()); // left blank: not in the record
        Theme tenancy = workshops.createTheme(s.id(), "入居中の支援");
        workshops.assignTheme(s.id(), List.of(watch.id()), tenancy.id());
        workshops.markForDiscussion(s.id(), List.of(watch.id()), true);
        participants.vote(hanako.token(), watch.id(), true);
        participants.vote(jiro.token(), watch.id(), true);

        GroupWorkService.Roster roster = groups.formGroups(s.id(), new GroupForm(2, null, null, Worksheet.ISSUE_SHEET));
        groups.setScenario(s.id(), roster.groups().get(1).id(), "scenario-disability-consultation");
        Map<Long, String> tokenOf = Map.of(hanako.participant().id(), hanako.token(), ichiro.participant().id(), ichiro.token(),
                jiro.participant().id(), jiro.token(), yoko.participant().id(), yoko.token());
        String atOne = tokenOf.get(roster.groups().get(0).members().get(0).participant().id());
        String atTwo = tokenOf.get(roster.groups().get(1).members().get(0).participant().id());
        groups.saveCell(atOne, 0, "content", 0, "相談窓口が分かれている");
        groups.saveCell(atOne, Worksheet.NOTES_ROW, Worksheet.NOTES, 0, "@次回までに窓口を確認");
        groups.saveCell(atTwo, 0, "during", 0, "訪問で見守る");

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(groups.recordXlsx(s.id())))) {
            assertThat(wb).extracting(Sheet::getSheetName).containsExactly("次第", "参加者（所属の種類別）",
                    "課題整理シート（テーマ別・投票数順）", "テーブル 1", "テーブル 2");
            List<List<String>> agenda = texts(wb.getSheet("次第"));
            assertThat(agenda.get(0)).containsExactly(s.title());
            assertThat(agenda).contains(List.of("順", "議題", "時間（分）"), List.of("1", "趣旨説明", "10"),
                    List.of("2", "事例のグループワーク", "40"));

            List<List<String>> attendance = texts(wb.getSheet("参加者（所属の種類別）"));
            assertThat(attendance).contains(List.of("所属区分", "人数", "名前（記録への掲載に同意した人）"),
                    List.of("住宅部局", "1", "山田花子"), List.of("合計", "4"));
            // the one who did not agree is counted, never named
            assertThat(attendance).filteredOn(r -> r.get(0).equals("福祉部局")).singleElement()
                    .satisfies(r -> assertThat(r).containsExactly("福祉部局", "1", ""));
            assertThat(attendance.toString()).doesNotContain("鈴木一郎");

            Sheet issues = wb.getSheet("課題整理シート（テーマ別・投票数順）");
            assertThat(texts(issues)).containsExactly(
                    List.of("テーマ", "項目", "内容", "何があったらもっと良い解決方法になったか", "投票"),
                    List.of("入居中の支援", "見守り", "入居後の見守りが途切れる", "＋地域の見守り", "2"),
                    List.of("未分類", "保証人", formula, "家賃債務保証の紹介", "0"));
            // words a spreadsheet would run stay words: a text cell, marked as text, exactly as typed
            Cell link = issues.getRow(2).getCell(2);
            assertThat(link.getCellType()).isEqualTo(CellType.STRING);
            assertThat(link.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(issues.getRow(1).getCell(3).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(issues.getRow(1).getCell(2).getCellStyle().getQuotePrefixed()).isFalse();
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    assertThat(row).noneMatch(c -> c.getCellType() == CellType.FORMULA);
                }
            }

            List<List<String>> one = texts(wb.getSheet("テーブル 1"));
            assertThat(one.get(0)).containsExactly("テーブル 1（課題整理シート）");
            assertThat(one).contains(List.of("項目", "内容", "何があったらもっと良い解決方法になったか"),
                    List.of("", "相談窓口が分かれている", ""), List.of("メモ（自由記述）"), List.of("@次回までに窓口を確認"));
            List<List<String>> two = texts(wb.getSheet("テーブル 2"));
            assertThat(two.get(0).get(0)).startsWith("テーブル 2（支援計画マトリクス・演習シナリオ");
            assertThat(two).contains(List.of("役割", "入居前", "入居中", "退去後"));
            assertThat(two).anySatisfy(r -> assertThat(r).hasSize(4).element(2).isEqualTo("訪問で見守る"));
            // readable without resizing: long text columns are wider than short ones, none at Excel's default
            assertThat(issues.getColumnWidth(2)).isGreaterThan(issues.getColumnWidth(1)).isGreaterThan(issues.getColumnWidth(4));
            assertThat(issues.getColumnWidth(4)).isGreaterThan(wb.getSheet("次第").getDefaultColumnWidth() * 256);
        }
    }

    /** Every row's cells as the spreadsheet shows them (numbers without decimals), trailing blanks left off. */
    static List<List<String>> texts(Sheet sheet) {
        DataFormatter f = new DataFormatter(java.util.Locale.JAPAN);
        List<List<String>> out = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                cells.add(row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c)));
            }
            out.add(cells);
        }
        return out;
    }

    @Test
    void another_facilitator_cannot_download_the_record_workbook_and_an_admin_can() {
        as("facilitator-groups", jp.banso.security.AppRoles.FACILITATOR);
        WorkshopSession s = newSession();
        join(s, "甲", Affiliation.HOUSING, "", "");
        as("someone-else", jp.banso.security.AppRoles.FACILITATOR);
        assertThatThrownBy(() -> groups.recordXlsx(s.id())).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        as("an-admin", jp.banso.security.AppRoles.ADMIN);
        assertThat(groups.recordXlsx(s.id())).startsWith(0x50, 0x4B); // a zip: PK
    }
}
