/**
 * Curation: advisers edit, import, review and publish articles (revisions, diffs, attachments, taxonomy,
 * shipped-file updates). It writes through the library's {@link jp.banso.library.ArticleStore}; the library
 * never depends on it. {@link jp.banso.curation.ArticleEditingService} is the public API.
 */
package jp.banso.curation;
