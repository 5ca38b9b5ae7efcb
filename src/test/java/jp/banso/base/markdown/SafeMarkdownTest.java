package jp.banso.base.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeMarkdownTest {

    @Test
    void links_to_passages_of_this_site_stay_links() {
        assertThat(SafeMarkdown.toHtml("[第2回](/library/hiroshima-hatsukaichi#activities-3)"))
                .contains("href=\"/library/hiroshima-hatsukaichi#activities-3\"")
                .doesNotContain("banso.invalid");
    }

    @Test
    void script_and_data_links_are_still_dropped() {
        assertThat(SafeMarkdown.toHtml("[x](javascript:alert(1)) [y](data:text/html,hi) <script>alert(1)</script>"))
                .doesNotContain("javascript:").doesNotContain("data:").doesNotContain("<script");
    }

    @Test
    void web_links_keep_working_and_get_rel_noopener() {
        assertThat(SafeMarkdown.toHtml("[国交省](https://www.mlit.go.jp/)"))
                .contains("href=\"https://www.mlit.go.jp/\"").contains("noopener");
    }
}
