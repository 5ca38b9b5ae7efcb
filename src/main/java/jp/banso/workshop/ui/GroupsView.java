package jp.banso.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.banso.base.UserFacingException;
import jp.banso.security.AppRoles;
import jp.banso.workshop.GroupForm;
import jp.banso.workshop.GroupMember;
import jp.banso.workshop.GroupScenario;
import jp.banso.workshop.GroupWorkLimits;
import jp.banso.workshop.GroupWorkService;
import jp.banso.workshop.WorkGroup;
import jp.banso.workshop.WorkshopBroadcaster;
import jp.banso.workshop.WorkshopEvent;
import jp.banso.workshop.WorkshopService;
import jp.banso.workshop.WorkshopSession;
import jp.banso.workshop.Worksheet;

/**
 * The facilitator forms breakout groups: a scenario for all (or per table), a number of groups or a group size;
 * then pins, moves and swaps people and recomputes around the pins. Participants joining meanwhile appear here.
 */
@Route("workshops/groups")
@RolesAllowed({AppRoles.FACILITATOR, AppRoles.ADMIN})
public class GroupsView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    enum Mode { COUNT, SIZE }

    final H1 title = new H1();
    final Select<GroupScenario> scenario = new Select<>();
    final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>();
    final IntegerField count = new IntegerField();
    final IntegerField size = new IntegerField();
    final Select<Worksheet> worksheet = new Select<>();
    final Button form = new Button();
    final Button recompute = new Button();
    final Button swap = new Button();
    final Button recall = new Button();
    final Div message = new Div();
    final Paragraph present = new Paragraph();
    final Div unseated = new Div();
    final Div tables = new Div();
    /** Members ticked for a swap (two at most). */
    final Set<Long> chosen = new LinkedHashSet<>();

    private final transient GroupWorkService groups;
    private final transient WorkshopService workshops;
    private final transient WorkshopBroadcaster broadcaster;
    WorkshopSession session;
    GroupWorkService.Roster roster;
    List<GroupScenario> scenarios = List.of();

    public GroupsView(GroupWorkService groups, WorkshopService workshops, WorkshopBroadcaster broadcaster) {
        // the session's events while the page is shown (nothing before a session was loaded)
        WhileAttached.listen(this, ui -> session == null ? null
                : FacilitatorPush.register(broadcaster, session.id(), ui, this::onEvent));
        this.groups = groups;
        this.workshops = workshops;
        this.broadcaster = broadcaster;
        addClassName("groups-view");
        scenario.setLabel(getTranslation("groupwork.form.scenario"));
        scenario.setEmptySelectionAllowed(true);
        scenario.setEmptySelectionCaption(getTranslation("groupwork.form.noScenario"));
        scenario.setItemLabelGenerator(s -> s == null ? getTranslation("groupwork.form.noScenario") : s.title());
        mode.setLabel(getTranslation("groupwork.form.mode"));
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("groupwork.form.mode." + m.name()));
        mode.setValue(Mode.COUNT);
        mode.addValueChangeListener(e -> showMode());
        count.setLabel(getTranslation("groupwork.form.count"));
        count.setMin(1);
        count.setMax(GroupWorkLimits.GROUPS_MAX);
        count.setStepButtonsVisible(true);
        count.setValue(4);
        size.setLabel(getTranslation("groupwork.form.size"));
        size.setMin(2);
        size.setStepButtonsVisible(true);
        size.setValue(5);
        worksheet.setLabel(getTranslation("groupwork.form.worksheet"));
        worksheet.setItems(Worksheet.values());
        worksheet.setItemLabelGenerator(w -> getTranslation("groupwork.worksheet." + w.contentName()));
        worksheet.setValue(Worksheet.ISSUE_SHEET);
        worksheet.setHelperText(getTranslation("groupwork.form.worksheet.help"));
        form.setText(getTranslation("groupwork.form.submit"));
        form.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.setId("form-groups");
        form.addClickListener(e -> run(() -> {
            roster = groups.formGroups(session.id(), new GroupForm(mode.getValue() == Mode.COUNT ? count.getValue() : null,
                    mode.getValue() == Mode.SIZE ? size.getValue() : null,
                    scenario.getValue() == null ? null : scenario.getValue().slug(), worksheet.getValue()));
        }));
        recompute.setText(getTranslation("groupwork.form.recompute"));
        recompute.setIcon(VaadinIcon.REFRESH.create());
        recompute.addClickListener(e -> run(() -> roster = groups.recompute(session.id())));
        swap.setText(getTranslation("groupwork.swap"));
        swap.setIcon(VaadinIcon.EXCHANGE.create());
        swap.addClickListener(e -> run(() -> {
            List<Long> two = new ArrayList<>(chosen);
            if (two.size() != 2) {
                throw new jp.banso.workshop.WorkshopException("groupwork.swap.chooseTwo");
            }
            groups.swap(session.id(), two.get(0), two.get(1));
            chosen.clear();
        }));
        recall.setText(getTranslation("groupwork.recall"));
        recall.setIcon(VaadinIcon.ARROW_BACKWARD.create());
        recall.addClickListener(e -> run(() -> groups.recallEveryone(session.id())));
        message.addClassName("form-error");
        message.getElement().setAttribute("role", "alert");
        unseated.addClassName("groups-unseated");
        tables.addClassName("group-tables");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        session = FacilitatorSession.open(event, workshops, id);
        if (session == null) {
            return;
        }
        title.setText(getTranslation("groupwork.groups.title", session.title()));
        scenarios = groups.scenarios();
        scenario.setItems(scenarios);
        removeAll();
        Div links = new Div(new Anchor("workshops/session/" + id, getTranslation("groupwork.link.session")),
                new Anchor("workshops/board/" + id, getTranslation("groupwork.link.board")),
                new Anchor("workshops/overview/" + id, getTranslation("groupwork.link.overview")),
                new Anchor("workshops/record/" + id, getTranslation("groupwork.link.record")));
        links.addClassName("page-links");
        Div formBox = new Div(scenario, mode, count, size, worksheet);
        formBox.addClassName("inline-form");
        Div actions = new Div(form, recompute, swap, recall);
        actions.addClassName("session-actions");
        add(links, title, new Paragraph(getTranslation("groupwork.groups.lead")), formBox, actions, message, present,
                unseated, tables);
        showMode();
        try {
            roster = groups.roster(id);
        } catch (UserFacingException e) {
            message.setText(getTranslation(e.messageKey(), e.args()));
            roster = new GroupWorkService.Roster(List.of(), List.of());
        }
        render();
    }

    private void showMode() {
        count.setVisible(mode.getValue() == Mode.COUNT);
        size.setVisible(mode.getValue() == Mode.SIZE);
    }

    private void run(Runnable action) {
        message.setText("");
        try {
            action.run();
            roster = groups.roster(session.id());
            render();
        } catch (UserFacingException e) {
            message.setText(getTranslation(e.messageKey(), e.args()));
        }
    }

    void render() {
        int people = roster.unseated().size() + roster.groups().stream().mapToInt(g -> g.members().size()).sum();
        present.setText(getTranslation("groupwork.groups.present", people, roster.groups().size()));
        recompute.setEnabled(!roster.groups().isEmpty());
        swap.setEnabled(!roster.groups().isEmpty());
        unseated.removeAll();
        if (!roster.unseated().isEmpty() && !roster.groups().isEmpty()) {
            unseated.add(new Span(getTranslation("groupwork.groups.unseated", roster.unseated().stream()
                    .map(m -> Labels.name(this, m.participant())).collect(Collectors.joining("、")))));
        }
        tables.removeAll();
        Map<String, GroupScenario> bySlug = scenarios.stream().collect(Collectors.toMap(GroupScenario::slug, Function.identity()));
        List<Integer> tableNos = roster.groups().stream().map(WorkGroup::tableNo).toList();
        for (WorkGroup g : roster.groups()) {
            Div card = new Div();
            card.addClassName("group-table");
            card.getElement().setAttribute("data-table", String.valueOf(g.tableNo()));
            H3 heading = new H3(getTranslation("groupwork.sheet.table", g.tableNo()));
            Select<GroupScenario> own = new Select<>();
            own.setAriaLabel(getTranslation("groupwork.form.scenarioOf", g.tableNo()));
            own.setEmptySelectionAllowed(true);
            own.setEmptySelectionCaption(getTranslation("groupwork.form.noScenario"));
            own.setItemLabelGenerator(s -> s == null ? getTranslation("groupwork.form.noScenario") : s.title());
            own.setItems(scenarios);
            own.setValue(g.scenarioSlug() == null ? null : bySlug.get(g.scenarioSlug()));
            own.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    run(() -> groups.setScenario(session.id(), g.id(), e.getValue() == null ? null : e.getValue().slug()));
                }
            });
            Span sheet = new Span(getTranslation("groupwork.worksheet." + g.worksheet().contentName()));
            sheet.addClassName("group-worksheet");
            card.add(heading, sheet, own);
            for (GroupMember m : g.members()) {
                card.add(memberRow(m, g, tableNos));
            }
            tables.add(card);
        }
    }

    private Div memberRow(GroupMember m, WorkGroup g, List<Integer> tableNos) {
        long pid = m.participant().id();
        Checkbox pick = new Checkbox();
        pick.setAriaLabel(getTranslation("groupwork.swap.pick", Labels.name(this, m.participant())));
        pick.setValue(chosen.contains(pid));
        pick.addValueChangeListener(e -> {
            if (e.getValue()) {
                chosen.add(pid);
            } else {
                chosen.remove(pid);
            }
        });
        Span who = new Span(Labels.name(this, m.participant()));
        who.addClassName("member-name");
        String detail = getTranslation("workshop.affiliation." + m.participant().affiliation().name())
                + (m.participant().organisation().isBlank() ? "" : "・" + m.participant().organisation())
                + (m.municipality().isBlank() ? "" : "・" + m.municipality());
        Span meta = new Span(detail);
        meta.addClassName("member-meta");
        Checkbox pin = new Checkbox(getTranslation("groupwork.pin"), m.pinned());
        pin.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                run(() -> groups.pin(session.id(), pid, e.getValue()));
            }
        });
        Select<Integer> move = new Select<>();
        move.setAriaLabel(getTranslation("groupwork.move", Labels.name(this, m.participant())));
        move.setItems(tableNos);
        move.setItemLabelGenerator(n -> getTranslation("groupwork.sheet.table", n));
        move.setValue(g.tableNo());
        move.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && !Objects.equals(e.getValue(), g.tableNo())) {
                run(() -> groups.move(session.id(), pid, e.getValue()));
            }
        });
        move.addClassName("member-move");
        Div row = new Div(pick, new Div(who, meta), pin, move);
        row.addClassName("group-member");
        row.getElement().setAttribute("data-participant", String.valueOf(pid));
        return row;
    }

    void onEvent(WorkshopEvent e) {
        if (e instanceof WorkshopEvent.ParticipantJoined || e instanceof WorkshopEvent.GroupsChanged) {
            roster = groups.roster(session.id());
            render();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groupwork.groups.pageTitle") + " | " + getTranslation("app.name");
    }
}
