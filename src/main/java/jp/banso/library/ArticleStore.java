package jp.banso.library;

import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.banso.security.AppRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What curation may do to the article rows that readers see: create a draft, replace the content with a
 * reviewed version, mark an article as edited in the app (so a changed shipped file waits for an adviser),
 * and read articles in any state. Curation owns the workflow; the library owns the rows.
 */
@Service
public class ArticleStore {

    private final ArticleRepository articles;

    ArticleStore(ArticleRepository articles) {
        this.articles = articles;
    }

    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public boolean exists(String slug) {
        return articles.loadState(slug).isPresent();
    }

    /** A new article made in the app, in the given state (a draft nobody but advisers sees). */
    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional
    public long insertFromApp(ArticleDocument doc, ArticleStatus status, Instant now) {
        return articles.insert(doc, status, ArticleRepository.Origin.APP, null, now);
    }

    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional
    public void replaceContent(long id, ArticleDocument doc, Instant now) {
        articles.replaceContent(id, doc, now);
    }

    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional
    public void markEditedInApp(String slug) {
        articles.markEditedInApp(slug);
    }

    /** One article in any state (drafts and archived ones included). */
    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public Optional<ArticleSummary> findSummary(String slug) {
        return articles.findSummary(slug);
    }

    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<ArticleSection> findSections(long articleId) {
        return articles.findSections(articleId);
    }

    @RolesAllowed({AppRoles.ADVISER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<ArticleSummary> findSummaries(ArticleStatus status) {
        return articles.findSummaries(status, ArticleFilter.ANY, ArticleSort.TITLE);
    }
}
