package jp.banso.formation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import jp.banso.formation.FormationException;
import jp.banso.formation.FormationImportException;
import jp.banso.formation.FormationLimits;
import jp.banso.formation.FormationService;
import jp.banso.formation.ImportProblem;
import jp.banso.security.AppRoles;

/** Import of more municipalities from a CSV file (UTF-8 or Shift_JIS); all rows or none. */
@Route("formation/import")
@RolesAllowed({AppRoles.ADVISER, AppRoles.FACILITATOR, AppRoles.ADMIN})
public class MunicipalityImportView extends Main implements HasDynamicTitle {

    final Upload upload = new Upload();
    final Div result = new Div();
    final UnorderedList problems = new UnorderedList();

    private final transient FormationService formation;

    public MunicipalityImportView(FormationService formation) {
        this.formation = formation;
        addClassName("formation-import");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(FormationLimits.IMPORT_BYTES_MAX);
        jp.banso.base.ui.UploadTexts.translate(upload);
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> importBytes(bytes))));
        result.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("formation.import.title")), new Paragraph(getTranslation("formation.import.lead")),
                upload, result, problems);
    }

    void importBytes(byte[] bytes) {
        result.setText("");
        problems.removeAll();
        try {
            int n = formation.importMunicipalities(bytes);
            result.setText(getTranslation("formation.import.done", n));
        } catch (FormationImportException e) {
            result.setText(getTranslation(e.messageKey(), e.args()));
            for (ImportProblem p : e.problems()) {
                String where = p.line() > 0 ? getTranslation("formation.import.line", p.line()) : "";
                problems.add(new ListItem(where + getTranslation(p.messageKey(), p.args())));
            }
        } catch (FormationException e) {
            result.setText(getTranslation(e.messageKey(), e.args()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("formation.import.title") + " | " + getTranslation("app.name");
    }
}
