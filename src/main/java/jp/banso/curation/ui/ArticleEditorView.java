package jp.banso.curation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Nav;
import jp.banso.library.FormatProblem;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.banso.base.markdown.SafeMarkdown;
import jp.banso.library.ArticleDocument;
import jp.banso.curation.ArticleEditingService;
import jp.banso.library.ArticleFormatException;
import jp.banso.library.ArticleKind;
import jp.banso.library.ArticleLimits;
import jp.banso.library.ArticleMetadata;
import jp.banso.curation.ArticleReview;
import jp.banso.curation.ArticleRevision;
import jp.banso.library.ArticleSection;
import jp.banso.curation.ArticleSource;
import jp.banso.library.ArticleStatus;
import jp.banso.curation.Attachment;
import jp.banso.curation.CurationException;
import jp.banso.curation.CurationLimits;
import jp.banso.curation.EditConflictException;
import jp.banso.curation.EditableArticle;
import jp.banso.curation.TaxonomyType;
import jp.banso.security.AppRoles;

/**
 * The article editor: metadata form, the sections as Markdown with a live preview, attachments, and the
 * workflow buttons. Saving names the version the editor started from; a newer one opens the conflict dialog.
 */
@Route("curation/edit/:slug?")
@RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
public class ArticleEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The sections a new article starts with: content, so it lives in a file (curation/new-article.md), not in code. */
    static final String NEW_ARTICLE_TEMPLATE = newArticleTemplate();

    private static String newArticleTemplate() {
        try (java.io.InputStream in = ArticleEditorView.class.getResourceAsStream("/curation/new-article.md")) {
            if (in == null) {
                throw new IllegalStateException("curation/new-article.md is missing from the classpath");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    final TextField slug = new TextField();
    final TextField title = new TextField();
    final Select<ArticleKind> kind = new Select<>();
    final TextField prefecture = new TextField();
    final TextField municipalities = new TextField();
    final IntegerField fiscalYear = new IntegerField();
    final MultiSelectComboBox<String> themes = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> targetGroups = new MultiSelectComboBox<>();
    final TextArea supportTeam = new TextArea();
    final TextArea summary = new TextArea();
    final TextArea sections = new TextArea();
    final TextField note = new TextField();
    final Div preview = new Div();
    /** The sections of the text as buttons: a click moves the editor and the preview to that heading. */
    final Nav outline = new Nav();
    final UnorderedList problems = new UnorderedList();
    final Button save = new Button();
    final Button submit = new Button();
    final Button history = new Button();
    final Span state = new Span();
    final UnorderedList attachmentList = new UnorderedList();
    final Upload attachmentUpload;
    final Div reviews = new Div();
    /** Open while a save met a newer version; package-private for tests. */
    Dialog conflictDialog;
    Button conflictKeepMine;
    Button conflictTakeTheirs;

    private final transient ArticleEditingService editing;
    private EditableArticle current;
    private long baseRevisionId;

    public ArticleEditorView(ArticleEditingService editing) {
        this.editing = editing;
        addClassName("article-editor-view");
        UI ui = UI.getCurrent();
        attachmentUpload = new Upload(UploadHandler.inMemory((meta, data) -> ui.access(() -> receiveAttachment(meta.fileName(), data))));
        attachmentUpload.setMaxFileSize((int) CurationLimits.ATTACHMENT_MAX_BYTES);
        attachmentUpload.setAcceptedFileTypes(".pdf", ".png", ".jpg", ".jpeg", ".gif", ".webp");
        jp.banso.base.ui.UploadTexts.translate(attachmentUpload);
        buildForm();
    }

    private void buildForm() {
        slug.setLabel(getTranslation("editor.slug"));
        slug.setHelperText(getTranslation("editor.slug.help"));
        slug.setMaxLength(ArticleLimits.SLUG_MAX);
        slug.setPattern(ArticleLimits.SLUG_PATTERN);
        title.setLabel(getTranslation("editor.title"));
        title.setMaxLength(ArticleLimits.TITLE_MAX);
        title.setRequired(true);
        kind.setLabel(getTranslation("editor.kind"));
        kind.setItems(ArticleKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        prefecture.setLabel(getTranslation("editor.prefecture"));
        prefecture.setMaxLength(ArticleLimits.PREFECTURE_MAX);
        municipalities.setLabel(getTranslation("editor.municipalities"));
        municipalities.setHelperText(getTranslation("editor.commaSeparated"));
        fiscalYear.setLabel(getTranslation("editor.fiscalYear"));
        fiscalYear.setMin(1989);
        fiscalYear.setMax(2100);
        themes.setLabel(getTranslation("editor.themes"));
        themes.setItems(editing.taxonomy(TaxonomyType.THEME));
        themes.setAllowCustomValue(true);
        themes.addCustomValueSetListener(e -> addTerm(themes, TaxonomyType.THEME, e.getDetail()));
        targetGroups.setLabel(getTranslation("editor.targetGroups"));
        targetGroups.setItems(editing.taxonomy(TaxonomyType.TARGET_GROUP));
        targetGroups.setAllowCustomValue(true);
        targetGroups.addCustomValueSetListener(e -> addTerm(targetGroups, TaxonomyType.TARGET_GROUP, e.getDetail()));
        supportTeam.setLabel(getTranslation("editor.supportTeam"));
        supportTeam.setHelperText(getTranslation("editor.onePerLine"));
        summary.setLabel(getTranslation("editor.summary"));
        summary.setMaxLength(ArticleLimits.SUMMARY_MAX);
        FormLayout form = new FormLayout(slug, title, kind, prefecture, municipalities, fiscalYear, themes, targetGroups,
                supportTeam, summary);
        form.setColspan(summary, 2);
        form.setColspan(supportTeam, 2);

        sections.setLabel(getTranslation("editor.sections"));
        sections.setHelperText(getTranslation("editor.sections.help"));
        sections.setValueChangeMode(ValueChangeMode.TIMEOUT);
        sections.setValueChangeTimeout(400);
        sections.addValueChangeListener(e -> refreshPreview());
        sections.addClassName("markdown-editor");
        sections.setWidthFull();
        preview.addClassName("markdown-preview");
        // the preview scrolls on its own: it takes the focus so the keyboard can scroll it (WCAG 2.1.1)
        preview.getElement().setAttribute("tabindex", "0");
        preview.getElement().setAttribute("role", "region");
        preview.getElement().setAttribute("aria-label", getTranslation("curation.editor.preview"));
        preview.getElement().setAttribute("aria-label", getTranslation("editor.preview"));
        preview.getElement().setAttribute("role", "region");
        Div previewColumn = new Div(new Span(getTranslation("editor.preview")), preview);
        previewColumn.addClassName("editor-preview-column");
        previewColumn.getChildren().findFirst().ifPresent(c -> c.addClassName("editor-preview-label"));
        outline.addClassName("editor-outline");
        outline.getElement().setAttribute("aria-label", getTranslation("editor.outline"));
        Div editorAndPreview = new Div(sections, previewColumn);
        editorAndPreview.addClassName("editor-split");
        problems.addClassName("editor-problems");

        note.setLabel(getTranslation("editor.note"));
        note.setMaxLength(CurationLimits.REVISION_NOTE_MAX);
        save.setText(getTranslation("editor.saveDraft"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        submit.setText(getTranslation("editor.submit"));
        submit.addClickListener(e -> submitForReview());
        history.setText(getTranslation("editor.history"));
        history.addClickListener(e -> UI.getCurrent().navigate("curation/history/" + current.slug()));
        HorizontalLayout actions = new HorizontalLayout(note, save, submit, history);
        actions.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        actions.setWrap(true); // four controls do not fit a phone's width in one row

        state.addClassName("workflow-state");
        add(new H1(getTranslation("editor.heading")), state, form, new H2(getTranslation("editor.sections")),
                outline, editorAndPreview, problems, actions,
                new H2(getTranslation("editor.attachments")), new Paragraph(getTranslation("editor.attachments.help",
                        CurationLimits.ATTACHMENT_MAX_BYTES / (1024 * 1024))), attachmentUpload, attachmentList,
                new H2(getTranslation("editor.reviews")), reviews);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String s = event.getRouteParameters().get("slug").orElse(null);
        if (s == null) {
            current = null;
            slug.setReadOnly(false);
            sections.setValue(NEW_ARTICLE_TEMPLATE);
            state.setText(getTranslation("state.NEW"));
            submit.setEnabled(false);
            history.setEnabled(false);
            attachmentUpload.setVisible(false);
            return;
        }
        try {
            load(editing.open(s));
        } catch (CurationException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, getTranslation("curation.error.noArticle", s));
        }
    }

    private void load(EditableArticle article) {
        current = article;
        baseRevisionId = article.head().id();
        fill(article.head().document());
        slug.setReadOnly(true);
        state.setText(getTranslation("state." + article.state().name()) + " · "
                + getTranslation("editor.version", article.head().number(), article.head().author()));
        submit.setEnabled(article.state() == ArticleStatus.DRAFT);
        history.setEnabled(true);
        attachmentUpload.setVisible(true);
        refreshAttachments();
        reviews.removeAll();
        for (ArticleReview r : article.reviews()) {
            Paragraph p = new Paragraph(getTranslation("review.line", r.reviewer(),
                    getTranslation("review.decision." + r.decision().name()), r.revisionNumber(), r.comment()));
            reviews.add(p);
        }
    }

    private void fill(ArticleDocument doc) {
        ArticleMetadata m = doc.meta();
        slug.setValue(m.slug());
        title.setValue(m.title());
        kind.setValue(m.kind());
        prefecture.setValue(m.prefecture());
        municipalities.setValue(String.join("、", m.municipalities()));
        fiscalYear.setValue(m.fiscalYear());
        ensureItems(themes, m.themes());
        themes.setValue(new LinkedHashSet<>(m.themes()));
        ensureItems(targetGroups, m.targetGroups());
        targetGroups.setValue(new LinkedHashSet<>(m.targetGroups()));
        supportTeam.setValue(String.join("\n", m.supportTeam()));
        summary.setValue(m.summary());
        sections.setValue(ArticleSource.sectionsMarkdown(doc));
        refreshPreview();
    }

    /** Terms used by an article but not (yet) in the taxonomy stay selectable. */
    private static void ensureItems(MultiSelectComboBox<String> box, List<String> values) {
        List<String> items = new ArrayList<>(box.getListDataView().getItems().toList());
        values.stream().filter(v -> !items.contains(v)).forEach(items::add);
        box.setItems(items);
    }

    private void addTerm(MultiSelectComboBox<String> box, TaxonomyType type, String value) {
        try {
            editing.addTerm(type, value);
            Set<String> selected = new LinkedHashSet<>(box.getValue());
            box.setItems(editing.taxonomy(type));
            selected.add(value.strip());
            box.setValue(selected);
        } catch (CurationException e) {
            CurationNotice.error(e);
        }
    }

    /** The form as a document; every problem of the text listed under the editor, nothing lost. */
    ArticleDocument document() {
        return ArticleSource.compose(formMeta(), sections.getValue());
    }

    private ArticleMetadata formMeta() {
        return new ArticleMetadata(slug.getValue().strip(), title.getValue(), kind.getValue(),
                prefecture.getValue(), split(municipalities.getValue(), "[、,，]"), fiscalYear.getValue(),
                new ArrayList<>(themes.getValue()), new ArrayList<>(targetGroups.getValue()),
                split(supportTeam.getValue(), "\\R"), summary.getValue());
    }

    private static List<String> split(String text, String separator) {
        return Arrays.stream((text == null ? "" : text).split(separator)).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList();
    }

    void refreshPreview() {
        preview.removeAll();
        try {
            ArticleDocument doc = ArticleDocument.parse(PREVIEW_PREFIX + sections.getValue());
            outline.removeAll();
            for (ArticleSection s : doc.sections()) {
                Component heading = s.level() == 2 ? new H2(s.title()) : new H3(s.title());
                heading.setId("preview-" + s.anchor());
                preview.add(heading);
                Button jump = new Button(s.title(), e -> jumpTo(s));
                jump.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                jump.addClassName(s.level() == 2 ? "outline-h2" : "outline-h3");
                outline.add(jump);
                if (!s.body().isBlank()) {
                    preview.add(new Html("<div class=\"markdown\">" + SafeMarkdown.toHtml(s.body()) + "</div>"));
                }
            }
            showProblems(List.of(), PREVIEW_PREFIX);
        } catch (ArticleFormatException e) {
            showProblems(e.details(), PREVIEW_PREFIX);
        }
    }

    private static final String PREVIEW_PREFIX = "---\nslug: preview\ntitle: p\nkind: case\nprefecture: p\n"
            + "municipalities: []\nfiscal_year: null\nthemes: []\ntarget_groups: []\nsupport_team: []\nsummary: ''\n---\n\n";

    /** Moves the editor's caret and scroll to a heading, and the preview to its rendering. */
    private void jumpTo(ArticleSection s) {
        String text = sections.getValue();
        String[] lines = text.split("\n", -1);
        int offset = 0;
        int line = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("#") && lines[i].replaceFirst("^#+\\s+", "").replaceFirst("\\s*\\{#[^}]*\\}\\s*$", "")
                    .strip().equals(s.title())) {
                line = i;
                break;
            }
            offset += lines[i].length() + 1;
        }
        sections.getElement().executeJs("const ta = this.inputElement; ta.focus(); ta.setSelectionRange($0, $0);"
                + "ta.scrollTop = Math.max(0, ta.scrollHeight * $1 / $2 - 24);", offset, line, Math.max(1, lines.length));
        preview.getElement().executeJs("const h = this.querySelector('#' + CSS.escape($0)); if (h) { h.scrollIntoView({block: 'start'}); }",
                "preview-" + s.anchor());
    }

    /**
     * Problems in Japanese next to their field (and all of them listed under the editor); line numbers count
     * from the top of the section text, as the person sees it, not of the whole file.
     */
    private void showProblems(List<FormatProblem> list, String prefix) {
        int prefixLines = (int) prefix.chars().filter(c -> c == '\n').count();
        problems.removeAll();
        java.util.Map<String, List<String>> byField = new java.util.LinkedHashMap<>();
        for (FormatProblem p : list) {
            FormatProblem shown = p.line() > prefixLines && "sections".equals(p.field())
                    ? new FormatProblem(p.field(), p.line() - prefixLines, p.key(), p.args(), p.text()) : p;
            problems.add(new ListItem(CurationTexts.problem(this, shown, true)));
            byField.computeIfAbsent(p.field() == null ? "" : p.field(), k -> new ArrayList<>())
                    .add(CurationTexts.problem(this, shown, false));
        }
        fields().forEach((name, field) -> {
            List<String> mine = byField.get(name);
            field.setInvalid(mine != null);
            field.setErrorMessage(mine == null ? null : String.join(" ", mine));
        });
    }

    private java.util.Map<String, com.vaadin.flow.component.HasValidation> fields() {
        java.util.Map<String, com.vaadin.flow.component.HasValidation> m = new java.util.LinkedHashMap<>();
        m.put("slug", slug);
        m.put("title", title);
        m.put("kind", kind);
        m.put("prefecture", prefecture);
        m.put("municipalities", municipalities);
        m.put("fiscal_year", fiscalYear);
        m.put("themes", themes);
        m.put("target_groups", targetGroups);
        m.put("support_team", supportTeam);
        m.put("summary", summary);
        m.put("sections", sections);
        return m;
    }

    void save() {
        ArticleDocument doc;
        try {
            doc = document();
        } catch (ArticleFormatException e) {
            showProblems(e.details(), ArticleSource.frontMatterOf(formMeta()));
            CurationNotice.show(getTranslation("curation.error.invalid"), true);
            return;
        }
        try {
            ArticleRevision saved = current == null
                    ? editing.createDraft(doc, note.getValue())
                    : editing.saveDraft(current.slug(), baseRevisionId, doc, note.getValue());
            note.clear();
            showProblems(List.of(), PREVIEW_PREFIX);
            CurationNotice.show(getTranslation("editor.saved", saved.number()), false);
            if (current == null) {
                UI.getCurrent().navigate("curation/edit/" + saved.slug());
            } else {
                load(editing.open(saved.slug()));
            }
        } catch (EditConflictException e) {
            openConflict(e);
        } catch (CurationException e) {
            showProblems(e.details(), ArticleSource.frontMatterOf(formMeta()));
            CurationNotice.error(e);
        }
    }

    /** Both texts side by side and their differences; the person decides, nothing is overwritten silently. */
    private void openConflict(EditConflictException e) {
        conflictDialog = new Dialog();
        conflictDialog.addClassName("conflict-dialog");
        conflictDialog.setHeaderTitle(getTranslation("conflict.title"));
        conflictDialog.setWidth("90vw");
        Paragraph lead = new Paragraph(getTranslation("conflict.lead", e.theirs().author(), e.theirs().number()));
        TextArea theirs = new TextArea(getTranslation("conflict.theirs"), e.theirs().source(), "");
        theirs.setReadOnly(true);
        theirs.setWidthFull();
        TextArea mine = new TextArea(getTranslation("conflict.mine"), e.mine(), "");
        mine.setReadOnly(true);
        mine.setWidthFull();
        DiffPanel diff = new DiffPanel();
        diff.show(editing.diffTexts(e.theirs().source(), e.mine()), false);
        Div texts = new Div(theirs, mine);
        texts.addClassName("conflict-texts");
        conflictDialog.add(lead, texts, new H3(getTranslation("conflict.diff")), diff);
        conflictKeepMine = new Button(getTranslation("conflict.keepMine"), x -> {
            // the person has seen their colleague's version: saving again builds on it, knowingly
            baseRevisionId = e.theirs().id();
            conflictDialog.close();
            save();
        });
        conflictKeepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        conflictTakeTheirs = new Button(getTranslation("conflict.takeTheirs"), x -> {
            conflictDialog.close();
            load(editing.open(current.slug()));
        });
        conflictDialog.getFooter().add(new Button(getTranslation("action.cancel"), x -> conflictDialog.close()),
                conflictTakeTheirs, conflictKeepMine);
        conflictDialog.open();
    }

    private void submitForReview() {
        try {
            editing.submitForReview(current.slug(), baseRevisionId);
            CurationNotice.show(getTranslation("editor.submitted"), false);
            load(editing.open(current.slug()));
        } catch (EditConflictException e) {
            CurationNotice.show(getTranslation("conflict.lead", e.theirs().author(), e.theirs().number()), true);
        } catch (CurationException e) {
            CurationNotice.error(e);
        }
    }

    void receiveAttachment(String fileName, byte[] data) {
        try {
            Attachment a = editing.addAttachment(current.slug(), fileName, data);
            CurationNotice.show(getTranslation("editor.attached", a.originalName()), false);
            refreshAttachments();
        } catch (CurationException e) {
            CurationNotice.error(e);
        }
    }

    private void refreshAttachments() {
        attachmentList.removeAll();
        for (Attachment a : editing.attachments(current.slug())) {
            Anchor link = new Anchor(a.url(), a.originalName());
            link.setTarget("_blank");
            link.getElement().setAttribute("router-ignore", true);
            Span md = new Span("[" + a.originalName() + "](" + a.url() + ")");
            md.addClassName("attachment-markdown");
            attachmentList.add(new ListItem(link, new Span(" "), md));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.heading") + (current == null ? "" : ": " + current.published().title())
                + " | " + getTranslation("app.name");
    }
}
