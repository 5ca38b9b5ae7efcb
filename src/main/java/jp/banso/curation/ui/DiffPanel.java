package jp.banso.curation.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.banso.base.markdown.SafeMarkdown;
import jp.banso.curation.RevisionDiff;
import jp.banso.library.ArticleKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/**
 * What changed between two versions: the front matter as a table (field, before, after), then each changed
 * section, rendered as readers will see it (tables as tables) or, after a switch, as its Markdown source.
 * Insertions are {@code <ins>} (green, underlined), deletions {@code <del>} (red, struck through), each
 * with a visually hidden 「追加:」/「削除:」 so screen readers say it too; colour is never the only cue.
 * Article text only ever reaches the page as escaped text or through {@link SafeMarkdown}.
 */
class DiffPanel extends Div {

    // Private-use characters mark insertions and deletions through Markdown rendering; article text is
    // stripped of them first, so only these marks become <ins>/<del>.
    private static final char INS_OPEN = '\uE000';
    private static final char INS_CLOSE = '\uE001';
    private static final char DEL_OPEN = '\uE002';
    private static final char DEL_CLOSE = '\uE003';
    private static final Pattern MARKS = Pattern.compile("[\uE000-\uE003]");
    /** Markdown syntax at a line start (heading, list item, quote) stays outside a mark, or it stops working. */
    private static final Pattern LINE_PREFIX = Pattern.compile("^(\\s*(?:#{1,6}\\s+|[-*+]\\s+|\\d+[.)]\\s+|>\\s*)*)");
    private static final Pattern TABLE_RULE = Pattern.compile("\\s*:?-{3,}:?\\s*");

    final Button modeToggle = new Button();
    final Div fieldTable = new Div();
    final Div sectionList = new Div();
    private boolean source;
    private RevisionDiff shown;
    private boolean includeUnchanged;

    DiffPanel() {
        addClassName("diff-panel");
        modeToggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        modeToggle.addClassName("diff-mode");
        modeToggle.addClickListener(e -> {
            source = !source;
            render();
        });
        fieldTable.addClassName("diff-fields");
        sectionList.addClassName("diff-sections");
        add(modeToggle, fieldTable, sectionList);
    }

    void show(RevisionDiff diff, boolean includeUnchanged) {
        this.shown = diff;
        this.includeUnchanged = includeUnchanged;
        render();
    }

    boolean showsSource() {
        return source;
    }

    private void render() {
        fieldTable.removeAll();
        sectionList.removeAll();
        modeToggle.setText(getTranslation(source ? "diff.showRendered" : "diff.showSource"));
        modeToggle.getElement().setAttribute("aria-pressed", String.valueOf(source));
        if (shown == null) {
            return;
        }
        if (!shown.hasChanges()) {
            modeToggle.setVisible(false);
            sectionList.add(new Paragraph(getTranslation("diff.none")));
            return;
        }
        modeToggle.setVisible(true);
        if (shown.newArticle()) {
            Paragraph lead = new Paragraph(getTranslation("diff.newArticle"));
            lead.addClassName("diff-new-article");
            sectionList.add(lead);
        }
        if (!shown.fields().isEmpty()) {
            fieldTable.getElement().appendChild(fieldsTable(shown.fields()));
        }
        int unchanged = 0;
        for (RevisionDiff.SectionDiff s : shown.sections()) {
            if (s.change() == RevisionDiff.Change.UNCHANGED && !includeUnchanged) {
                unchanged++;
                continue;
            }
            Div block = new Div();
            block.addClassNames("diff-section", "diff-" + s.change().name().toLowerCase());
            Span label = new Span(getTranslation("diff.change." + s.change().name()));
            label.addClassNames("diff-change-label", "diff-change-" + s.change().name().toLowerCase());
            block.add(label);
            if (source) {
                Div text = new Div();
                text.addClassName("diff-source");
                for (RevisionDiff.Segment seg : s.segments()) {
                    text.getElement().appendChild(segment(seg));
                }
                block.add(text);
            } else {
                block.add(new Html(renderedHtml(s.segments(), getTranslation("diff.inserted"), getTranslation("diff.deleted"))));
            }
            sectionList.add(block);
        }
        if (unchanged > 0) {
            Paragraph p = new Paragraph(getTranslation("diff.unchangedSections", unchanged));
            p.addClassName("diff-unchanged-note");
            sectionList.add(p);
        }
    }

