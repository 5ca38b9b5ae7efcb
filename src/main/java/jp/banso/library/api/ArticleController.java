package jp.banso.library.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import jp.banso.base.markdown.SafeMarkdown;
import jp.banso.library.Article;
import jp.banso.library.ArticleFilter;
import jp.banso.library.ArticleKind;
import jp.banso.library.ArticleMetadata;
import jp.banso.library.ArticleService;
import jp.banso.library.ArticleSort;
import jp.banso.library.ArticleSummary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Read-only JSON of the published library. */
@RestController
@RequestMapping(path = "/api/articles", produces = MediaType.APPLICATION_JSON_VALUE)
class ArticleController {

    record ArticleJson(String slug, String title, String kind, String prefecture, List<String> municipalities,
                       Integer fiscalYear, List<String> themes, List<String> targetGroups, List<String> supportTeam,
                       String summary, Instant publishedAt, Instant updatedAt, Instant verifiedAt, String url,
                       List<SectionJson> sections) {
    }

    record SectionJson(String anchor, int level, String title, String text, String markdown, String url) {
    }

    private final ArticleService articles;

    ArticleController(ArticleService articles) {
        this.articles = articles;
    }

    @GetMapping
    List<ArticleJson> list(@RequestParam(required = false) String prefecture,
                           @RequestParam(required = false) String kind,
                           @RequestParam(required = false) String theme,
                           @RequestParam(required = false) String targetGroup,
                           @RequestParam(required = false, defaultValue = "newest") String sort) {
        ArticleKind k = null;
        if (kind != null && !kind.isBlank()) {
            try {
                k = ArticleKind.parse(kind);
            } catch (IllegalArgumentException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "kind must be " + ArticleKind.NAMES);
            }
        }
        ArticleSort s;
        try {
            s = ArticleSort.valueOf(sort.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "sort must be newest, title, prefecture or fiscal_year");
        }
        return articles.listPublished(new ArticleFilter(blankToNull(prefecture), k, blankToNull(theme),
                        blankToNull(targetGroup)), s).stream()
                .map(a -> json(a, null))
                .toList();
    }

    @GetMapping("/{slug}")
    ArticleJson get(@PathVariable String slug) {
        Article article = articles.findPublished(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no published article: " + slug));
        String url = "/library/" + article.slug();
        List<SectionJson> sections = article.sections().stream()
                .map(s -> new SectionJson(s.anchor(), s.level(), s.title(), SafeMarkdown.toPlainText(s.body()), s.body(),
                        url + "#" + s.anchor()))
                .toList();
        return json(article.summary(), sections);
    }

    private static ArticleJson json(ArticleSummary a, List<SectionJson> sections) {
        ArticleMetadata m = a.meta();
        return new ArticleJson(m.slug(), m.title(), m.kind().name().toLowerCase(Locale.ROOT), m.prefecture(),
                m.municipalities(), m.fiscalYear(), m.themes(), m.targetGroups(), m.supportTeam(), m.summary(),
                a.publishedAt(), a.updatedAt(), a.verifiedAt(), "/library/" + m.slug(), sections);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
