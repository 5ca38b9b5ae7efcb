package jp.banso.library;

/**
 * One heading of an article and the Markdown under it up to the next heading.
 *
 * @param level 2 for a section, 3 for a sub-block inside the section before it
 */
public record ArticleSection(int position, String anchor, int level, String title, String body) {
}
