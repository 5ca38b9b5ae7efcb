package jp.banso.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.banso.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every link of the shipped scenarios and playbooks leads somewhere: a {@code /library/slug#anchor} to a section
 * of a published article, a {@code /scenarios/slug} to a published scenario. Links are what make a playbook step
 * checkable against the case it comes from.
 */
class ContentLinksTest extends IntegrationTest {

    private static final Pattern ANY_SITE_LINK = Pattern.compile("\\]\\((/[^)\\s]*)\\)");

    @Autowired
    ArticleService articles;

    @Test
    void every_link_of_every_scenario_and_playbook_resolves_to_a_published_passage() {
        List<Article> all = articles.allPublished();
        Map<String, Article> bySlug = all.stream().collect(Collectors.toMap(Article::slug, Function.identity()));
        List<Article> content = all.stream()
                .filter(a -> a.meta().kind() == ArticleKind.SCENARIO || a.meta().kind() == ArticleKind.PLAYBOOK).toList();
        assertThat(content).extracting(a -> a.meta().kind()).contains(ArticleKind.SCENARIO, ArticleKind.PLAYBOOK);

        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Article a : content) {
            for (ArticleSection s : a.sections()) {
                Matcher m = ANY_SITE_LINK.matcher(s.body());
                while (m.find()) {
                    checked++;
                    String target = m.group(1);
                    String where = a.slug() + "#" + s.anchor() + " → " + target;
                    if (target.startsWith("/library/")) {
                        String[] parts = target.substring("/library/".length()).split("#", 2);
                        Article linked = bySlug.get(parts[0]);
                        Set<String> anchors = linked == null ? Set.of()
                                : linked.sections().stream().map(ArticleSection::anchor).collect(Collectors.toSet());
                        if (parts.length < 2 || !anchors.contains(parts[1])) {
                            broken.add(where);
                        }
                    } else if (target.startsWith("/scenarios/")) {
                        Article linked = bySlug.get(target.substring("/scenarios/".length()));
                        if (linked == null || linked.meta().kind() != ArticleKind.SCENARIO) {
                            broken.add(where);
                        }
                    } else {
                        broken.add(where + " (only /library/ and /scenarios/ links are allowed)");
                    }
                }
            }
        }
        System.out.printf("scenario and playbook links: %d checked, %d broken%n", checked, broken.size());
        assertThat(checked).isPositive();
        assertThat(broken).isEmpty();
    }
}
