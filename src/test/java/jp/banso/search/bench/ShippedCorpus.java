package jp.banso.search.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import jp.banso.library.ArticleDocument;
import jp.banso.search.internal.SectionDoc;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The shipped articles as index units, read straight from the content files (no database). */
public final class ShippedCorpus {

    private ShippedCorpus() {
    }

    public static List<List<SectionDoc>> load() throws IOException {
        // articles, scenarios and playbooks: all shipped, all indexed the same way
        return load("classpath*:content/*/*.md");
    }

    /** Articles in the shipped format from a resource pattern (the unseen evaluation set, for one). */
    public static List<List<SectionDoc>> load(String pattern) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources(pattern);
        if (files.length == 0) {
            throw new IllegalStateException("no article files at " + pattern);
        }
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        List<List<SectionDoc>> articles = new ArrayList<>();
        for (Resource f : files) {
            try (InputStream in = f.getInputStream()) {
                ArticleDocument doc = ArticleDocument.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                articles.add(SectionDoc.of(doc.meta(), doc.sections()));
            }
        }
        return articles;
    }
}
