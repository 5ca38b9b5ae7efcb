package jp.banso.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** The index's part of /actuator/health: searchable only once built, its size, and DOWN when it cannot be read. */
class SearchIndexHealthTest {

    @Test
    void a_new_index_is_up_but_not_searchable_until_built_and_down_once_it_cannot_be_read() throws Exception {
        LuceneIndex index = LuceneIndex.inMemory(new JapaneseAnalysis());
        SearchIndexHealth indicator = new SearchIndexHealth(index, new Reindexer(index, null));

        Health fresh = indicator.health();
        assertThat(fresh.getStatus()).isEqualTo(Status.UP);
        assertThat(fresh.getDetails()).containsEntry("searchable", false).containsEntry("sections", 0)
                .containsEntry("rebuilding", false).containsEntry("schemaVersion", LuceneIndex.SCHEMA_VERSION);

        index.rebuild(List.of(List.of(
                EntityMatchingTest.section("nagano", "長野県", "s1", "建設事務所の役割", "建設事務所が市町村に働きかけた。"),
                EntityMatchingTest.section("nagano", "長野県", "s2", "勉強会", "県職員向けの勉強会を開いた。"))), n -> { });
        Health built = indicator.health();
        assertThat(built.getStatus()).isEqualTo(Status.UP);
        assertThat(built.getDetails()).containsEntry("searchable", true).containsEntry("sections", 2)
                .containsEntry("articles", 1);

        index.close();
        Health closed = indicator.health();
        assertThat(closed.getStatus()).isEqualTo(Status.DOWN);
        assertThat((String) closed.getDetails().get("problem")).isNotBlank();
    }
}
