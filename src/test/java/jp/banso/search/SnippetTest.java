package jp.banso.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetTest {

    @Test
    void html_escapes_the_text_before_marking_it() {
        Snippet s = new Snippet(List.of(new Snippet.Part("<script>alert('x')</script> & ", false),
                new Snippet.Part("<b>相談</b>", true)));
        assertThat(s.html()).isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; "
                + "<mark>&lt;b&gt;相談&lt;/b&gt;</mark>");
        assertThat(s.text()).isEqualTo("<script>alert('x')</script> & <b>相談</b>");
    }
}
