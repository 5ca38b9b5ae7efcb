package jp.banso.security;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jp.banso.base.api.ApiErrors;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A page request (GET) for a path that is no view of the app: let through, so that every visitor, logged in or
 * not, gets the "page not found" view with HTTP 404 rather than the login page. A path that is a view keeps
 * its own rule, so a protected view still asks anonymous visitors to log in; that a protected address exists
 * is no secret (the views are the same for every installation), its content is.
 */
final class UnknownPages implements RequestMatcher {

    @Override
    public boolean matches(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || ApiErrors.isApi(request)) {
            return false;
        }
        String path = HandlerHelper.getRequestPathInsideContext(request);
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        return ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()))
                .getNavigationTarget(path).isEmpty();
    }
}
