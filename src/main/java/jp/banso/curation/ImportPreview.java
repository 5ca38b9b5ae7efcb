package jp.banso.curation;

import jp.banso.library.ArticleDocument;

import java.util.List;

/** What an upload would import: one entry per Markdown file, valid or with its problems. */
public record ImportPreview(List<ImportFile> files) {

    /**
     * @param document null when the file has problems
     * @param existing true when an article with the slug exists: the file becomes a new draft version of it
     */
    public record ImportFile(String name, String source, ArticleDocument document, boolean existing,
                             List<String> problems) {

        public boolean valid() {
            return document != null && problems.isEmpty();
        }
    }

    public long validCount() {
        return files.stream().filter(ImportFile::valid).count();
    }
}
