package jp.banso.curation;

import jp.banso.library.ArticleStatus;
import jp.banso.library.ArticleSummary;

import java.time.Instant;

/** A row of the advisers' lists: an article, where its work stands, who saved last and when. */
public record CurationItem(ArticleSummary article, ArticleStatus state, int headNumber, String lastEditor,
                           Instant lastSavedAt) {
}
