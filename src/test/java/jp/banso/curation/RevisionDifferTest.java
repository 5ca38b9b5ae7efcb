package jp.banso.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.banso.curation.RevisionDiff.Change;
import jp.banso.curation.RevisionDiff.Segment;
import jp.banso.curation.RevisionDiff.SegmentKind;
import jp.banso.library.ArticleDocument;
import org.junit.jupiter.api.Test;

class RevisionDifferTest {

    static ArticleDocument doc(String title, String body) {
        return ArticleDocument.parse("""
                ---
                slug: differ
                title: '%s'
                kind: case
                prefecture: 奈良県
                municipalities: [奈良市]
                fiscal_year: 2024
                themes: []
                target_groups: []
                support_team: []
                summary: ''
                ---

                ## 参加者 {#people}

                %s
                """.formatted(title, body));
    }

    static List<Segment> changes(RevisionDiff d) {
        return d.sections().stream().flatMap(s -> s.segments().stream()).filter(s -> s.kind() != SegmentKind.SAME).toList();
    }

    @Test
    void a_changed_digit_in_japanese_text_is_one_deleted_and_one_inserted_character() {
        RevisionDiff d = RevisionDiffer.diff(1, doc("t", "研修会には計35名が参加した。"), 2, doc("t", "研修会には計36名が参加した。"));
        assertThat(changes(d)).containsExactly(new Segment(SegmentKind.DELETED, "5"), new Segment(SegmentKind.INSERTED, "6"));
        assertThat(d.fields()).isEmpty();
    }

    @Test
    void inserted_japanese_words_are_marked_as_the_characters_added() {
        RevisionDiff d = RevisionDiffer.diff(1, doc("t", "空き家を活用した。"), 2, doc("t", "空き家を積極的に活用した。"));
        assertThat(changes(d)).containsExactly(new Segment(SegmentKind.INSERTED, "積極的に"));
    }

    @Test
    void latin_words_change_as_whole_words_not_letter_by_letter() {
        RevisionDiff d = RevisionDiffer.diff(1, doc("t", "the support plan works"), 2, doc("t", "the support program works"));
        assertThat(changes(d)).containsExactly(new Segment(SegmentKind.DELETED, "plan"), new Segment(SegmentKind.INSERTED, "program"));
    }

    @Test
    void a_new_article_is_all_insertions_with_every_field_new() {
        ArticleDocument d = doc("新しい記事", "本文。");
        RevisionDiff diff = RevisionDiffer.diff(0, null, 1, d);
        assertThat(diff.newArticle()).isTrue();
        assertThat(diff.hasChanges()).isTrue();
        assertThat(diff.sections()).extracting(RevisionDiff.SectionDiff::change).containsOnly(Change.ADDED);
        assertThat(diff.sections()).flatExtracting(RevisionDiff.SectionDiff::segments).extracting(Segment::kind)
                .containsOnly(SegmentKind.INSERTED);
        assertThat(diff.fields()).extracting(RevisionDiff.FieldChange::before).containsOnly("");
        assertThat(diff.fields()).contains(new RevisionDiff.FieldChange("title", "", "新しい記事"),
                new RevisionDiff.FieldChange("municipalities", "", "奈良市"));
    }

    @Test
    void front_matter_changes_are_listed_field_by_field_and_only_the_changed_ones() {
        RevisionDiff d = RevisionDiffer.diff(1, doc("旧題", "同じ。"), 2, doc("新題", "同じ。"));
        assertThat(d.fields()).containsExactly(new RevisionDiff.FieldChange("title", "旧題", "新題"));
        assertThat(d.sections()).extracting(RevisionDiff.SectionDiff::change).containsOnly(Change.UNCHANGED);
    }
}
