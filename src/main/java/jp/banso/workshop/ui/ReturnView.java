package jp.banso.workshop.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jp.banso.workshop.ParticipantService;

/**
 * The personal return link ({@code /join/return/<token>}): opened on another device or after the cookie was
 * lost, it sets the participant cookie again and opens the sheet. An unknown token changes nothing.
 */
@Route(value = "join/return", autoLayout = false)
@AnonymousAllowed
public class ReturnView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient ParticipantService participants;

    public ReturnView(ParticipantService participants) {
        this.participants = participants;
        addClassName("participant-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        if (participants.home(token).isPresent()) {
            ParticipantCookie.remember(token);
            event.forwardTo(SheetView.class);
        } else {
            add(new Paragraph(getTranslation("workshop.return.unknown")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.sheet.title") + " | " + getTranslation("app.name");
    }
}
