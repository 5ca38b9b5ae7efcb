package jp.banso.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.banso.IntegrationTest;
import jp.banso.base.markdown.SafeMarkdown;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Facts taken from the seed documents (src/test/resources/content/facts-*.tsv) must be in the text of the
 * library as loaded into MariaDB: the shipped articles keep every fact while using their own words.
 */
class ShippedContentFactsTest extends IntegrationTest {

    record Fact(String file, int line, String slug, Pattern pattern, String note) {
    }

    @Autowired
    ArticleService articles;

    @Test
    void every_seed_fact_is_in_the_loaded_library() throws IOException {
        List<Fact> facts = readFacts();
        assertThat(facts).as("a table of at least 50 facts").hasSizeGreaterThanOrEqualTo(50);
        List<String> missing = new ArrayList<>();
        for (Fact f : facts) {
            String text = articles.findPublished(f.slug()).map(ShippedContentFactsTest::fullText).orElse(null);
            if (text == null) {
                missing.add(f.file() + ":" + f.line() + " no published article " + f.slug());
            } else if (!f.pattern().matcher(text).find()) {
                missing.add(f.file() + ":" + f.line() + " " + f.slug() + " lacks /" + f.pattern() + "/ (" + f.note() + ")");
            }
        }
        System.out.printf("content facts: %d checked, %d missing%n", facts.size(), missing.size());
        assertThat(missing).isEmpty();
    }

    static String fullText(Article a) {
        ArticleMetadata m = a.meta();
        String meta = String.join("\n", m.title(), m.prefecture(), String.join("、", m.municipalities()),
                String.join("、", m.supportTeam()), m.summary());
        String body = a.sections().stream()
                .map(s -> s.title() + "\n" + SafeMarkdown.toPlainText(s.body()) + "\n" + s.body())
                .collect(Collectors.joining("\n"));
        return Normalizer.normalize(meta + "\n" + body, Normalizer.Form.NFKC);
    }

    private static List<Fact> readFacts() throws IOException {
        List<Fact> facts = new ArrayList<>();
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:content/facts-*.tsv");
        assertThat(files).isNotEmpty();
        for (Resource r : files) {
            String text;
            try (InputStream in = r.getInputStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String[] lines = text.split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                assertThat(cols.length).as(r.getFilename() + ":" + (i + 1) + " has slug, regex and note").isGreaterThanOrEqualTo(2);
                facts.add(new Fact(r.getFilename(), i + 1, cols[0].strip(),
                        Pattern.compile(Normalizer.normalize(cols[1].strip(), Normalizer.Form.NFKC)),
                        cols.length > 2 ? cols[2] : ""));
            }
        }
        return facts;
    }
}
