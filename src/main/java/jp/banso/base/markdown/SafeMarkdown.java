package jp.banso.base.markdown;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Markdown to HTML that is safe to show: raw HTML in the source is escaped by the renderer, and the
 * result passes an allow-list sanitiser as a second line of defence (links only http, https, mailto, and
 * paths of this site such as {@code /library/slug#anchor}, which scenarios and playbooks use for evidence).
 */
public final class SafeMarkdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().extensions(EXTENSIONS).build();
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow")
            .preserveRelativeLinks(true);
    /** Relative links are checked as if on this host; only the protocol matters, the base never shows. */
    private static final String BASE = "https://banso.invalid/";

    private SafeMarkdown() {
    }

    public static String toHtml(String markdown) {
        String html = HTML.render(PARSER.parse(markdown == null ? "" : markdown));
        return Jsoup.clean(html, BASE, SAFELIST);
    }

    /** The text a reader sees, without Markdown syntax: for search, snippets and the REST API. */
    public static String toPlainText(String markdown) {
        return TEXT.render(PARSER.parse(markdown == null ? "" : markdown)).strip();
    }
}
