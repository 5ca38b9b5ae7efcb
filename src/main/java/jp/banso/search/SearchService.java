package jp.banso.search;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import jp.banso.search.internal.JapaneseAnalysis;
import jp.banso.search.internal.LuceneIndex;
import jp.banso.search.internal.Reindexer;
import jp.banso.search.internal.SearchEngine;
import jp.banso.search.internal.Suggestions;
import jp.banso.search.internal.SynonymRepository;
import jp.banso.search.internal.Synonyms;
import jp.banso.search.internal.Tuning;
import jp.banso.security.AppRoles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The search feature's public API: searching and suggestions are open to everyone; advisers extend the
 * synonyms (applied at once, no restart); admins rebuild the index. Input is validated here.
 */
@Service
public class SearchService {

    private static final Set<String> KINDS = Set.of("program", "case", "plan", "scenario", "playbook");

    private final LuceneIndex index;
    private final Reindexer reindexer;
    private final SynonymRepository synonymRows;
    private final Clock clock;
    private final AtomicReference<Synonyms> synonyms = new AtomicReference<>();
    private final SearchEngine engine;
    private final Suggestions suggestions;

    @org.springframework.beans.factory.annotation.Autowired
    SearchService(LuceneIndex index, Reindexer reindexer, SynonymRepository synonymRows, Clock clock,
                  SearchSettings settings) {
        this.index = index;
        this.reindexer = reindexer;
        this.synonymRows = synonymRows;
        this.clock = clock;
        this.engine = new SearchEngine(index, this::currentSynonyms, Tuning.DEFAULT, settings);
        this.suggestions = new Suggestions(index);
    }

    SearchService(LuceneIndex index, Reindexer reindexer, SynonymRepository synonymRows, Clock clock) {
        this(index, reindexer, synonymRows, clock, SearchSettings.DEFAULTS);
    }

    @PreAuthorize("permitAll()")
    public SearchResult search(SearchRequest request) {
        SearchRequest r = validate(request);
        if (index.needsRebuild()) {
            // a new or damaged index is being built from the articles: an empty answer would mislead
            throw new SearchUnavailableException("search.error.rebuilding", "The search index is being rebuilt.");
        }
        try {
            SearchResult result = engine.search(r);
            if (result.total() == 0 || !result.didYouMean().isEmpty()) {
                return withSuggestedQueries(result);
            }
            return result;
        } catch (IOException | RuntimeException e) {
            log.error("Search failed for a query of {} characters", r.query().length(), e);
            throw new SearchUnavailableException("search.error.unavailable", "Search is unavailable.");
        }
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SearchService.class);

