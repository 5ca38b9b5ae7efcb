package jp.banso.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small readers for the structured parts of scenario and playbook sections (docs/content-format.md): list
 * items, labelled lines such as {@code - **参加者**：住宅部局、福祉部局}, and links to library passages. They
 * read the same Markdown that readers and the editor see, so an adviser's edit keeps the structure.
 */
public final class ContentBlocks {

    /** A link to a passage of the library: {@code /library/slug#anchor}. */
    public record LibraryLink(String text, String slug, String anchor) {
        public String path() {
            return "/library/" + slug + "#" + anchor;
        }
    }

    /** A step's labelled lines by label, and the rest of its text. */
    public record Labelled(Map<String, String> fields, String rest) {
    }

    private static final Pattern ITEM = Pattern.compile("^\\s{0,3}(?:[-*+]|\\d{1,3}[.)])\\s+(.+?)\\s*$");
    private static final Pattern LABEL = Pattern.compile("^\\s{0,3}[-*+]\\s+\\*\\*([^*]{1,20})\\*\\*\\s*[:：]\\s*(.*?)\\s*$");
    private static final Pattern LIBRARY_LINK = Pattern.compile(
            "\\[([^\\]]*)\\]\\(/library/(" + ArticleLimits.SLUG_PATTERN + ")#(" + ArticleLimits.ANCHOR_PATTERN + ")\\)");
    private static final Pattern ANY_LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*([^*]+)\\*\\*|\\*([^*]+)\\*|`([^`]+)`");

    private ContentBlocks() {
    }

    /** The items of every list in the text (bullets and numbers), as plain text without Markdown marks. */
    public static List<String> listItems(String markdown) {
        List<String> out = new ArrayList<>();
        for (String line : lines(markdown)) {
            Matcher m = ITEM.matcher(line);
            if (m.matches()) {
                out.add(plain(m.group(1)));
            }
        }
        return out;
    }

    /** Lines {@code - **label**：value} become fields (first one wins); everything else is the rest. */
    public static Labelled labelled(String markdown) {
        Map<String, String> fields = new LinkedHashMap<>();
        StringBuilder rest = new StringBuilder();
        for (String line : lines(markdown)) {
            Matcher m = LABEL.matcher(line);
            if (m.matches()) {
                fields.putIfAbsent(m.group(1).strip(), m.group(2));
            } else {
                rest.append(line).append('\n');
            }
        }
        return new Labelled(fields, rest.toString().strip());
    }

    /** Every link to a library passage in the text, in order. */
    public static List<LibraryLink> libraryLinks(String markdown) {
        List<LibraryLink> out = new ArrayList<>();
        Matcher m = LIBRARY_LINK.matcher(markdown == null ? "" : markdown);
        while (m.find()) {
            out.add(new LibraryLink(plain(m.group(1)), m.group(2), m.group(3)));
        }
        return out;
    }

    /** A list written on one line, split at 、 or ，, links reduced to their text. */
    public static List<String> splitList(String value) {
        List<String> out = new ArrayList<>();
        for (String part : plain(value).split("[、，,]")) {
            String p = part.strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /** Text without link targets and emphasis marks. */
    public static String plain(String markdown) {
        String s = ANY_LINK.matcher(markdown == null ? "" : markdown).replaceAll("$1");
        Matcher m = EMPHASIS.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String inner = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            m.appendReplacement(sb, Matcher.quoteReplacement(inner));
        }
        m.appendTail(sb);
        return sb.toString().strip();
    }

    private static String[] lines(String markdown) {
        return (markdown == null ? "" : markdown).split("\n");
    }
}
