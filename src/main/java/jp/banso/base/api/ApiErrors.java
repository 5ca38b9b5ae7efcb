package jp.banso.base.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import jp.banso.base.i18n.BansoI18NProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Builds and writes {@link ApiError}s: controllers and the exception handler answer with {@link #response},
 * servlet filters and Spring Security's handlers (which run before any controller) with {@link #write}.
 * Messages come from the base bundle ({@code api.error.<status>}) or a feature's key, always in Japanese.
 */
public final class ApiErrors {

    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private ApiErrors() {
    }

    /** True for requests to the REST API, whose errors are JSON (never a page or a redirect to the login page). */
    public static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** The Japanese message of a status: {@code api.error.<code>}, or the one for its class (4xx, 5xx). */
    public static String message(HttpStatusCode status) {
        String specific = BansoI18NProvider.translate(BansoI18NProvider.JAPANESE, "api.error." + status.value());
        if (!specific.startsWith("!")) {
            return specific;
        }
        return BansoI18NProvider.translate(BansoI18NProvider.JAPANESE, status.is5xxServerError() ? "api.error.500" : "api.error.400");
    }

    /** A message key of any bundle in Japanese (a feature's own reason). */
    public static String japanese(String messageKey, Object... args) {
        return BansoI18NProvider.translate(BansoI18NProvider.JAPANESE, messageKey, args);
    }

    public static ApiError body(HttpStatusCode status, String message, String detail, List<String> problems) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return new ApiError(status.value(), known == null ? "Error" : known.getReasonPhrase(), message, detail, problems);
    }

    public static ResponseEntity<ApiError> response(HttpStatusCode status, String message, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body(status, message, detail, null));
    }

    /** The status' own message: for refusals where nothing more specific can be said. */
    public static ResponseEntity<ApiError> response(HttpStatusCode status, String detail) {
        return response(status, message(status), detail);
    }

    /** Writes the error straight to the servlet response (filters, entry points, access-denied handlers). */
    public static void write(HttpServletResponse response, HttpStatus status, String message, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body(status, message, detail, null));
    }

    public static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        write(response, status, message(status), detail);
    }
}
