package jp.banso.base.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;

/**
 * The container's error page (/error: a {@code sendError} or an exception no handler caught) as Spring Boot
 * shows it, except for API requests: those get an {@link ApiError} whatever the client accepts, so a browser
 * or script calling /api/** never sees an HTML page.
 */
@Controller
class ApiErrorController extends BasicErrorController {

    ApiErrorController(ErrorAttributes errorAttributes, ServerProperties server, List<ErrorViewResolver> resolvers) {
        super(errorAttributes, server.getError(), resolvers);
    }

    private static boolean forApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** A write refused for a missing or wrong CSRF token says what helps (open the page again). */
    private static String message(HttpServletRequest request, HttpStatus status) {
        return request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException
                ? ApiErrors.japanese("api.error.403.csrf") : ApiErrors.message(status);
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (!forApi(request)) {
            return super.errorHtml(request, response);
        }
        try {
            HttpStatus status = getStatus(request);
            ApiErrors.write(response, status, message(request, status), null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return null;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        if (!forApi(request)) {
            return super.error(request);
        }
        HttpStatus status = getStatus(request);
        ApiError e = ApiErrors.body(status, message(request, status), null, null);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", e.status());
        body.put("error", e.error());
        body.put("message", e.message());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
