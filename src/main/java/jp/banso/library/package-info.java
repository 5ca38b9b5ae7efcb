/**
 * The case library: articles (program, cases, plans) with metadata and sections, loaded from shipped
 * content files and then kept in MariaDB. {@link jp.banso.library.ArticleService} is the public API.
 */
package jp.banso.library;
