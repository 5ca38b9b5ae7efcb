package jp.banso.curation.ui;

import jp.banso.curation.ArticleSource;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Html;
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
import org.jsoup.Jsoup;
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
        assertThat(problems).contains("タイトル: 入力してください。")
                .contains("本文: 1行目: 最初の ## 見出しより前に文章があります").doesNotContain("required");
        assertThat(editor.title.isInvalid()).isTrue();
        assertThat(editor.title.getErrorMessage()).isEqualTo("入力してください。");
        assertThat(editor.sections.isInvalid()).isTrue();
        assertThat(editor.prefecture.isInvalid()).isFalse();
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
        assertThat(renderedMarks(queue.diff, "ins")).contains("最初の本文。");
        assertThat(renderedMarks(queue.diff, "del")).isEmpty();
        assertThat(queue.diff.getElement().getTextRecursively()).doesNotContain("変更なし").contains("新しい記事です");
        assertThat(elementMarks(queue.diff.fieldTable, "ins")).contains("画面から作った記事 view-review", "岡崎市、豊田市");
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

    /** The texts of the {@code <ins>} or {@code <del>} marks of the rendered view, without their spoken prefix. */
    static List<String> renderedMarks(DiffPanel panel, String tag) {
        String html = descendants(panel).filter(Html.class::isInstance).map(c -> ((Html) c).getInnerHtml())
                .collect(java.util.stream.Collectors.joining());
        var body = Jsoup.parseBodyFragment(html).body();
        body.select(".visually-hidden").remove();
        return body.select(tag).eachText();
    }

    /** The same for the source view and the field table, which are built as elements. */
    static List<String> elementMarks(Component panel, String tag) {
        var body = Jsoup.parseBodyFragment(panel.getElement().getOuterHTML()).body();
        body.select(".visually-hidden").remove();
        return body.select(tag).eachText();
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
        assertThat(renderedMarks(history.diff, "ins")).containsExactly("大いに");
        assertThat(renderedMarks(history.diff, "del")).isEmpty();
    }

    @Test
    void changing_35_to_36_marks_the_5_deleted_and_the_6_inserted_rendered_and_in_the_source() {
        login("view.adviser", AppRoles.ADVISER);
        ArticleEditorView editor = newArticle("view-digits", "| 区分 | 人数 |\n|---|---|\n| 参加者 | 計35名 |");
        editor.sections.setValue(editor.sections.getValue().replace("計35名", "計36名"));
        editor.save.click();
        UI.getCurrent().navigate("curation/history/view-digits");
        RevisionHistoryView history = _get(RevisionHistoryView.class);
        assertThat(history.diff.showsSource()).isFalse();
        assertThat(renderedMarks(history.diff, "del")).containsExactly("5");
        assertThat(renderedMarks(history.diff, "ins")).containsExactly("6");
        String rendered = descendants(history.diff).filter(Html.class::isInstance).map(c -> ((Html) c).getInnerHtml())
                .collect(java.util.stream.Collectors.joining());
        var cell = Jsoup.parseBodyFragment(rendered).select("table td:has(del)").first();
        assertThat(cell).as("the changed number is inside a real table cell").isNotNull();
        assertThat(cell.select("del").text()).isEqualTo("削除:5");
        assertThat(cell.select("ins").text()).isEqualTo("追加:6");

        history.diff.modeToggle.click();
        assertThat(history.diff.showsSource()).isTrue();
        assertThat(elementMarks(history.diff, "del")).containsExactly("5");
        assertThat(elementMarks(history.diff, "ins")).containsExactly("6");
        assertThat(history.diff.getElement().getTextRecursively()).contains("| 参加者 | 計");
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
    void headings_get_anchors_on_saving_and_the_outline_lists_the_sections() {
        login("view.adviser", AppRoles.ADVISER);
        UI.getCurrent().navigate("curation/edit");
        ArticleEditorView editor = _get(ArticleEditorView.class);
        editor.slug.setValue("view-anchors");
        editor.title.setValue("アンカーの記事");
        editor.kind.setValue(ArticleKind.CASE);
        editor.prefecture.setValue("奈良県");
        editor.sections.setValue("## 取組状況\n\n本文。\n\n## 今後の方向性\n\n続ける。\n");
        editor.refreshPreview();
        assertThat(editor.outline.getChildren().map(c -> ((com.vaadin.flow.component.button.Button) c).getText()))
                .containsExactly("取組状況", "今後の方向性");
        editor.save.click();
        String saved = editing.open("view-anchors").head().source();
        assertThat(saved).containsPattern("## 取組状況 \\{#sec-[0-9a-f]{8}\\}").containsPattern("## 今後の方向性 \\{#sec-[0-9a-f]{8}\\}");
        ArticleEditorView reopened = _get(ArticleEditorView.class);
        assertThat(reopened.sections.getValue()).containsPattern("## 取組状況 \\{#sec-[0-9a-f]{8}\\}");
    }

    @Test
    void the_import_view_shows_what_it_filled_in_and_why_a_file_is_refused_in_japanese() {
        login("view.adviser", AppRoles.ADVISER);
        UI.getCurrent().navigate("curation/import");
        ImportView view = _get(ImportView.class);
        assertThat(view.upload.getI18n().getAddFiles().getOne()).isEqualTo("ファイルを選ぶ…");
        assertThat(view.upload.getI18n().getDropFiles().getOne()).isEqualTo("ここにファイルをドロップ");
        view.receive("no-prefecture.md", "---\ntitle: 県のない記事\n---\n\n## 本文\n\nです。\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var row = GridKt._get(view.files, 0);
        assertThat(row.valid()).isFalse();
        String cells = GridKt._getFormattedRow(view.files, 0).toString();
        assertThat(cells).contains("都道府県: 入力してください。").contains("スラッグがないため、ファイル名から「no-prefecture」にしました。")
                .doesNotContain("required");
        assertThat(view.importButton.isEnabled()).isFalse();
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
