package jp.banso.library;

import java.util.List;

/** The values the library's filters offer, taken from the published articles. */
public record ArticleFacets(List<String> prefectures, List<ArticleKind> kinds, List<String> themes,
                            List<String> targetGroups) {
}