    private Element fieldsTable(List<RevisionDiff.FieldChange> fields) {
        Element table = new Element("table");
        table.setAttribute("class", "diff-field-table");
        Element caption = new Element("caption");
        caption.setText(getTranslation("diff.frontMatter"));
        Element head = new Element("tr");
        for (String h : List.of("diff.col.field", "diff.col.before", "diff.col.after")) {
            Element th = new Element("th");
            th.setAttribute("scope", "col");
            th.setText(getTranslation(h));
            head.appendChild(th);
        }
        Element thead = new Element("thead");
        thead.appendChild(head);
        Element tbody = new Element("tbody");
        for (RevisionDiff.FieldChange f : fields) {
            Element tr = new Element("tr");
            Element th = new Element("th");
            th.setAttribute("scope", "row");
            th.setText(getTranslation("diff.field." + f.field()));
            Element before = new Element("td");
            Element after = new Element("td");
            if (!f.before().isEmpty()) {
                before.appendChild(segment(new RevisionDiff.Segment(RevisionDiff.SegmentKind.DELETED, value(f.field(), f.before()))));
            }
            if (!f.after().isEmpty()) {
                after.appendChild(segment(new RevisionDiff.Segment(RevisionDiff.SegmentKind.INSERTED, value(f.field(), f.after()))));
            }
            tr.appendChild(th, before, after);
            tbody.appendChild(tr);
        }
        table.appendChild(caption, thead, tbody);
        return table;
    }

    private String value(String field, String raw) {
        if (field.equals("kind")) {
            try {
                return getTranslation(ArticleKind.parse(raw).messageKey());
            } catch (IllegalArgumentException e) {
                return raw;
            }
        }
        return raw;
    }

    /** One segment as text: plain, or inside {@code <ins>}/{@code <del>} with its spoken prefix. */
    private Element segment(RevisionDiff.Segment seg) {
        if (seg.kind() == RevisionDiff.SegmentKind.SAME) {
            return new Element("span").setText(seg.text());
        }
        boolean ins = seg.kind() == RevisionDiff.SegmentKind.INSERTED;
        Element mark = new Element(ins ? "ins" : "del");
        mark.setAttribute("class", ins ? "diff-ins" : "diff-del");
        Element hidden = new Element("span");
        hidden.setAttribute("class", "visually-hidden");
        hidden.setText(getTranslation(ins ? "diff.inserted" : "diff.deleted") + ":");
        Element text = new Element("span");
        text.setText(seg.text());
        mark.appendChild(hidden, text);
        return mark;
    }

    /**
     * The section rendered from Markdown with both versions' text, deletions and insertions marked. Marks are
     * cut at line ends and table cell borders so that they never span two blocks or two cells.
     */
    static String renderedHtml(List<RevisionDiff.Segment> segments, String insertedLabel, String deletedLabel) {
        StringBuilder md = new StringBuilder();
        for (RevisionDiff.Segment seg : segments) {
            String text = MARKS.matcher(seg.text()).replaceAll("");
            if (seg.kind() == RevisionDiff.SegmentKind.SAME) {
                md.append(text);
                continue;
            }
            boolean ins = seg.kind() == RevisionDiff.SegmentKind.INSERTED;
            StringBuilder piece = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '|') {
                    flush(md, piece, ins);
                    md.append(c);
                } else {
                    piece.append(c);
                }
            }
            flush(md, piece, ins);
        }
        String html = SafeMarkdown.toHtml(md.toString());
        String ins = "<ins class=\"diff-ins\"><span class=\"visually-hidden\">" + Entities.escape(insertedLabel) + ":</span>";
        String del = "<del class=\"diff-del\"><span class=\"visually-hidden\">" + Entities.escape(deletedLabel) + ":</span>";
        html = html.replace(String.valueOf(INS_OPEN), ins).replace(String.valueOf(INS_CLOSE), "</ins>")
                .replace(String.valueOf(DEL_OPEN), del).replace(String.valueOf(DEL_CLOSE), "</del>");
        // a mark that crossed an inline element (emphasis, a link) is closed and reopened by the parser
        var body = Jsoup.parseBodyFragment(html);
        body.outputSettings().prettyPrint(false); // pretty printing puts spaces between 3, 5 and 6 of 計356名
        return "<div class=\"markdown diff-rendered\">" + body.body().html() + "</div>";
    }

    private static void flush(StringBuilder md, StringBuilder piece, boolean ins) {
        if (piece.isEmpty()) {
            return;
        }
        String p = piece.toString();
        piece.setLength(0);
        boolean lineStart = md.isEmpty() || md.charAt(md.length() - 1) == '\n';
        if (lineStart) {
            Matcher m = LINE_PREFIX.matcher(p);
            if (m.find() && m.end() > 0) {
                md.append(p, 0, m.end());
                p = p.substring(m.end());
            }
        }
        if (p.isBlank() || TABLE_RULE.matcher(p).matches()) {
            md.append(p);
            return;
        }
        // leading and trailing spaces stay outside: Markdown ignores them at cell and line edges anyway
        int start = 0;
        int end = p.length();
        while (start < end && Character.isWhitespace(p.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(p.charAt(end - 1))) {
            end--;
        }
        md.append(p, 0, start).append(ins ? INS_OPEN : DEL_OPEN).append(p, start, end)
                .append(ins ? INS_CLOSE : DEL_CLOSE).append(p.substring(end));
    }
}
