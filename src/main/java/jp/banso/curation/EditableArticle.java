package jp.banso.curation;

import jp.banso.library.ArticleStatus;
import jp.banso.library.ArticleSummary;

import java.util.List;

/**
 * An article as advisers see it: what readers see ({@code published}, its status), where the work stands
 * ({@code state}: DRAFT or IN_REVIEW while unpublished changes exist, else the status), the head revision to
 * edit, and the reviews so far.
 *
 * @param publishedNumber the revision readers see, or null when never published
 */
public record EditableArticle(ArticleSummary published, ArticleStatus state, ArticleRevision head,
                              Integer publishedNumber, List<ArticleReview> reviews) {

    public String slug() {
        return published.slug();
    }

    /** Unsaved-to-readers work exists: the head is not what readers see. */
    public boolean hasUnpublishedChanges() {
        return publishedNumber == null || head.number() != publishedNumber;
    }
}
