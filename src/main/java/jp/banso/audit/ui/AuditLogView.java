package jp.banso.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import jp.banso.audit.AuditEntry;
import jp.banso.audit.AuditService;
import jp.banso.security.AppRoles;

/** The audit log for the admin: newest first, narrowed to articles or users, or one of them. */
@Route("admin/audit")
@Menu(title = "nav.audit", order = 91, icon = "vaadin:clipboard-text")
@RolesAllowed(AppRoles.ADMIN)
public class AuditLogView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(jp.banso.base.AppZone.zone());

    final Grid<AuditEntry> grid = new Grid<>();
    final Select<String> type = new Select<>();
    final TextField target = new TextField();
    private final transient AuditService audit;

    public AuditLogView(AuditService audit) {
        this.audit = audit;
        addClassName("audit-log-view");
        grid.addColumn(e -> TIME.format(e.occurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        AuditText text = new AuditText(this::getTranslation);
        grid.addColumn(e -> text.action(e.action())).setHeader(getTranslation("audit.what")).setAutoWidth(true);
        grid.addColumn(e -> text.target(e.targetType(), e.target())).setHeader(getTranslation("audit.target")).setAutoWidth(true);
        grid.addColumn(e -> text.detail(e.detail())).setHeader(getTranslation("audit.detail")).setFlexGrow(1);
        type.setLabel(getTranslation("audit.type"));
        type.setItems("", "ARTICLE", "USER");
        type.setItemLabelGenerator(t -> getTranslation("audit.type." + (t.isEmpty() ? "ALL" : t)));
        type.setValue("");
        type.addValueChangeListener(e -> refresh());
        target.setLabel(getTranslation("audit.target"));
        target.setValueChangeMode(ValueChangeMode.LAZY);
        target.addValueChangeListener(e -> refresh());
        add(new H1(getTranslation("audit.title")), new HorizontalLayout(type, target), grid);
        refresh();
    }

    void refresh() {
        grid.setItems(audit.newest(type.getValue(), target.getValue(), AuditService.LIST_MAX));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " | " + getTranslation("app.name");
    }
}
