package jp.banso.curation.ui;

import jp.banso.curation.ArticleSource;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.Stream;
import jp.banso.KaribuTest;
import jp.banso.curation.ArticleEditingService;
import jp.banso.library.ArticleKind;
import jp.banso.library.ArticleService;
import jp.banso.library.ArticleStatus;
import jp.banso.curation.CurationItem;
import jp.banso.security.AppRoles;
import jp.banso.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The editor, review queue, diff and conflict views, driven like a person would, on the real database. */
class CurationViewsTest extends KaribuTest {

    @Autowired
    ArticleEditingService editing;
    @Autowired
    ArticleService library;

    static Stream<Component> descendants(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(CurationViewsTest::descendants));
    }

    private ArticleEditorView newArticle(String slug, String body) {
        UI.getCurrent().navigate("curation/edit");
        ArticleEditorView editor = _get(ArticleEditorView.class);
        editor.slug.setValue(slug);
        editor.title.setValue("画面から作った記事 " + slug);
        editor.kind.setValue(ArticleKind.CASE);
        editor.prefecture.setValue("愛知県");
        editor.municipalities.setValue("岡崎市、豊田市");
        editor.fiscalYear.setValue(2024);
        editor.summary.setValue("画面テスト");
        editor.sections.setValue("## 取組状況 {#status}\n\n" + body + "\n\n## 今後の方向性 {#next}\n\n続ける。\n");
        editor.save.click();
        return _get(ArticleEditorView.class);
    }

    @Test
    void an_adviser_writes_a_draft_with_a_live_preview_and_saves_it() {
        login("view.adviser", AppRoles.ADVISER);
        ArticleEditorView editor = newArticle("view-editor", "**相談窓口**を<script>alert(1)</script>開設した。");
        assertThat(editor.preview.getElement().getOuterHTML()).contains("<strong>相談窓口</strong>")
                .doesNotContain("<script>");
        assertThat(editor.state.getText()).contains("下書き");
        assertThat(editing.open("view-editor").head().source()).contains("**相談窓口**");
        assertThat(library.findPublished("view-editor")).isEmpty();
    }

    @Test
    void an_invalid_text_lists_its_problems_and_keeps_what_was_typed() {
        login("view.adviser", AppRoles.ADVISER);
        UI.getCurrent().navigate("curation/edit");
        ArticleEditorView editor = _get(ArticleEditorView.class);
        editor.slug.setValue("view-invalid");
        editor.title.setValue("");
        editor.kind.setValue(ArticleKind.CASE);
        editor.prefecture.setValue("愛知県");
        editor.sections.setValue("見出しのない本文");
        editor.save.click();
        String problems = editor.problems.getElement().getTextRecursively();
        assertThat(problems).contains("title: required").contains("text before the first ## heading");
        assertThat(editor.sections.getValue()).isEqualTo("見出しのない本文");
    }

    @Test
    void the_review_queue_shows_the_changes_and_a_second_adviser_publishes_with_a_comment() {
        login("view.author", AppRoles.ADVISER);
        ArticleEditorView editor = newArticle("view-review", "最初の本文。");
        editor.submit.click();
        assertThat(editing.open("view-review").state()).isEqualTo(ArticleStatus.IN_REVIEW);

        login("view.reviewer", AppRoles.ADVISER);
        UI.getCurrent().navigate("curation/review");
        ReviewQueueView queue = _get(ReviewQueueView.class);
        CurationItem item = GridKt._findAll(queue.queue).stream().filter(i -> i.article().slug().equals("view-review"))
                .findFirst().orElseThrow();
        queue.queue.select(item);
        assertThat(queue.detail.isVisible()).isTrue();
        assertThat(queue.diff.getElement().getTextRecursively()).contains("最初の本文。");
        queue.comment.setValue("出典を確認しました");
        queue.publish.click();
        assertThat(library.findPublished("view-review")).isPresent();
        assertThat(editing.open("view-review").reviews().get(0).comment()).isEqualTo("出典を確認しました");
    }

    @Test
    void an_adviser_archives_a_published_article_after_confirming_and_it_leaves_the_library() {
        login("view.author", AppRoles.ADVISER);
        newArticle("view-archive", "公開してから取り下げる記事。").submit.click();
        login("view.reviewer", AppRoles.ADVISER);
        editing.publish("view-archive", editing.open("view-archive").head().id(), "確認済み");
        assertThat(library.findPublished("view-archive")).isPresent();

        UI.getCurrent().navigate("curation");
        CurationView view = _get(CurationView.class);
        List<CurationItem> rows = GridKt._findAll(view.articles);
        int row = rows.indexOf(rows.stream().filter(r -> r.article().slug().equals("view-archive")).findFirst().orElseThrow());
        var archive = (com.vaadin.flow.component.button.Button) GridKt._getCellComponent(view.articles, row, "archive");
        archive.click();
        assertThat(library.findPublished("view-archive")).as("nothing happens before the confirmation").isPresent();
        view.archiveConfirm.click();
        assertThat(library.findPublished("view-archive")).isEmpty();
        assertThat(editing.open("view-archive").state()).isEqualTo(ArticleStatus.ARCHIVED);
    }

    @Test
    void the_history_view_diffs_two_versions_at_character_level() {
        login("view.adviser", AppRoles.ADVISER);
        ArticleEditorView editor = newArticle("view-history", "空き家を活用した。");
        editor.sections.setValue(editor.sections.getValue().replace("空き家を活用した。", "空き家を大いに活用した。"));
        editor.save.click();
        UI.getCurrent().navigate("curation/history/view-history");
        RevisionHistoryView history = _get(RevisionHistoryView.class);
        assertThat(GridKt._size(history.revisions)).isEqualTo(2);
        assertThat(history.from.getValue()).isEqualTo(1);
        assertThat(history.to.getValue()).isEqualTo(2);
        var inserted = descendants(history.diff).filter(Span.class::isInstance).map(Span.class::cast)
                .filter(s -> "diff-ins".equals(s.getElement().getAttribute("class"))).map(Span::getText).toList();
        assertThat(inserted).containsExactly("大いに");
    }

    @Test
    void saving_over_a_newer_version_opens_the_conflict_dialog_with_both_texts() {
        login("view.first", AppRoles.ADVISER);
        newArticle("view-conflict", "元の文。");
        UI.getCurrent().navigate("curation/edit/view-conflict");
        ArticleEditorView mine = _get(ArticleEditorView.class);
        // a colleague saves meanwhile, from their own screen
        login("view.second", AppRoles.ADVISER);
        var head = editing.open("view-conflict").head();
        var doc = head.document();
        editing.saveDraft("view-conflict", head.id(), jp.banso.curation.ArticleSource.compose(doc.meta(),
                jp.banso.curation.ArticleSource.sectionsMarkdown(doc).replace("元の文。", "同僚の文。")), "");

        login("view.first", AppRoles.ADVISER);
        mine.sections.setValue(mine.sections.getValue().replace("元の文。", "私の文。"));
        mine.save.click();
        assertThat(mine.conflictDialog).isNotNull();
        assertThat(mine.conflictDialog.isOpened()).isTrue();
        String shown = descendants(mine.conflictDialog).filter(c -> c instanceof com.vaadin.flow.component.textfield.TextArea)
                .map(c -> ((com.vaadin.flow.component.textfield.TextArea) c).getValue()).reduce("", String::concat);
        assertThat(shown).contains("同僚の文。").contains("私の文。");
        assertThat(editing.open("view-conflict").head().source()).contains("同僚の文。").doesNotContain("私の文。");

        mine.conflictKeepMine.click();
        assertThat(editing.open("view-conflict").head().source()).contains("私の文。");
        assertThat(editing.history("view-conflict")).hasSize(3);
    }

    @Test
    void staff_and_anonymous_visitors_cannot_open_the_editor() {
        UI.getCurrent().navigate("curation/edit");
        _get(LoginView.class);
        _assertNone(ArticleEditorView.class);
        login("view.staff", AppRoles.STAFF);
        UI.getCurrent().navigate("curation");
        _get(jp.banso.base.ui.AccessDeniedView.class);
        _assertNone(CurationView.class);
    }
}
