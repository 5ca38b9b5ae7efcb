package jp.banso.curation;

import java.util.List;

/**
 * Two versions compared section by section (matched by anchor; the front matter counts as one section
 * with an empty anchor), each changed section with a character-level diff (right for Japanese, which has
 * no spaces between words).
 */
public record RevisionDiff(int fromNumber, int toNumber, List<SectionDiff> sections) {

    public enum Change { ADDED, REMOVED, CHANGED, UNCHANGED }

    public enum SegmentKind { SAME, INSERTED, DELETED }

    public record Segment(SegmentKind kind, String text) {
    }

    public record SectionDiff(String anchor, String title, Change change, List<Segment> segments) {
    }

    public boolean hasChanges() {
        return sections.stream().anyMatch(s -> s.change() != Change.UNCHANGED);
    }
}
