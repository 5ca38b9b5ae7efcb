package jp.banso.formation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/**
 * Published playbooks, read from the library (articles of kind playbook): each {@code ##} section whose
 * anchor starts with {@code step-} is a step. Open to everyone, like the library.
 */
@Service
public class PlaybookService {

    private static final ArticleFilter PLAYBOOKS = new ArticleFilter(null, ArticleKind.PLAYBOOK, null, null);

    private final ArticleService articles;

    PlaybookService(ArticleService articles) {
        this.articles = articles;
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PlaybookSummary> listPublished() {
        return articles.listPublished(PLAYBOOKS, ArticleSort.TITLE).stream()
                .map(s -> articles.findPublished(s.slug()).flatMap(PlaybookService::read))
                .flatMap(Optional::stream)
                .map(Playbook::toSummary)
                .toList();
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Playbook> findPublished(String slug) {
        return articles.findPublished(slug).flatMap(PlaybookService::read);
    }

    /**
     * The case passages behind one step, with their titles: what a search hit on the step shows, so the
     * reader sees the step and the case that did it together. Empty for anything that is not a published step.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<EvidenceLink> evidence(String playbookSlug, String stepAnchor) {
        List<String> paths = findPublished(playbookSlug).stream().flatMap(p -> p.steps().stream())
                .filter(s -> s.anchor().equals(stepAnchor)).findFirst().map(PlaybookStep::evidence).orElse(List.of());
        List<EvidenceLink> out = new ArrayList<>();
        for (String path : paths) {
            String[] parts = path.substring("/library/".length()).split("#", 2);
            articles.findPublished(parts[0]).ifPresent(a -> a.sections().stream()
                    .filter(s -> s.anchor().equals(parts[1])).findFirst()
                    .ifPresent(s -> out.add(new EvidenceLink(path, a.meta().title() + "：" + s.title()))));
        }
        return out;
    }

    /** The article as a playbook; empty when it is of another kind or has no steps. */
    static Optional<Playbook> read(Article a) {
        if (a.meta().kind() != ArticleKind.PLAYBOOK) {
            return Optional.empty();
        }
        List<PlaybookStep> steps = new ArrayList<>();
        List<ArticleSection> sections = a.sections();
        for (int i = 0; i < sections.size(); i++) {
            ArticleSection s = sections.get(i);
            if (s.level() != 2 || !s.anchor().startsWith(KindRules.STEP_PREFIX)) {
                continue;
            }
            ContentBlocks.Labelled l = ContentBlocks.labelled(s.body());
            StringBuilder whatToDo = new StringBuilder(l.rest());
            // sub-blocks of a step belong to what it says to do
            for (int j = i + 1; j < sections.size() && sections.get(j).level() == 3; j++) {
                ArticleSection sub = sections.get(j);
                whatToDo.append("\n\n### ").append(sub.title()).append("\n\n").append(sub.body());
            }
            Map<String, String> f = l.fields();
            String duration = ContentBlocks.plain(f.getOrDefault(KindRules.DURATION, ""));
            var scenario = KindRules.SCENARIO_LINK.matcher(f.getOrDefault(KindRules.SCENARIO, ""));
            steps.add(new PlaybookStep(s.anchor(), s.title(), whatToDo.toString().strip(),
                    ContentBlocks.splitList(f.getOrDefault(KindRules.PARTICIPANTS, "")),
                    ContentBlocks.splitList(f.getOrDefault(KindRules.MATERIALS, "")),
                    duration.isEmpty() ? null : duration,
                    ContentBlocks.libraryLinks(f.getOrDefault(KindRules.EVIDENCE, "")).stream()
                            .map(ContentBlocks.LibraryLink::path).toList(),
                    scenario.find() ? scenario.group(1) : null,
                    ContentBlocks.splitList(f.getOrDefault(KindRules.AGENDA, ""))));
        }
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Playbook(a.slug(), a.meta().title(), a.meta().summary(), steps));
    }
}
