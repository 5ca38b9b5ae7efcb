package jp.banso.base.markdown;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
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

    /**
     * The text a reader sees, without Markdown syntax: for search, snippets and the REST API. Read from the
     * safe HTML, so it holds what the page shows and nothing else: link and image targets, list markers,
     * emphasis marks and table pipes are gone (an ordered list keeps its numbers, as the page shows them). One line per block; a table row reads
     * 「first cell：the others、…」 (a header row the same way), so a snippet of a row is a sentence.
     */
    public static String toPlainText(String markdown) {
        return plainText(markdown, false);
    }

    /**
     * {@link #toPlainText}, with each link's target after its text as {@code " (target)"}: the search index's
     * text, whose section lengths BM25 weighs (see SectionDoc); {@code Snippet} never shows the targets.
     */
    public static String toPlainTextWithLinkTargets(String markdown) {
        return plainText(markdown, true);
    }

    private static String plainText(String markdown, boolean linkTargets) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    // the line breaks between a table's or a list's tags are not text
                    if (!t.isBlank() || t.parent() == null || !STRUCTURE.contains(t.parent().normalName())) {
                        out.append(t.text());
                    }
                } else if (node instanceof Element e) {
                    if (isCell(e)) {
                        // empty cells say nothing: count the filled ones before this one
                        long before = e.parent().children().stream().limit(e.elementSiblingIndex())
                                .filter(Element::hasText).count();
                        out.append(!e.hasText() || before == 0 ? "" : before == 1 ? "：" : "、");
                    } else if (e.isBlock() || e.nameIs("br")) {
                        newLine(out);
                        if (e.nameIs("li") && e.parent() != null && e.parent().nameIs("ol")) {
                            String start = e.parent().attr("start"); // the page shows the number too
                            out.append(e.elementSiblingIndex() + (start.matches("\\d{1,6}") ? Integer.parseInt(start) : 1)).append(". ");
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (linkTargets && node instanceof Element a && a.nameIs("a") && a.hasAttr("href")) {
                    out.append(" (").append(a.attr("href")).append(')');
                }
                if (node instanceof Element e && e.isBlock() && !isCell(e)) {
                    newLine(out);
                }
            }
        }, Jsoup.parseBodyFragment(toHtml(markdown)).body());
        return out.toString().lines().map(String::strip).filter(l -> !l.isEmpty())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private static final java.util.Set<String> STRUCTURE = java.util.Set.of("table", "thead", "tbody", "tr", "ul", "ol", "blockquote", "body");

    private static boolean isCell(Element e) {
        return e.nameIs("td") || e.nameIs("th");
    }

    private static void newLine(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
