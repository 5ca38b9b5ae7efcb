package jp.banso.workshop.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where a participant's token lives in the browser: an HttpOnly, SameSite=Lax cookie (so it survives a
 * restart of the app and of the browser) and, for the rest of this Vaadin session, a session attribute
 * (the cookie set by a request is only sent back from the next one).
 */
final class ParticipantCookie {

    static final String NAME = "banso_participant";
    private static final String ATTRIBUTE = ParticipantCookie.class.getName();
    static final Duration MAX_AGE = Duration.ofDays(90);

    private ParticipantCookie() {
    }

    static Optional<String> token() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof String t) {
            return Optional.of(t);
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies()).filter(c -> NAME.equals(c.getName())).map(Cookie::getValue)
                .findFirst();
    }

    /** Opens a participant's page for the token in their cookie; {@code load} false (no such page) sends them on. */
    static void enter(com.vaadin.flow.router.BeforeEnterEvent event, java.util.function.Predicate<String> load,
                      Class<? extends com.vaadin.flow.component.Component> otherwise) {
        if (!load.test(token().orElse(null))) {
            event.forwardTo(otherwise);
        }
    }

    /** A card of a participant's phone page (header, sheet, votes…). */
    static com.vaadin.flow.component.html.Div card(com.vaadin.flow.component.Component... parts) {
        com.vaadin.flow.component.html.Div card = new com.vaadin.flow.component.html.Div(parts);
        card.addClassName("participant-card");
        return card;
    }

    static void remember(String token) {
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, token);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(NAME, token);
            cookie.setHttpOnly(true);
            cookie.setPath("/");
            cookie.setMaxAge((int) MAX_AGE.toSeconds());
            cookie.setAttribute("SameSite", "Lax");
            VaadinRequest request = VaadinRequest.getCurrent();
            cookie.setSecure(request != null && request.isSecure());
            response.addCookie(cookie);
        }
    }

    /** The client's address for rate limiting joins. */
    static String client() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "?" : request.getRemoteAddr();
    }
}
