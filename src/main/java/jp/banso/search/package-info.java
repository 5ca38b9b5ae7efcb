/**
 * Japanese full-text search over the library's sections (Lucene, derived from MariaDB): the search page,
 * GET /api/search and the advisers' synonyms. {@link jp.banso.search.SearchService} is the public API.
 */
package jp.banso.search;
