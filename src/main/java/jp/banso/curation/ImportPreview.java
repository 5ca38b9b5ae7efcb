package jp.banso.curation;

import jp.banso.library.ArticleDocument;

import java.util.List;
import jp.banso.library.FormatProblem;

/** What an upload would import: one entry per Markdown file, valid or with its problems. */
public record ImportPreview(List<ImportFile> files) {

    /**
     * @param document null when the file has problems
     * @param existing true when an article with the slug exists: the file becomes a new draft version of it
     * @param problems why the file cannot be imported (empty when it can)
     * @param warnings what the import filled in or changed so that the file could be read
     */
    public record ImportFile(String name, String source, ArticleDocument document, boolean existing,
                             List<FormatProblem> problems, List<FormatProblem> warnings) {

        public boolean valid() {
            return document != null && problems.isEmpty();
        }
    }

    public long validCount() {
        return files.stream().filter(ImportFile::valid).count();
    }
}
