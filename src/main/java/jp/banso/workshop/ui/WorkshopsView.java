package jp.banso.workshop.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import jp.banso.security.AppRoles;
import jp.banso.workshop.SessionDraft;
import jp.banso.workshop.SessionKind;
import jp.banso.workshop.WorkshopException;
import jp.banso.workshop.WorkshopLimits;
import jp.banso.workshop.WorkshopService;
import jp.banso.workshop.WorkshopSession;

/** The facilitator's list of workshop sessions and the form for a new one. */
@Route("workshops")
@Menu(title = "nav.workshops", order = 30, icon = "vaadin:group")
@RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
public class WorkshopsView extends Main implements HasDynamicTitle {

    final Grid<WorkshopSession> grid = new Grid<>();
    final TextField title = new TextField();
    final Select<SessionKind> kind = new Select<>();
    final DateTimePicker startsAt = new DateTimePicker();
    final TextField place = new TextField();
    final Checkbox online = new Checkbox();
    final TextField municipality = new TextField();
    final IntegerField openDaysBefore = new IntegerField();
    final IntegerField dots = new IntegerField();
    final Button create = new Button();
    final Div error = new Div();

    private final transient WorkshopService workshops;

    public WorkshopsView(WorkshopService workshops) {
        this.workshops = workshops;
        addClassName("workshops-view");
        grid.addColumn(s -> SheetView.WHEN.format(s.startsAt())).setHeader(getTranslation("workshop.startsAt")).setAutoWidth(true);
        grid.addColumn(WorkshopSession::title).setHeader(getTranslation("workshop.title")).setFlexGrow(1);
        grid.addColumn(s -> getTranslation("workshop.kind." + s.kind().name())).setHeader(getTranslation("workshop.kind")).setAutoWidth(true);
        grid.addColumn(WorkshopSession::joinCode).setHeader(getTranslation("workshop.joinCode")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("workshop.status." + s.status().name())).setHeader(getTranslation("workshop.status")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(SessionView.class, e.getItem().id()));

        title.setLabel(getTranslation("workshop.title"));
        title.setMaxLength(WorkshopLimits.TITLE_MAX);
        title.setRequired(true);
        kind.setLabel(getTranslation("workshop.kind"));
        kind.setItems(SessionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("workshop.kind." + k.name()));
        kind.setValue(SessionKind.STUDY);
        startsAt.setLabel(getTranslation("workshop.startsAt"));
        startsAt.setValue(LocalDateTime.now(jp.banso.base.AppZone.zone()).plusDays(7).withHour(14).withMinute(0).withSecond(0).withNano(0));
        place.setLabel(getTranslation("workshop.place"));
        place.setMaxLength(WorkshopLimits.PLACE_MAX);
        online.setLabel(getTranslation("workshop.online"));
        municipality.setLabel(getTranslation("workshop.municipality"));
        municipality.setMaxLength(WorkshopLimits.MUNICIPALITY_MAX);
        openDaysBefore.setLabel(getTranslation("workshop.openDaysBefore"));
        openDaysBefore.setHelperText(getTranslation("workshop.openDaysBefore.help"));
        openDaysBefore.setMin(0);
        openDaysBefore.setMax(WorkshopLimits.OPEN_DAYS_BEFORE_MAX);
        openDaysBefore.setValue(7);
        dots.setLabel(getTranslation("workshop.dots"));
        dots.setMin(0);
        dots.setMax(WorkshopLimits.DOTS_MAX);
        dots.setValue(3);
        create.setText(getTranslation("workshop.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> createSession());
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        FormLayout form = new FormLayout(title, kind, startsAt, place, online, municipality, openDaysBefore, dots);
        add(new H1(getTranslation("workshop.list.title")), new Paragraph(getTranslation("workshop.list.lead")), grid,
                new H2(getTranslation("workshop.create")), form, error, create);
        refresh();
    }

    void createSession() {
        error.setText("");
        try {
            WorkshopSession s = workshops.createSession(new SessionDraft(title.getValue(), kind.getValue(),
                    startsAt.getValue(), place.getValue(), online.getValue(), municipality.getValue(),
                    openDaysBefore.getValue() == null ? 0 : openDaysBefore.getValue(),
                    dots.getValue() == null ? 0 : dots.getValue()));
            UI.getCurrent().navigate(SessionView.class, s.id());
        } catch (WorkshopException e) {
            error.setText(Labels.message(this, e));
        }
    }

    private void refresh() {
        grid.setItems(workshops.listSessions());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.list.title") + " | " + getTranslation("app.name");
    }
}
