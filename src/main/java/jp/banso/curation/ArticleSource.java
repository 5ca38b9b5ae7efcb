package jp.banso.curation;

import jp.banso.library.ArticleDocument;
import jp.banso.library.ArticleFormatException;
import jp.banso.library.FormatProblem;
import jp.banso.library.ArticleMetadata;

import java.util.List;

/**
 * The editor's two halves of an article file: metadata (the form) and the sections as Markdown with
 * {@code ## heading {#anchor}} lines. Joining them goes through {@link ArticleDocument#parse}, so the
 * editor, imports and shipped files obey exactly the same rules.
 */
public final class ArticleSource {

    private ArticleSource() {
    }

    /** The sections part of a document: what the section editor shows. */
    public static String sectionsMarkdown(ArticleDocument doc) {
        String md = doc.toMarkdown();
        int end = md.indexOf("\n---\n", 3);
        return md.substring(end + 5).strip() + "\n";
    }

    /** The text put before the section editor's Markdown when composing: its lines shift line numbers. */
    public static String frontMatterOf(ArticleMetadata meta) {
        if (meta.kind() == null) {
            return "";
        }
        try {
            return new ArticleDocument(meta, List.of()).toMarkdown() + "\n";
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** A document from the form's metadata and the section editor's Markdown; every problem at once. */
    public static ArticleDocument compose(ArticleMetadata meta, String sectionsMarkdown) {
        if (meta.kind() == null) {
            throw ArticleFormatException.of(FormatProblem.of("kind", 0, "format.required", "kind: required"));
        }
        String frontMatter = new ArticleDocument(meta, List.of()).toMarkdown();
        return ArticleDocument.parse(frontMatter + "\n" + (sectionsMarkdown == null ? "" : sectionsMarkdown));
    }
}
