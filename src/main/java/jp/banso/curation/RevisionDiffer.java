package jp.banso.curation;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.banso.curation.RevisionDiff.Change;
import jp.banso.curation.RevisionDiff.FieldChange;
import jp.banso.curation.RevisionDiff.Segment;
import jp.banso.curation.RevisionDiff.SegmentKind;
import jp.banso.library.ArticleDocument;
import jp.banso.library.ArticleMetadata;
import jp.banso.library.ArticleSection;

/**
 * Compares two versions. Lines first (cheap, and long sections mostly change in a few lines), then tokens
 * inside each changed block of lines. Japanese has no spaces between words, so every CJK character (and
 * every digit: 35名→36名 must show 5→6, not the whole number) is a token of its own; runs of Latin letters
 * stay whole words so English text does not light up letter by letter.
 */
final class RevisionDiffer {

    private RevisionDiffer() {
    }

    /** {@code from} null: a new article, all of it inserted. */
    static RevisionDiff diff(int fromNumber, ArticleDocument from, int toNumber, ArticleDocument to) {
        Map<String, String[]> old = from == null ? Map.of() : texts(from);
        Map<String, String[]> neu = texts(to);
        List<RevisionDiff.SectionDiff> out = new ArrayList<>();
        for (Map.Entry<String, String[]> e : neu.entrySet()) {
            String[] before = old.get(e.getKey());
            String[] after = e.getValue();
            if (before == null) {
                out.add(new RevisionDiff.SectionDiff(e.getKey(), after[0], Change.ADDED,
                        List.of(new Segment(SegmentKind.INSERTED, after[1]))));
            } else if (Objects.equals(before[1], after[1])) {
                out.add(new RevisionDiff.SectionDiff(e.getKey(), after[0], Change.UNCHANGED,
                        List.of(new Segment(SegmentKind.SAME, after[1]))));
            } else {
                out.add(new RevisionDiff.SectionDiff(e.getKey(), after[0], Change.CHANGED, segments(before[1], after[1])));
            }
        }
        for (Map.Entry<String, String[]> e : old.entrySet()) {
            if (!neu.containsKey(e.getKey())) {
                out.add(new RevisionDiff.SectionDiff(e.getKey(), e.getValue()[0], Change.REMOVED,
                        List.of(new Segment(SegmentKind.DELETED, e.getValue()[1]))));
            }
        }
        return new RevisionDiff(fromNumber, toNumber, from == null, fields(from == null ? null : from.meta(), to.meta()), out);
    }

    /** The front matter field by field, in the file's order; only fields whose value differs. */
    static List<FieldChange> fields(ArticleMetadata before, ArticleMetadata after) {
        Map<String, String> a = before == null ? Map.of() : values(before);
        List<FieldChange> out = new ArrayList<>();
        values(after).forEach((field, value) -> {
            String old = a.getOrDefault(field, "");
            if (!old.equals(value)) {
                out.add(new FieldChange(field, old, value));
            }
        });
        return out;
    }

    private static Map<String, String> values(ArticleMetadata m) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("slug", m.slug());
        v.put("title", m.title());
        v.put("kind", m.kind() == null ? "" : m.kind().name());
        v.put("prefecture", m.prefecture());
        v.put("municipalities", String.join("、", m.municipalities()));
        v.put("fiscal_year", m.fiscalYear() == null ? "" : m.fiscalYear().toString());
        v.put("themes", String.join("、", m.themes()));
        v.put("target_groups", String.join("、", m.targetGroups()));
        v.put("support_team", String.join("、", m.supportTeam()));
        v.put("summary", m.summary() == null ? "" : m.summary());
        return v;
    }

    /** anchor → {title, text compared}; the heading line is part of the text so renamed headings show. */
    private static Map<String, String[]> texts(ArticleDocument doc) {
        Map<String, String[]> m = new LinkedHashMap<>();
        for (ArticleSection s : doc.sections()) {
            m.put(s.anchor(), new String[] {s.title(), "#".repeat(s.level()) + " " + s.title() + "\n\n" + s.body() + "\n"});
        }
        return m;
    }

    static List<Segment> segments(String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Segment> out = new ArrayList<>();
        int pos = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            add(out, SegmentKind.SAME, String.join("", a.subList(pos, d.getSource().getPosition())));
            String src = String.join("", d.getSource().getLines());
            String tgt = String.join("", d.getTarget().getLines());
            if (src.isEmpty() || tgt.isEmpty()) {
                add(out, SegmentKind.DELETED, src);
                add(out, SegmentKind.INSERTED, tgt);
            } else {
                tokens(out, src, tgt);
            }
            pos = d.getSource().getPosition() + d.getSource().size();
        }
        add(out, SegmentKind.SAME, String.join("", a.subList(pos, a.size())));
        return out;
    }

    private static void tokens(List<Segment> out, String src, String tgt) {
        List<String> a = tokenize(src);
        List<String> b = tokenize(tgt);
        Patch<String> patch = DiffUtils.diff(a, b);
        int pos = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            add(out, SegmentKind.SAME, String.join("", a.subList(pos, d.getSource().getPosition())));
            add(out, SegmentKind.DELETED, String.join("", d.getSource().getLines()));
            add(out, SegmentKind.INSERTED, String.join("", d.getTarget().getLines()));
            pos = d.getSource().getPosition() + d.getSource().size();
        }
        add(out, SegmentKind.SAME, String.join("", a.subList(pos, a.size())));
    }

    /** Runs of ASCII letters are one token; every other code point (CJK, kana, digits, punctuation) is one. */
    static List<String> tokenize(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int end = i + Character.charCount(cp);
            if (isLatinLetter(cp)) {
                while (end < s.length() && isLatinLetter(s.charAt(end))) {
                    end++;
                }
            }
            out.add(s.substring(i, end));
            i = end;
        }
        return out;
    }

    private static boolean isLatinLetter(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    }

    /** Lines keep their newline so joining segments gives the texts back exactly. */
    private static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                out.add(s.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < s.length()) {
            out.add(s.substring(start));
        }
        return out;
    }

    private static void add(List<Segment> out, SegmentKind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).kind() == kind) {
            Segment last = out.remove(out.size() - 1);
            out.add(new Segment(kind, last.text() + text));
        } else {
            out.add(new Segment(kind, text));
        }
    }
}
