package jp.banso.workshop.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import jp.banso.base.UserFacingException;
import jp.banso.base.markdown.SafeMarkdown;
import jp.banso.security.AppRoles;
import jp.banso.workshop.GroupWorkService;
import jp.banso.workshop.RecordDraft;
import jp.banso.workshop.WorkshopService;
import jp.banso.workshop.WorkshopSession;

/**
 * The session record for the facilitator: printable, downloadable as Markdown and Excel, with the words that may identify
 * a person listed before anything goes to the advisers.
 */
@Route("workshops/record")
@RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
public class RecordView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    final H1 title = new H1();
    /** The record as the page and the print show it: the Markdown, rendered (and sanitised). */
    final Div text = new Div();
    final Div warnings = new Div();
    final Div message = new Div();
    final Button print = new Button();
    final Button draft = new Button();
    final Div drafted = new Div();

    private final transient GroupWorkService groups;
    private final transient WorkshopService workshops;
    WorkshopSession session;

    public RecordView(GroupWorkService groups, WorkshopService workshops) {
        this.groups = groups;
        this.workshops = workshops;
        addClassNames("record-view", "print-sheet");
        text.addClassNames("record-text", "markdown");
        warnings.addClassNames("record-warnings", "no-print");
        warnings.getElement().setAttribute("role", "status");
        message.addClassName("form-error");
        print.setText(getTranslation("groupwork.record.print"));
        print.addClickListener(e -> getElement().executeJs("window.print()"));
        draft.setText(getTranslation("groupwork.draft.create"));
        draft.addClickListener(e -> {
            message.setText("");
            try {
                jp.banso.workshop.CaseDraft d = groups.createCaseDraft(session.id());
                drafted.setText(getTranslation("groupwork.draft.created", d.slug()) + (d.identifyingWords().isEmpty() ? ""
                        : " " + getTranslation("groupwork.record.warnings", String.join("、", d.identifyingWords()))));
                draft.setEnabled(false);
            } catch (UserFacingException ex) {
                message.setText(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        drafted.addClassNames("record-warnings", "no-print");
        drafted.getElement().setAttribute("role", "status");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        session = FacilitatorSession.open(event, workshops, id);
        if (session == null) {
            return;
        }
        title.setText(getTranslation("groupwork.record.pageTitle") + "：" + session.title());
        removeAll();
        Div tools = new Div(print, draft);
        tools.addClassNames("session-actions", "no-print");
        add(title, tools, message, drafted, warnings, text);
        try {
            String md = groups.recordMarkdown(id);
            // the page's own heading names the session: the record's first heading would repeat it; the
            // Markdown's <br> in table cells (line breaks a participant typed) stay line breaks here
            String body = md.startsWith("# ") && md.contains("\n\n") ? md.substring(md.indexOf("\n\n") + 2) : md;
            text.removeAll();
            text.add(new Html("<div>" + SafeMarkdown.toHtml(body).replace("&lt;br&gt;", "<br>") + "</div>"));
            byte[] bytes = md.getBytes(StandardCharsets.UTF_8);
            // the workbook is written when it is asked for, not every time the page opens
            tools.add(Downloads.link(getTranslation("groupwork.record.download"), "session-record-" + id + ".md",
                    "text/markdown; charset=UTF-8", () -> bytes),
                    Downloads.link(getTranslation("groupwork.record.downloadXlsx"), "session-record-" + id + ".xlsx",
                            Downloads.XLSX, () -> groups.recordXlsx(id)));
            RecordDraft draft = groups.recordDraft(id);
            warnings.setText(draft.identifyingWords().isEmpty() ? getTranslation("groupwork.record.noWarnings")
                    : getTranslation("groupwork.record.warnings", String.join("、", draft.identifyingWords())));
        } catch (UserFacingException e) {
            message.setText(getTranslation(e.messageKey(), e.args()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groupwork.record.pageTitle") + " | " + getTranslation("app.name");
    }
}