    /** Titles and frequent words that start with (or contain) what was typed. */
    @PreAuthorize("permitAll()")
    public List<String> suggest(String typed, int limit) {
        if (typed == null || typed.isBlank() || typed.length() > SearchLimits.MAX_QUERY_LENGTH) {
            return List.of();
        }
        try {
            return suggestions.suggest(stripControls(typed), Math.max(1, Math.min(limit, SearchLimits.MAX_SUGGESTIONS)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchResult withSuggestedQueries(SearchResult result) {
        Set<String> more = new LinkedHashSet<>(result.didYouMean());
        String q = JapaneseAnalysis.normalize(result.query()).strip();
        // fall back on suggestions for the longest piece of the query that the suggester knows
        for (int len = Math.min(q.length(), 8); len >= 2 && more.size() < 5; len--) {
            for (int i = 0; i + len <= q.length() && more.size() < 5; i++) {
                suggest(q.substring(i, i + len), 3).forEach(more::add);
            }
        }
        more.remove(result.query());
        return new SearchResult(result.query(), result.total(), result.offset(), result.hits(), result.facets(),
                result.relaxed(), more.stream().limit(5).toList());
    }

    /** Checks and cleans a request: a clear message for what cannot be searched, never a server error. */
    static SearchRequest validate(SearchRequest r) {
        if (r == null || r.query() == null || r.query().isBlank()) {
            throw new InvalidSearchException("search.error.empty", "The query is empty.");
        }
        if (r.query().length() > SearchLimits.MAX_QUERY_LENGTH) {
            throw new InvalidSearchException("search.error.tooLong",
                    "The query is longer than " + SearchLimits.MAX_QUERY_LENGTH + " characters.",
                    SearchLimits.MAX_QUERY_LENGTH);
        }
        String q = stripControls(r.query()).strip();
        if (q.isEmpty()) {
            throw new InvalidSearchException("search.error.empty", "The query is empty.");
        }
        if (r.offset() < 0 || r.offset() > SearchLimits.MAX_OFFSET) {
            throw new InvalidSearchException("search.error.offset",
                    "offset must be between 0 and " + SearchLimits.MAX_OFFSET + ".", SearchLimits.MAX_OFFSET);
        }
        if (r.limit() < 1 || r.limit() > SearchLimits.MAX_PAGE_SIZE) {
            throw new InvalidSearchException("search.error.limit",
                    "limit must be between 1 and " + SearchLimits.MAX_PAGE_SIZE + ".", SearchLimits.MAX_PAGE_SIZE);
        }
        String kind = filter(r.kind());
        if (kind != null) {
            kind = kind.toLowerCase(Locale.ROOT);
            if (!KINDS.contains(kind)) {
                throw new InvalidSearchException("search.error.kind", "kind must be program, case, plan, scenario or playbook.");
            }
        }
        return new SearchRequest(q, filter(r.prefecture()), kind, filter(r.theme()), filter(r.targetGroup()),
                r.offset(), r.limit());
    }

    private static String filter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > SearchLimits.MAX_FILTER_LENGTH) {
            throw new InvalidSearchException("search.error.filter",
                    "A filter value is longer than " + SearchLimits.MAX_FILTER_LENGTH + " characters.",
                    SearchLimits.MAX_FILTER_LENGTH);
        }
        return stripControls(value).strip();
    }

    /** Control and format characters (NUL, bidi overrides, zero-width) carry no meaning for search. */
    static String stripControls(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.SURROGATE || type == Character.PRIVATE_USE) {
                sb.append(' ');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    // ---- synonyms (advisers) ----

    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    public List<SynonymGroup> synonymGroups() {
        return synonymRows.findAll();
    }

    /** How many groups apply now: the shipped file's and the advisers'. */
    @PreAuthorize("permitAll()")
    public int synonymGroupCount() {
        return currentSynonyms().groupCount();
    }

    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    public SynonymGroup addSynonyms(String words) {
        String clean = validateGroup(words);
        String by = SecurityContextHolder.getContext().getAuthentication() == null ? "?"
                : SecurityContextHolder.getContext().getAuthentication().getName();
        long id = synonymRows.insert(clean, by, clock.instant());
        reloadSynonyms();
        return synonymRows.find(id).orElseThrow();
    }

    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    public SynonymGroup updateSynonyms(long id, int version, String words) {
        String clean = validateGroup(words);
        if (!synonymRows.update(id, version, clean, clock.instant())) {
            throw new InvalidSearchException("search.synonyms.error.stale",
                    "Someone changed or removed this group meanwhile: reload and try again.");
        }
        reloadSynonyms();
        return synonymRows.find(id).orElseThrow();
    }

    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    public void deleteSynonyms(long id, int version) {
        if (!synonymRows.delete(id, version)) {
            throw new InvalidSearchException("search.synonyms.error.stale",
                    "Someone changed or removed this group meanwhile: reload and try again.");
        }
        reloadSynonyms();
    }

    static String validateGroup(String words) {
        if (words == null || words.length() > SearchLimits.MAX_SYNONYM_GROUP_LENGTH) {
            throw new InvalidSearchException("search.synonyms.error.length",
                    "A group is at most " + SearchLimits.MAX_SYNONYM_GROUP_LENGTH + " characters.",
                    SearchLimits.MAX_SYNONYM_GROUP_LENGTH);
        }
        List<String> list = new ArrayList<>(new LinkedHashSet<>(Synonyms.parseGroup(stripControls(words))));
        if (list.size() < 2) {
            throw new InvalidSearchException("search.synonyms.error.count",
                    "A group needs at least two words, separated by commas.");
        }
        for (String w : list) {
            if (w.length() > SearchLimits.MAX_SYNONYM_WORD_LENGTH || JapaneseAnalysis.normalize(w).strip().length() < 2) {
                throw new InvalidSearchException("search.synonyms.error.word",
                        "Each word has 2 to " + SearchLimits.MAX_SYNONYM_WORD_LENGTH + " characters.",
                        SearchLimits.MAX_SYNONYM_WORD_LENGTH);
            }
        }
        return String.join(",", list);
    }

    /** Loaded on first use (not in the constructor, which may run before Flyway has migrated). */
    private Synonyms currentSynonyms() {
        Synonyms s = synonyms.get();
        if (s == null) {
            reloadSynonyms();
            s = synonyms.get();
        }
        return s;
    }

    private void reloadSynonyms() {
        synonyms.set(Synonyms.shippedPlus(synonymRows.findAll().stream().map(SynonymGroup::words).toList()));
    }

    // ---- index (admins) ----

    @PreAuthorize("permitAll()")
    public IndexStatus status() {
        try {
            return new IndexStatus(index.sectionCount(), index.articles().size(), LuceneIndex.SCHEMA_VERSION,
                    reindexer.running(), reindexer.done(), reindexer.total());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rebuilds the index from MariaDB in the background; {@code progress} gets (done, total) articles. */
    @RolesAllowed(AppRoles.ADMIN)
    public Future<Integer> rebuild(BiConsumer<Integer, Integer> progress) {
        return reindexer.rebuildInBackground(progress);
    }
}
