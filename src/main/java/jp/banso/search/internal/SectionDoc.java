package jp.banso.search.internal;

import java.util.ArrayList;
import java.util.List;
import jp.banso.base.markdown.SafeMarkdown;
import jp.banso.library.Article;
import jp.banso.library.ArticleMetadata;
import jp.banso.library.ArticleSection;

/** The unit of the index: one section (or level-3 sub-block) with its article's metadata, as plain text. */
public record SectionDoc(String slug, String anchor, int position, int level, String section, String articleTitle,
                         String prefecture, String kind, List<String> municipalities, List<String> themes,
                         List<String> targetGroups, String text) {

    public static List<SectionDoc> of(Article article) {
        return of(article.meta(), article.sections());
    }

    public static List<SectionDoc> of(ArticleMetadata m, List<ArticleSection> sections) {
        List<SectionDoc> docs = new ArrayList<>(sections.size());
        for (ArticleSection s : sections) {
            docs.add(new SectionDoc(m.slug(), s.anchor(), s.position(), s.level(), s.title(), m.title(),
                    m.prefecture() == null ? "" : m.prefecture(), m.kind().name().toLowerCase(java.util.Locale.ROOT),
                    m.municipalities(), m.themes(), m.targetGroups(), readable(SafeMarkdown.toPlainText(s.body()))));
        }
        return docs;
    }

    /**
     * The plain text as a reader would say it: list markers dropped, a table row as 「first cell：the others、…」
     * (the text renderer keeps {@code - } and {@code |}, which snippets would show).
     */
    static String readable(String plain) {
        StringBuilder out = new StringBuilder(plain.length());
        for (String line : plain.split("\n", -1)) {
            String l = line;
            if (l.startsWith("- ") || l.startsWith("* ")) {
                l = l.substring(2);
            }
            if (l.contains("|")) {
                List<String> cells = new ArrayList<>();
                for (String c : l.split("\\|")) {
                    if (!c.isBlank()) {
                        cells.add(c.strip());
                    }
                }
                if (!cells.isEmpty()) {
                    l = cells.size() == 1 ? cells.get(0)
                            : cells.get(0) + "：" + String.join("、", cells.subList(1, cells.size()));
                }
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(l);
        }
        return out.toString();
    }
}
