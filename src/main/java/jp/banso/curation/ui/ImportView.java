package jp.banso.curation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import jp.banso.curation.ArticleEditingService;
import jp.banso.curation.CurationException;
import jp.banso.curation.CurationLimits;
import jp.banso.curation.ImportPreview;
import jp.banso.security.AppRoles;

/** Upload Markdown files (one, or a zip of many): a preview with each file's problems, then import as drafts. */
@Route("curation/import")
@RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
public class ImportView extends Main implements HasDynamicTitle {

    final Upload upload;
    final Grid<ImportPreview.ImportFile> files = new Grid<>();
    final Button importButton = new Button();
    private final transient ArticleEditingService editing;
    private ImportPreview preview;

    public ImportView(ArticleEditingService editing) {
        this.editing = editing;
        addClassName("import-view");
        UI ui = UI.getCurrent();
        upload = new Upload(UploadHandler.inMemory((meta, data) -> ui.access(() -> receive(meta.fileName(), data))));
        upload.setMaxFileSize((int) CurationLimits.IMPORT_UPLOAD_MAX_BYTES);
        upload.setAcceptedFileTypes(".md", ".markdown", ".txt", ".zip");
        jp.banso.base.ui.UploadTexts.translate(upload);
        files.addColumn(ImportPreview.ImportFile::name).setHeader(getTranslation("import.col.file")).setAutoWidth(true);
        files.addColumn(f -> f.valid() ? f.document().meta().slug() : "").setHeader(getTranslation("editor.slug"))
                .setAutoWidth(true);
        files.addColumn(f -> !f.valid() ? getTranslation("import.invalid")
                        : getTranslation(f.existing() ? "import.newVersion" : "import.newArticle"))
                .setHeader(getTranslation("import.col.result")).setAutoWidth(true);
        files.addColumn(f -> String.join("\n", f.problems().stream().map(p -> CurationTexts.problem(this, p, true)).toList()))
                .setHeader(getTranslation("import.col.problems")).setFlexGrow(1).setClassNameGenerator(f -> "wrap");
        files.addColumn(f -> String.join("\n", f.warnings().stream().map(p -> CurationTexts.problem(this, p, false)).toList()))
                .setHeader(getTranslation("import.col.warnings")).setFlexGrow(1).setClassNameGenerator(f -> "wrap");
        files.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        files.setAllRowsVisible(true);
        importButton.setText(getTranslation("import.run"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> runImport());
        add(new H1(getTranslation("import.title")), new Paragraph(getTranslation("import.lead",
                CurationLimits.IMPORT_UPLOAD_MAX_BYTES / (1024 * 1024), CurationLimits.IMPORT_ZIP_ENTRIES_MAX)),
                upload, files, importButton);
    }

    void receive(String fileName, byte[] data) {
        try {
            preview = editing.previewImport(fileName, data);
            files.setItems(preview.files());
            importButton.setEnabled(preview.validCount() > 0);
        } catch (CurationException e) {
            preview = null;
            importButton.setEnabled(false);
            CurationNotice.error(e);
        }
    }

    void runImport() {
        if (preview == null) {
            return;
        }
        try {
            int n = editing.importDrafts(preview).size();
            CurationNotice.show(getTranslation("import.done", n), false);
            preview = null;
            importButton.setEnabled(false);
            UI.getCurrent().navigate("curation");
        } catch (CurationException e) {
            CurationNotice.error(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " | " + getTranslation("app.name");
    }
}
