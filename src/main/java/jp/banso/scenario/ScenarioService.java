package jp.banso.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.banso.library.Article;
import jp.banso.library.ArticleFilter;
import jp.banso.library.ArticleKind;
import jp.banso.library.ArticleSection;
import jp.banso.library.ArticleService;
import jp.banso.library.ArticleSort;
import jp.banso.library.ContentBlocks;
import jp.banso.library.KindRules;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Published scenarios, read from the library (articles of kind scenario). Open to everyone, like the library. */
@Service
public class ScenarioService {

    private static final ArticleFilter SCENARIOS = new ArticleFilter(null, ArticleKind.SCENARIO, null, null);

    private final ArticleService articles;

    ScenarioService(ArticleService articles) {
        this.articles = articles;
    }

    /** By title, so a facilitator picking one finds it where they expect. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<ScenarioSummary> listPublished() {
        return articles.listPublished(SCENARIOS, ArticleSort.TITLE).stream()
                .map(s -> articles.findPublished(s.slug()).flatMap(ScenarioService::read))
                .flatMap(Optional::stream)
                .map(Scenario::toSummary)
                .toList();
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Scenario> findPublished(String slug) {
        return articles.findPublished(slug).flatMap(ScenarioService::read);
    }

    /** The article as a scenario; empty when it is of another kind. */
    static Optional<Scenario> read(Article a) {
        if (a.meta().kind() != ArticleKind.SCENARIO) {
            return Optional.empty();
        }
        Map<String, String> body = a.sections().stream().filter(s -> s.level() == 2)
                .collect(Collectors.toMap(ArticleSection::anchor, ArticleSection::body, (x, y) -> x));
        Function<String, String> section = anchor -> body.getOrDefault(anchor, "");
        var link = ContentBlocks.libraryLinks(section.apply(KindRules.SOURCE)).stream().findFirst();
        var worksheet = KindRules.worksheet(section.apply(KindRules.WORKSHEET));
        if (link.isEmpty() || worksheet.isEmpty()) {
            return Optional.empty(); // stored before the scenario rules existed: not shown half-made
        }
        List<String> timing = ContentBlocks.listItems(section.apply(KindRules.TIMING));
        return Optional.of(new Scenario(a.slug(), a.meta().title(), a.meta().summary(), section.apply(KindRules.VIGNETTE),
                link.get().path(), link.get().text(), ContentBlocks.listItems(section.apply(KindRules.QUESTIONS)),
                ContentBlocks.listItems(section.apply(KindRules.ROLES)), worksheet.get(), KindRules.minutes(timing), timing));
    }
}
