package jp.banso.search;

import java.util.List;
import java.util.regex.Pattern;

/** A passage of plain text cut into parts, the matched words marked. Never holds markup of its own. */
public record Snippet(List<Part> parts) {

    public record Part(String text, boolean marked) {
    }

    /**
     * A link's target as the index text holds it after the link's words (SectionDoc): not for readers. Also
     * the pieces of one that a snippet's cut leaves at the end ({@code " (/library/…"}) or start of a part.
     */
    private static final Pattern LINK_TARGET = Pattern.compile(
            " \\((?:/|https?://|mailto:)[^\\s()]*(?:\\)|$)|^[\\w/#.~%:?=&+-]*[/#][\\w/#.~%:?=&+-]*\\)");

    public Snippet {
        parts = parts.stream().map(p -> p.marked() ? p : new Part(LINK_TARGET.matcher(p.text()).replaceAll(""), false))
                .filter(p -> !p.text().isEmpty()).toList();
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        parts.forEach(p -> sb.append(p.text()));
        return sb.toString();
    }

    /** HTML-safe: every part escaped first, then the marked ones wrapped in {@code <mark>}. */
    public String html() {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            String escaped = escape(p.text());
            sb.append(p.marked() ? "<mark>" + escaped + "</mark>" : escaped);
        }
        return sb.toString();
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
