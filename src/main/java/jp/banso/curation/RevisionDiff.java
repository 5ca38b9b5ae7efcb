package jp.banso.curation;

import java.util.List;

/**
 * Two versions compared: the front matter field by field, and the sections (matched by anchor) each with
 * a word/character-level diff of its Markdown (characters for Japanese and digits, whole words for runs of
 * Latin letters). A new article ({@code newArticle}) is compared with nothing: every field and section is new.
 */
public record RevisionDiff(int fromNumber, int toNumber, boolean newArticle, List<FieldChange> fields,
                           List<SectionDiff> sections) {

    public RevisionDiff {
        fields = List.copyOf(fields);
        sections = List.copyOf(sections);
    }

    public enum Change { ADDED, REMOVED, CHANGED, UNCHANGED }

    public enum SegmentKind { SAME, INSERTED, DELETED }

    public record Segment(SegmentKind kind, String text) {
    }

    /**
     * One front-matter field whose value differs; {@code field} is the key of the file format (title, kind,
     * municipalities, ...), values as written (lists joined with 、, an empty string for none).
     */
    public record FieldChange(String field, String before, String after) {
    }

    public record SectionDiff(String anchor, String title, Change change, List<Segment> segments) {

        public SectionDiff {
            segments = List.copyOf(segments);
        }
    }

    public boolean hasChanges() {
        return newArticle || !fields.isEmpty() || sections.stream().anyMatch(s -> s.change() != Change.UNCHANGED);
    }
}
