package jp.banso.workshop;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.banso.base.i18n.BansoI18NProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The session record as Markdown: agenda, attendance by affiliation (names only of those who agreed),
 * issue-sheet rows by theme with their dots, and every group's worksheet. Also lists words in it that may
 * identify a person (participant names, phone numbers, e-mail addresses, street addresses) for an adviser.
 */
@Component
class SessionRecords {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    /** 0X-XXXX-XXXX with separators, or 10-11 digits starting with 0, not inside a longer number. */
    static final Pattern PHONE = Pattern.compile("(?<![\\d-])(0\\d{1,4}[-‐－(（]\\d{1,4}[-‐－)）]\\d{3,4}|0\\d{9,10})(?![\\d-])");
    static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    static final Pattern ADDRESS = Pattern.compile("(〒\\s?\\d{3}-?\\d{4})|([\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{1,8}[0-9０-９一二三四五六七八九十]+丁目[0-9０-９\\-－]*)|([0-9０-９]+番地?[0-9０-９]*号?)");

    private final WorkshopRepository workshops;
    private final GroupWorkRepository groups;
    private final ObjectProvider<ScenarioCatalog> scenarios;

    SessionRecords(WorkshopRepository workshops, GroupWorkRepository groups, ObjectProvider<ScenarioCatalog> scenarios) {
        this.workshops = workshops;
        this.groups = groups;
        this.scenarios = scenarios;
    }

    static String t(String key, Object... args) {
        return BansoI18NProvider.translate(BansoI18NProvider.JAPANESE, key, args);
    }

    /** What the record says, read once from MariaDB; the Markdown and the workbook both write it. */
    record Content(WorkshopSession session, List<AgendaItem> agenda, int attendees, List<Attendance> attendance,
                   List<ThemeRows> issues, List<TableSheet> tables) {
    }

    /** One affiliation type: how many came, and the names of those who agreed to appear in the record. */
    record Attendance(Affiliation affiliation, int count, List<String> names) {
    }

    /** The issue-sheet rows of one theme (blank rows left out), most votes first. */
    record ThemeRows(String theme, List<BoardRow> rows) {
    }

    /** One group's worksheet: its columns, the rows with any text (cells in column order), and the notes. */
    record TableSheet(int tableNo, Worksheet worksheet, String scenario, List<List<String>> rows, String notes) {
    }

