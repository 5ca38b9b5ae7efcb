package jp.banso.base.api;

import jp.banso.base.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the REST controllers as an {@link ApiError}: Spring MVC's own (400 bad parameters or body,
 * 404, 405 with its Allow header, 406, 413, 415; {@link ResponseEntityExceptionHandler} knows them and their
 * status), a refused input with its Japanese reason (400), anything unexpected as 500 with an id in the log
 * and nothing of the cause in the answer. A feature whose reasons need another status (search's 503, a
 * taken slug's 409) keeps a handler in its controller that answers with {@link ApiErrors} too.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        String detail = status.is5xxServerError() ? null
                : body instanceof ProblemDetail p ? p.getDetail() : null;
        HttpHeaders out = new HttpHeaders();
        if (headers != null) {
            out.putAll(headers);
        }
        out.setContentType(MediaType.APPLICATION_JSON);
        return new ResponseEntity<>(ApiErrors.body(status, ApiErrors.message(status), detail, null), out, status);
    }

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<ApiError> refused(UserFacingException e) {
        return ApiErrors.response(HttpStatus.BAD_REQUEST, ApiErrors.japanese(e.messageKey(), e.args()), e.getMessage());
    }

    /** Login and roles are answered by the security chain (401 or 403, as JSON for /api: SecurityConfig). */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        String id = java.util.UUID.randomUUID().toString().substring(0, 8);
        LOG.error("API request failed (error id {})", id, e);
        return ApiErrors.response(HttpStatus.INTERNAL_SERVER_ERROR,
                ApiErrors.japanese("api.error.500.id", id), "Internal error " + id + ".");
    }
}
