package jp.banso.search.api;

import java.util.List;
import java.util.Map;
import jp.banso.base.api.ApiError;
import jp.banso.base.api.ApiErrors;
import jp.banso.search.Facets;
import jp.banso.search.InvalidSearchException;
import jp.banso.search.Passage;
import jp.banso.search.SearchHit;
import jp.banso.search.SearchLimits;
import jp.banso.search.SearchRequest;
import jp.banso.search.SearchResult;
import jp.banso.search.SearchService;
import jp.banso.search.SearchUnavailableException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * GET /api/search: articles whose passages answer the query, best passage first. {@code snippet} is
 * plain text, HTML-escaped, with the matched words in {@code <mark>}.
 */
@RestController
@RequestMapping(path = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
class SearchController {

    record PassageJson(String section, String anchor, String url, String snippet, float score) {
    }

    record HitJson(String slug, String title, String kind, String prefecture, List<String> municipalities,
                   String section, String anchor, String url, String snippet, float score, List<PassageJson> more) {
    }

    record ResultJson(String query, int total, int offset, int limit, boolean relaxed, List<HitJson> hits,
                      Map<String, List<Facets.Count>> facets, List<String> didYouMean) {
    }

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping
    ResultJson search(@RequestParam(required = false) String q,
                      @RequestParam(required = false, defaultValue = "" + SearchLimits.DEFAULT_PAGE_SIZE) int limit,
                      @RequestParam(required = false, defaultValue = "0") int offset,
                      @RequestParam(required = false) String prefecture,
                      @RequestParam(required = false) String kind,
                      @RequestParam(required = false) String theme,
                      @RequestParam(required = false) String targetGroup) {
        SearchResult r = search.search(new SearchRequest(q, prefecture, kind, theme, targetGroup, offset, limit));
        List<HitJson> hits = r.hits().stream().map(SearchController::json).toList();
        Facets f = r.facets();
        return new ResultJson(r.query(), r.total(), r.offset(), limit, r.relaxed(), hits,
                Map.of("prefecture", f.prefectures(), "kind", f.kinds(), "theme", f.themes(),
                        "targetGroup", f.targetGroups()),
                r.didYouMean());
    }

    @GetMapping("/suggest")
    List<String> suggest(@RequestParam(required = false) String q) {
        return search.suggest(q, SearchLimits.MAX_SUGGESTIONS);
    }

    private static HitJson json(SearchHit h) {
        Passage b = h.best();
        String base = "/library/" + h.slug() + "#";
        return new HitJson(h.slug(), h.title(), h.kind(), h.prefecture(), h.municipalities(), b.section(), b.anchor(),
                base + b.anchor(), b.snippet().html(), b.score(),
                h.more().stream().map(p -> new PassageJson(p.section(), p.anchor(), base + p.anchor(),
                        p.snippet().html(), p.score())).toList());
    }

    /**
     * Errors in the API's one format ({@link ApiError}): {@code message} in Japanese (from the search bundle),
     * {@code detail} in English for API clients.
     */
    @ExceptionHandler(InvalidSearchException.class)
    ResponseEntity<ApiError> invalid(InvalidSearchException e) {
        return ApiErrors.response(HttpStatus.BAD_REQUEST, ApiErrors.japanese(e.messageKey(), e.args()), e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> badNumber(MethodArgumentTypeMismatchException e) {
        return ApiErrors.response(HttpStatus.BAD_REQUEST, ApiErrors.japanese("search.error.number", e.getName()),
                "Parameter '" + e.getName() + "' must be a whole number.");
    }

    /** Rebuilding or failing: a JSON answer in Japanese, never the cause's text, never a redirect to the login page. */
    @ExceptionHandler(SearchUnavailableException.class)
    ResponseEntity<ApiError> unavailable(SearchUnavailableException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_JSON)
                .header("Retry-After", "30")
                .body(ApiErrors.body(HttpStatus.SERVICE_UNAVAILABLE, ApiErrors.japanese(e.messageKey()), e.getMessage(), null));
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ApiError> failed(RuntimeException e) {
        if (e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException) {
            throw e; // the security chain answers these
        }
        org.slf4j.LoggerFactory.getLogger(SearchController.class).error("/api/search failed", e);
        return unavailable(new SearchUnavailableException("search.error.unavailable", "Search is unavailable."));
    }
}
