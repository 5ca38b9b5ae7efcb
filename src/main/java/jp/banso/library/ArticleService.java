package jp.banso.library;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.banso.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The library's public API. Reading published articles is open to everyone, including anonymous users. */
@Service
public class ArticleService {

    private final ArticleRepository articles;

    ArticleService(ArticleRepository articles) {
        this.articles = articles;
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<ArticleSummary> listPublished(ArticleFilter filter, ArticleSort sort) {
        return articles.findSummaries(ArticleStatus.PUBLISHED, filter == null ? ArticleFilter.ANY : filter,
                sort == null ? ArticleSort.NEWEST : sort);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<ArticleSummary> newestPublished(int limit) {
        return listPublished(ArticleFilter.ANY, ArticleSort.NEWEST).stream().limit(Math.max(0, limit)).toList();
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Article> findPublished(String slug) {
        if (slug == null || slug.length() > ArticleLimits.SLUG_MAX || !slug.matches(ArticleLimits.SLUG_PATTERN)) {
            return Optional.empty();
        }
        return articles.findSummary(slug)
                .filter(s -> s.status() == ArticleStatus.PUBLISHED)
                .map(s -> new Article(s, articles.findSections(s.id())));
    }

    /** Every published article with its sections: what the search index is built from. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Article> allPublished() {
        return listPublished(ArticleFilter.ANY, ArticleSort.TITLE).stream()
                .map(s -> new Article(s, articles.findSections(s.id())))
                .toList();
    }

    /**
     * Other published articles sharing themes or the prefecture, most in common first: each shared theme
     * or target group counts one, the same prefecture two (neighbours learn most from each other).
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<ArticleSummary> related(String slug, int limit) {
        Optional<ArticleSummary> self = articles.findSummary(slug).filter(s -> s.status() == ArticleStatus.PUBLISHED);
        if (self.isEmpty()) {
            return List.of();
        }
        ArticleMetadata m = self.get().meta();
        record Scored(ArticleSummary a, int score) {
        }
        return listPublished(ArticleFilter.ANY, ArticleSort.TITLE).stream()
                .filter(a -> !a.slug().equals(slug))
                .map(a -> new Scored(a, relatedness(m, a.meta())))
                .filter(s -> s.score() > 0)
                .sorted(Comparator.comparingInt(Scored::score).reversed())
                .limit(Math.max(0, limit))
                .map(Scored::a)
                .toList();
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public ArticleFacets facets() {
        return new ArticleFacets(articles.distinctPrefectures(ArticleStatus.PUBLISHED),
                articles.distinctKinds(ArticleStatus.PUBLISHED),
                articles.distinctTags(ArticleStatus.PUBLISHED, ArticleRepository.TagType.THEME),
                articles.distinctTags(ArticleStatus.PUBLISHED, ArticleRepository.TagType.TARGET_GROUP));
    }

    /** Slugs whose shipped file changed after an adviser edited the article in the app. */
    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<String> pendingShippedUpdates() {
        return articles.pendingShippedUpdates();
    }

    private static int relatedness(ArticleMetadata a, ArticleMetadata b) {
        int score = a.prefecture().equals(b.prefecture()) ? 2 : 0;
        Set<String> themes = Set.copyOf(a.themes());
        score += (int) b.themes().stream().filter(themes::contains).count();
        Set<String> targets = Set.copyOf(a.targetGroups());
        score += (int) b.targetGroups().stream().filter(targets::contains).count();
        return score;
    }
}
