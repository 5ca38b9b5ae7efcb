package jp.banso.security;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import jp.banso.base.api.ApiErrors;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.pattern.PathPattern;

/**
 * A page request (GET) for a path that is no view of the app: let through, so that every visitor, logged in or
 * not, gets the "page not found" view with HTTP 404 rather than the login page. A path that is a view keeps
 * its own rule, so a protected view still asks anonymous visitors to log in; that a protected address exists
 * is no secret (the views are the same for every installation), its content is. A path a Spring controller
 * maps is never "unknown" here (its own rule decides), nor is the API (JSON errors of its own); the rule comes
 * after the actuator's in SecurityConfig.
 */
final class UnknownPages implements RequestMatcher {

    private final Supplier<List<PathPattern>> controllerPatterns;

    UnknownPages(Supplier<List<PathPattern>> controllerPatterns) {
        this.controllerPatterns = controllerPatterns;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || ApiErrors.isApi(request)) {
            return false;
        }
        String path = HandlerHelper.getRequestPathInsideContext(request);
        PathContainer container = PathContainer.parsePath(path.startsWith("/") ? path : "/" + path);
        if (controllerPatterns.get().stream().anyMatch(p -> p.matches(container))) {
            return false;
        }
        String route = path.startsWith("/") ? path.substring(1) : path;
        return ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()))
                .getNavigationTarget(Objects.requireNonNull(route)).isEmpty();
    }
}
