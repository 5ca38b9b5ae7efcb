package jp.banso.curation;

import jp.banso.library.ArticleDocument;
import jp.banso.library.ArticleSection;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.banso.curation.RevisionDiff.Change;
import jp.banso.curation.RevisionDiff.Segment;
import jp.banso.curation.RevisionDiff.SegmentKind;

/**
 * Section-by-section diff. Lines first (cheap, and long sections mostly change in a few lines), then
 * characters inside each changed block of lines, since Japanese has no word boundaries to split on.
 */
final class RevisionDiffer {

    static final String FRONT_MATTER = "";

    private RevisionDiffer() {
    }

    static RevisionDiff diff(int fromNumber, ArticleDocument from, int toNumber, ArticleDocument to) {
        Map<String, String[]> old = texts(from);
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
        return new RevisionDiff(fromNumber, toNumber, out);
    }

    /** anchor → {title, text compared}; the heading line is part of the text so renamed headings show. */
    private static Map<String, String[]> texts(ArticleDocument doc) {
        Map<String, String[]> m = new LinkedHashMap<>();
        String md = doc.toMarkdown();
        m.put(FRONT_MATTER, new String[] {"front matter", md.substring(0, md.indexOf("\n---\n", 3) + 5)});
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
                characters(out, src, tgt);
            }
            pos = d.getSource().getPosition() + d.getSource().size();
        }
        add(out, SegmentKind.SAME, String.join("", a.subList(pos, a.size())));
        return out;
    }

    private static void characters(List<Segment> out, String src, String tgt) {
        List<String> a = codePoints(src);
        List<String> b = codePoints(tgt);
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

    private static List<String> codePoints(String s) {
        return s.codePoints().mapToObj(Character::toString).toList();
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
