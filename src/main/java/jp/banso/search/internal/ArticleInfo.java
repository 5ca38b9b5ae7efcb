package jp.banso.search.internal;

import java.util.List;

/** Article metadata kept in memory beside the index: for hits and facet counts without stored-field reads. */
public record ArticleInfo(String slug, String title, String prefecture, String kind, List<String> municipalities,
                          List<String> themes, List<String> targetGroups) {

    static ArticleInfo of(SectionDoc d) {
        return new ArticleInfo(d.slug(), d.articleTitle(), d.prefecture(), d.kind(), List.copyOf(d.municipalities()),
                List.copyOf(d.themes()), List.copyOf(d.targetGroups()));
    }
}
