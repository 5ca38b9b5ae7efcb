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
                    m.municipalities(), m.themes(), m.targetGroups(), SafeMarkdown.toPlainText(s.body())));
        }
        return docs;
    }
}
