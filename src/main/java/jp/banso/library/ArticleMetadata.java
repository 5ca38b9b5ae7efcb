package jp.banso.library;

import java.util.List;

/** Descriptive fields shared by the list, the article page and the APIs. */
public record ArticleMetadata(
        String slug,
        String title,
        ArticleKind kind,
        String prefecture,
        List<String> municipalities,
        Integer fiscalYear,
        List<String> themes,
        List<String> targetGroups,
        List<String> supportTeam,
        String summary) {

    public ArticleMetadata {
        title = jp.banso.base.TextHygiene.strip(title);
        municipalities = List.copyOf(municipalities);
        themes = List.copyOf(themes);
        targetGroups = List.copyOf(targetGroups);
        supportTeam = List.copyOf(supportTeam);
    }
}