    Content content(WorkshopSession s) {
        List<GroupWorkRepository.Seat> seats = groups.seats(s.id());
        Map<Affiliation, List<GroupWorkRepository.Seat>> byAffiliation = new EnumMap<>(Affiliation.class);
        seats.forEach(x -> byAffiliation.computeIfAbsent(x.participant().affiliation(), k -> new ArrayList<>()).add(x));
        List<Attendance> attendance = new ArrayList<>();
        byAffiliation.forEach((a, list) -> attendance.add(new Attendance(a, list.size(), list.stream()
                .filter(x -> x.nameConsent() && !x.participant().displayName().isBlank())
                .map(x -> line(x.participant().displayName())).toList())));

        List<Theme> themes = workshops.themes(s.id());
        Map<Long, String> themeName = new LinkedHashMap<>();
        themes.forEach(th -> themeName.put(th.id(), th.name()));
        Map<String, List<BoardRow>> byTheme = new LinkedHashMap<>();
        themes.forEach(th -> byTheme.put(th.name(), new ArrayList<>()));
        for (BoardRow r : workshops.boardRows(s.id())) {
            if (r.item().isBlank() && r.content().isBlank() && r.improvement().isBlank()) {
                continue;
            }
            String key = r.themeId() == null || !themeName.containsKey(r.themeId()) ? t("workshop.board.noTheme") : themeName.get(r.themeId());
            byTheme.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<ThemeRows> issues = byTheme.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new ThemeRows(e.getKey(), e.getValue().stream()
                        .sorted(Comparator.comparingInt(BoardRow::votes).reversed()).toList())).toList();

        Map<Long, List<GroupCell>> cells = groups.cellsOfSession(s.id());
        List<TableSheet> tables = new ArrayList<>();
        for (GroupWorkRepository.GroupRow g : groups.groups(s.id())) {
            Map<String, String> text = new LinkedHashMap<>();
            cells.getOrDefault(g.id(), List.of()).forEach(c -> text.put(c.key(), c.text()));
            List<String> cols = g.worksheet().columns();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r < g.rowCount(); r++) {
                int row = r;
                List<String> values = cols.stream().map(c -> text.getOrDefault(row + ":" + c, "")).toList();
                if (values.stream().anyMatch(v -> !v.isBlank())) {
                    rows.add(values);
                }
            }
            String scenario = g.scenarioSlug() == null ? null : scenarios.stream()
                    .flatMap(c -> c.find(g.scenarioSlug()).stream()).map(GroupScenario::title).findFirst()
                    .orElse(g.scenarioSlug());
            tables.add(new TableSheet(g.tableNo(), g.worksheet(), scenario, rows,
                    text.getOrDefault(Worksheet.NOTES_ROW + ":" + Worksheet.NOTES, "")));
        }
        return new Content(s, workshops.agenda(s.id()), seats.size(), attendance, issues, tables);
    }

    String markdown(WorkshopSession s) {
        return markdown(content(s));
    }

    String markdown(Content record) {
        WorkshopSession s = record.session();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(line(s.title())).append("\n\n");
        md.append("- ").append(t("groupwork.record.date")).append("：").append(DATE.format(s.startsAt())).append('\n');
        if (!s.place().isBlank()) {
            md.append("- ").append(t("groupwork.record.place")).append("：").append(line(s.place())).append('\n');
        }
        if (!s.hostMunicipality().isBlank()) {
            md.append("- ").append(t("groupwork.record.host")).append("：").append(line(s.hostMunicipality())).append('\n');
        }
        md.append("\n## ").append(t("groupwork.record.agenda")).append("\n\n");
        if (record.agenda().isEmpty()) {
            md.append(t("groupwork.record.none")).append('\n');
        }
        for (AgendaItem a : record.agenda()) {
            md.append(a.position() + 1).append(". ").append(line(a.title())).append("（").append(a.minutes()).append("分）\n");
        }
        md.append("\n## ").append(t("groupwork.record.attendance")).append("\n\n");
        md.append(t("groupwork.record.total", record.attendees())).append("\n\n");
        for (Attendance a : record.attendance()) {
            md.append("- ").append(t("workshop.affiliation." + a.affiliation().name())).append("：").append(a.count()).append("人");
            if (!a.names().isEmpty()) {
                md.append("（").append(String.join("、", a.names())).append("）");
            }
            md.append('\n');
        }
        md.append("\n## ").append(t("groupwork.record.issues")).append("\n\n");
        if (record.issues().isEmpty()) {
            md.append(t("groupwork.record.none")).append("\n\n");
        }
        for (ThemeRows theme : record.issues()) {
            md.append("### ").append(line(theme.theme())).append("\n\n");
            md.append("| ").append(t("groupwork.col.item")).append(" | ").append(t("groupwork.col.content")).append(" | ")
                    .append(t("groupwork.col.improvement")).append(" | ").append(t("groupwork.record.votes")).append(" |\n|---|---|---|---|\n");
            theme.rows().forEach(r -> md.append("| ").append(cell(r.item())).append(" | ").append(cell(r.content()))
                    .append(" | ").append(cell(r.improvement())).append(" | ").append(r.votes()).append(" |\n"));
            md.append('\n');
        }
        md.append("## ").append(t("groupwork.record.groups")).append("\n\n");
        if (record.tables().isEmpty()) {
            md.append(t("groupwork.record.none")).append("\n\n");
        }
        for (TableSheet g : record.tables()) {
            md.append("### ").append(tableHeading(g)).append("\n\n");
            List<String> cols = g.worksheet().columns();
            md.append("|");
            cols.forEach(c -> md.append(' ').append(t("groupwork.col." + c)).append(" |"));
            md.append("\n|");
            cols.forEach(c -> md.append("---|"));
            md.append('\n');
            for (List<String> row : g.rows()) {
                md.append("|");
                row.forEach(v -> md.append(' ').append(cell(v)).append(" |"));
                md.append('\n');
            }
            if (!g.notes().isBlank()) {
                md.append('\n').append(t("groupwork.col.notes")).append("：").append(cell(g.notes())).append('\n');
            }
            md.append('\n');
        }
        return md.toString();
    }

    /** テーブル 1（課題整理シート・scenario title） */
    static String tableHeading(TableSheet g) {
        return t("groupwork.sheet.table", g.tableNo()) + "（" + t("groupwork.worksheet." + g.worksheet().contentName())
                + (g.scenario() == null ? "" : "・" + line(g.scenario())) + "）";
    }

    /**
     * A case-article draft in the shipped content format: the record's facts under 取組内容と成果, the other
     * sections left for the adviser to write (nothing invented). Lists, not tables or HTML; names removed.
     */
    String caseArticle(WorkshopSession s, String slug) {
        StringBuilder md = new StringBuilder();
        String host = s.hostMunicipality().isBlank() ? "" : line(s.hostMunicipality());
        md.append("---\nslug: ").append(slug).append("\ntitle: ").append(yaml(s.title())).append("（会の記録から）\n")
                .append("kind: case\nprefecture: （要確認）\nmunicipalities: [").append(host.isEmpty() ? "" : yaml(host)).append("]\n")
                .append("fiscal_year: ").append(s.startsAt().getMonthValue() < 4 ? s.startsAt().getYear() - 1 : s.startsAt().getYear())
                .append("\nthemes: [グループワーク]\ntarget_groups: []\nsupport_team: []\n")
                .append("summary: ").append(yaml(DATE.format(s.startsAt()) + "に開いた「" + s.title() + "」の記録から作った下書きです。"))
                .append("\n---\n\n");
        md.append("## これまでの取組状況 {#background}\n\n").append(t("groupwork.draft.adviser")).append("\n\n");
        md.append("## 取組内容と成果 {#activities}\n\n");
        md.append("### ").append(line(s.title())).append("（").append(DATE.format(s.startsAt())).append("） {#activities-1}\n\n");
        Content record = content(s);
        for (AgendaItem a : record.agenda()) {
            md.append("- ").append(line(a.title())).append("（").append(a.minutes()).append("分）\n");
        }
        md.append("\n**参加者**：").append(record.attendees()).append("人（");
        md.append(String.join("、", record.attendance().stream()
                .map(a -> t("workshop.affiliation." + a.affiliation().name()) + " " + a.count() + "人").toList()));
        md.append("）\n\n");
        md.append("**出された課題（投票の多い順）**\n\n");
        record.issues().stream().flatMap(th -> th.rows().stream()).filter(r -> !r.content().isBlank() || !r.item().isBlank())
                .sorted(Comparator.comparingInt(BoardRow::votes).reversed()).limit(20)
                .forEach(r -> md.append("- ").append(line(r.item().isBlank() ? r.content() : r.item() + "：" + r.content()))
                        .append(r.votes() > 0 ? "（" + r.votes() + "票）" : "").append('\n'));
        for (TableSheet g : record.tables()) {
            md.append("\n**").append(t("groupwork.sheet.table", g.tableNo())).append("**\n\n");
            List<String> cols = g.worksheet().columns();
            List<String> texts = new ArrayList<>();
            // what the group wrote, without the row labels (roles, items) that only name the row
            g.rows().forEach(row -> {
                for (int c = 0; c < cols.size(); c++) {
                    if (!cols.get(c).equals("role") && !cols.get(c).equals("item")) {
                        texts.add(row.get(c));
                    }
                }
            });
            texts.add(g.notes());
            texts.stream().filter(x -> !x.isBlank()).forEach(x -> md.append("- ").append(line(x)).append('\n'));
        }
        md.append("\n## 今後の方向性 {#next-steps}\n\n").append(t("groupwork.draft.adviser")).append('\n');
        return md.toString();
    }

    /** A plain YAML scalar as the shipped files write them: ASCII syntax characters become full-width. */
    private static String yaml(String s) {
        return line(s).replace(":", "：").replace("#", "＃").replace("[", "［").replace("]", "］").replace("{", "｛")
                .replace("}", "｝").replace(",", "，").replace("'", "’").replace("\"", "”").strip();
    }

    /** Words that may identify a person: every participant's name, phone numbers, e-mail and street addresses. */
    Set<String> identifyingWords(long sessionId, String text) {
        Set<String> out = new LinkedHashSet<>();
        for (GroupWorkRepository.Seat s : groups.seats(sessionId)) {
            String name = s.participant().displayName().strip();
            if (!name.isEmpty() && text.contains(name)) {
                out.add(name);
            }
        }
        for (Pattern p : List.of(PHONE, EMAIL, ADDRESS)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                out.add(m.group());
            }
        }
        return out;
    }

    /** The record without any participant's name (for the case article draft). */
    String withoutNames(long sessionId, String text) {
        String out = text;
        for (GroupWorkRepository.Seat s : groups.seats(sessionId)) {
            String name = s.participant().displayName().strip();
            if (!name.isEmpty()) {
                out = out.replace(name, t("groupwork.record.someone"));
            }
        }
        return out;
    }

    static String line(String s) {
        return s.replaceAll("[\\r\\n]+", " ");
    }

    /** A Markdown table cell: pipes escaped, line breaks as <br>. */
    static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replaceAll("\\r?\\n", "<br>");
    }
}
