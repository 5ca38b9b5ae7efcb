package jp.banso.workshop.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jp.banso.workshop.Affiliation;
import jp.banso.workshop.GroupWorkLimits;
import jp.banso.workshop.JoinRequest;
import jp.banso.workshop.Joined;
import jp.banso.workshop.ParticipantService;
import jp.banso.workshop.WorkshopException;
import jp.banso.workshop.WorkshopLimits;

/** Joining a workshop without an account: code (from the URL or typed), name or anonymous, affiliation. */
@Route(value = "join", autoLayout = false)
@AnonymousAllowed
public class JoinView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    final TextField code = new TextField();
    final TextField name = new TextField();
    final Checkbox anonymous = new Checkbox();
    final RadioButtonGroup<Affiliation> affiliation = new RadioButtonGroup<>();
    final TextField organisation = new TextField();
    final TextField municipality = new TextField();
    /** Names appear in the session record only for those who tick this. */
    final Checkbox nameConsent = new Checkbox();
    final Button join = new Button();
    final Div error = new Div();
    final Paragraph sessionTitle = new Paragraph();

    private final transient ParticipantService participants;

    public JoinView(ParticipantService participants) {
        this.participants = participants;
        addClassNames("participant-page", "join-view");
        code.setLabel(getTranslation("workshop.join.code"));
        code.setHelperText(getTranslation("workshop.join.code.help"));
        code.setMaxLength(WorkshopLimits.JOIN_CODE_LENGTH + 4);
        code.setRequired(true);
        code.getElement().setAttribute("autocapitalize", "characters");
        code.getElement().setAttribute("autocomplete", "off");
        name.setLabel(getTranslation("workshop.join.name"));
        name.setMaxLength(WorkshopLimits.DISPLAY_NAME_MAX);
        anonymous.setLabel(getTranslation("workshop.join.anonymous"));
        anonymous.addValueChangeListener(e -> {
            name.setEnabled(!e.getValue());
            if (e.getValue()) {
                name.clear();
            }
        });
        affiliation.setLabel(getTranslation("workshop.join.affiliation"));
        affiliation.setItems(Affiliation.values());
        affiliation.setItemLabelGenerator(a -> getTranslation("workshop.affiliation." + a.name()));
        affiliation.setRequiredIndicatorVisible(true);
        // eight choices at once, big targets on a phone: radio buttons rather than a drop-down
        affiliation.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        organisation.setLabel(getTranslation("workshop.join.organisation"));
        organisation.setMaxLength(WorkshopLimits.ORGANISATION_MAX);
        municipality.setLabel(getTranslation("groupwork.join.municipality"));
        municipality.setHelperText(getTranslation("groupwork.join.municipality.help"));
        municipality.setMaxLength(GroupWorkLimits.MUNICIPALITY_MAX);
        municipality.setId("join-municipality");
        nameConsent.setLabel(getTranslation("groupwork.join.consent"));
        nameConsent.setId("join-consent");
        join.setText(getTranslation("workshop.join.submit"));
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickListener(e -> submit());
        code.setId("join-code");
        name.setId("join-name");
        affiliation.setId("join-affiliation");
        organisation.setId("join-organisation");
        join.setId("join-submit");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        sessionTitle.addClassName("join-session");
        for (var f : new com.vaadin.flow.component.HasSize[]{code, name, organisation, municipality}) {
            f.setWidthFull();
        }
        Div form = new Div(new H1(getTranslation("workshop.join.title")), sessionTitle,
                new Paragraph(getTranslation("workshop.join.lead")), code, name, anonymous, affiliation, organisation,
                municipality, nameConsent, error, join);
        form.addClassName("participant-card");
        add(form);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        if (parameter != null && !parameter.isBlank()) {
            code.setValue(parameter);
            try {
                participants.sessionForCode(parameter, ParticipantCookie.client())
                        .ifPresentOrElse(s -> sessionTitle.setText(s.title()),
                                () -> error.setText(getTranslation("workshop.join.badCode")));
            } catch (WorkshopException e) {
                error.setText(Labels.message(this, e));
            }
        }
    }

    void submit() {
        error.setText("");
        if (affiliation.getValue() == null) {
            error.setText(getTranslation("workshop.error.affiliation"));
            return;
        }
        try {
            Joined joined = participants.join(code.getValue(),
                    new JoinRequest(anonymous.getValue() ? "" : name.getValue(), affiliation.getValue(),
                            organisation.getValue(), municipality.getValue(),
                            !anonymous.getValue() && nameConsent.getValue()), ParticipantCookie.client());
            ParticipantCookie.remember(joined.token());
            UI.getCurrent().navigate(SheetView.class);
        } catch (WorkshopException e) {
            error.setText(Labels.message(this, e));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.join.title") + " | " + getTranslation("app.name");
    }
}
