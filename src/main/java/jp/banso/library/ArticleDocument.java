package jp.banso.library;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * An article as a Markdown file with YAML front matter (docs/content-format.md): the format of the
 * shipped content, of imports and of exports.
 */
public record ArticleDocument(ArticleMetadata meta, List<ArticleSection> sections) {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*(?:\\{#([^}]*)\\})?\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*");

    public ArticleDocument {
        sections = List.copyOf(sections);
    }

    /** Reads a file's text; every problem is reported at once, with line numbers where there are lines. */
    public static ArticleDocument parse(String source) {
        List<FormatProblem> problems = new ArrayList<>();
        String text = source == null ? "" : source.replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            throw ArticleFormatException.of(FormatProblem.of("frontMatter", 1, "format.frontMatterStart", "line 1: front matter must start with ---"));
        }
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw ArticleFormatException.of(FormatProblem.of("frontMatter", 0, "format.frontMatterEnd", "front matter is not closed with ---"));
        }
        Map<String, Object> yaml = readYaml(String.join("\n", java.util.Arrays.asList(lines).subList(1, end)), problems);
        ArticleMetadata meta = yaml == null ? null : readMeta(yaml, problems);
        List<ArticleSection> sections = readSections(lines, end + 1, problems);
        if (meta != null && problems.isEmpty()) {
            KindRules.problems(meta.kind(), sections).forEach(p -> problems.add(FormatProblem.text("sections", p)));
        }
        if (!problems.isEmpty()) {
            throw new ArticleFormatException(problems);
        }
        return new ArticleDocument(meta, sections);
    }

    /** The file again, front matter first; parse(toMarkdown()) gives back an equal document. */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("slug: ").append(meta.slug()).append('\n');
        sb.append("title: ").append(yamlScalar(meta.title())).append('\n');
        sb.append("kind: ").append(meta.kind().name().toLowerCase(java.util.Locale.ROOT)).append('\n');
        sb.append("prefecture: ").append(yamlScalar(meta.prefecture())).append('\n');
        sb.append("municipalities: ").append(yamlList(meta.municipalities())).append('\n');
        sb.append("fiscal_year: ").append(meta.fiscalYear() == null ? "null" : meta.fiscalYear()).append('\n');
        sb.append("themes: ").append(yamlList(meta.themes())).append('\n');
        sb.append("target_groups: ").append(yamlList(meta.targetGroups())).append('\n');
        sb.append("support_team: ").append(yamlList(meta.supportTeam())).append('\n');
        sb.append("summary: ").append(yamlScalar(meta.summary())).append('\n');
        sb.append("---\n");
        for (ArticleSection s : sections) {
            sb.append('\n').append("#".repeat(s.level())).append(' ').append(s.title())
                    .append(" {#").append(s.anchor()).append("}\n");
            if (!s.body().isEmpty()) {
                sb.append('\n').append(s.body()).append('\n');
            }
        }
        return sb.toString();
    }

    public static String sha256(String source) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(source.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readYaml(String yamlText, List<FormatProblem> problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        try {
            Object loaded = new Yaml(new SafeConstructor(options)).load(yamlText);
            if (loaded instanceof Map<?, ?> map) {
                return (Map<String, Object>) map;
            }
            problems.add(FormatProblem.of("frontMatter", 0, "format.yamlMapping", "front matter must be a YAML mapping of keys"));
        } catch (RuntimeException e) {
            problems.add(FormatProblem.of("frontMatter", 0, "format.yaml", "front matter is not valid YAML: "
                    + e.getMessage().lines().findFirst().orElse(""), e.getMessage().lines().findFirst().orElse("")));
        }
        return null;
    }

    private static ArticleMetadata readMeta(Map<String, Object> y, List<FormatProblem> problems) {
        String slug = string(y, "slug", ArticleLimits.SLUG_MAX, true, problems);
        if (slug != null && !slug.matches(ArticleLimits.SLUG_PATTERN)) {
            problems.add(FormatProblem.of("slug", 0, "format.slug", "slug: only lowercase letters, digits and single '-' are allowed: " + slug, slug));
        }
        String title = string(y, "title", ArticleLimits.TITLE_MAX, true, problems);
        String kindText = string(y, "kind", 20, true, problems);
        ArticleKind kind = null;
        if (kindText != null) {
            try {
                kind = ArticleKind.parse(kindText);
            } catch (IllegalArgumentException e) {
                problems.add(FormatProblem.of("kind", 0, "format.kind", "kind: must be " + ArticleKind.NAMES + ", not " + kindText, kindText));
            }
        }
        String prefecture = string(y, "prefecture", ArticleLimits.PREFECTURE_MAX, true, problems);
        Integer fiscalYear = null;
        Object fy = y.get("fiscal_year");
        if (fy instanceof Integer i && i >= 1989 && i <= 2100) {
            fiscalYear = i;
        } else if (fy != null) {
            problems.add(FormatProblem.of("fiscal_year", 0, "format.fiscalYear", "fiscal_year: a Western year such as 2023, or null"));
        }
        String summary = string(y, "summary", ArticleLimits.SUMMARY_MAX, false, problems);
        List<String> municipalities = list(y, "municipalities", problems);
        List<String> themes = list(y, "themes", problems);
        List<String> targets = list(y, "target_groups", problems);
        List<String> team = list(y, "support_team", problems);
        // sources: optional list of where the facts come from (public pages); checked, not stored
        if (y.containsKey("sources")) {
            list(y, "sources", problems);
        }
        Set<String> known = Set.of("slug", "title", "kind", "prefecture", "municipalities", "fiscal_year", "themes",
                "target_groups", "support_team", "summary", "sources");
        for (String key : y.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                problems.add(FormatProblem.of("frontMatter", 0, "format.unknownKey", "unknown front matter key: " + key, String.valueOf(key)));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new ArticleMetadata(slug, title, kind, prefecture, municipalities, fiscalYear, themes, targets, team,
                summary == null ? "" : summary);
    }

    private static String string(Map<String, Object> y, String key, int max, boolean required, List<FormatProblem> problems) {
        Object v = y.get(key);
        if (v == null || v.toString().isBlank()) {
            if (required) {
                problems.add(FormatProblem.of(key, 0, "format.required", key + ": required"));
            }
            return null;
        }
        if (v instanceof Map || v instanceof List) {
            problems.add(FormatProblem.of(key, 0, "format.text", key + ": must be text"));
            return null;
        }
        String s = v.toString().strip();
        if (s.length() > max) {
            problems.add(FormatProblem.of(key, 0, "format.tooLong", key + ": at most " + max + " characters (" + s.length() + ")", max, s.length()));
        }
        if (s.chars().anyMatch(c -> Character.isISOControl(c))) {
            problems.add(FormatProblem.of(key, 0, "format.control", key + ": control characters are not allowed"));
        }
        return s;
    }

    private static List<String> list(Map<String, Object> y, String key, List<FormatProblem> problems) {
        Object v = y.get(key);
        if (v == null) {
            problems.add(FormatProblem.of(key, 0, "format.required", key + ": required (use [] for none)"));
            return List.of();
        }
        if (!(v instanceof List<?> items)) {
            problems.add(FormatProblem.of(key, 0, "format.list", key + ": must be a list such as [a, b]"));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object item : items) {
            String s = item == null ? "" : item.toString().strip();
            if (s.isEmpty() || s.length() > ArticleLimits.TAG_MAX || item instanceof Map || item instanceof List) {
                problems.add(FormatProblem.of(key, 0, "format.listEntry", key + ": each entry must be text of 1-" + ArticleLimits.TAG_MAX + " characters", ArticleLimits.TAG_MAX));
            } else if (!out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<ArticleSection> readSections(String[] lines, int start, List<FormatProblem> problems) {
        record Open(int line, int level, String title, String anchor, StringBuilder body) {
        }
        List<Open> open = new ArrayList<>();
        boolean inFence = false;
        for (int i = start; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
            }
            Matcher m = inFence ? null : HEADING.matcher(line);
            if (m != null && m.matches() && (m.group(1).length() == 2 || m.group(1).length() == 3)) {
                int level = m.group(1).length();
                String anchor = m.group(3) == null ? null : m.group(3).strip();
                open.add(new Open(i + 1, level, m.group(2).strip(), anchor, new StringBuilder()));
                continue;
            }
            if (m != null && m.matches() && m.group(1).length() == 1) {
                problems.add(FormatProblem.of("sections", i + 1, "format.h1", "line " + (i + 1) + ": no # heading in the body (the title is in the front matter)"));
                continue;
            }
            if (open.isEmpty()) {
                if (!line.isBlank()) {
                    problems.add(FormatProblem.of("sections", i + 1, "format.textBeforeHeading", "line " + (i + 1) + ": text before the first ## heading"));
                }
                continue;
            }
            open.get(open.size() - 1).body().append(line).append('\n');
        }
        if (open.isEmpty()) {
            problems.add(FormatProblem.of("sections", 0, "format.noSection", "the article needs at least one ## section"));
        }
        if (open.size() > ArticleLimits.SECTIONS_MAX) {
            problems.add(FormatProblem.of("sections", 0, "format.tooManySections", "at most " + ArticleLimits.SECTIONS_MAX + " sections", ArticleLimits.SECTIONS_MAX));
        }
        List<ArticleSection> sections = new ArrayList<>();
        Set<String> anchors = new HashSet<>();
        // anchors written in the text are kept as they are; generated ones avoid them all
        Set<String> taken = new HashSet<>();
        open.stream().map(Open::anchor).filter(java.util.Objects::nonNull).forEach(taken::add);
        for (int i = 0; i < open.size(); i++) {
            Open o = open.get(i);
            if (i == 0 && o.level() != 2) {
                problems.add(FormatProblem.of("sections", o.line(), "format.firstHeading", "line " + o.line() + ": the first heading must be a ## section"));
            }
            String anchor = o.anchor();
            if (anchor == null) {
                anchor = generatedAnchor(o.title(), taken);
                taken.add(anchor);
            }
            if (!anchor.matches(ArticleLimits.ANCHOR_PATTERN) || anchor.length() > ArticleLimits.ANCHOR_MAX) {
                problems.add(FormatProblem.of("sections", o.line(), "format.anchor", "line " + o.line() + ": anchor {#" + anchor + "} must be lowercase letters, digits and '-'", anchor));
            } else if (!anchors.add(anchor)) {
                problems.add(FormatProblem.of("sections", o.line(), "format.anchorTwice", "line " + o.line() + ": anchor {#" + anchor + "} is used twice", anchor));
            }
            if (o.title().isEmpty() || o.title().length() > ArticleLimits.SECTION_TITLE_MAX) {
                problems.add(FormatProblem.of("sections", o.line(), "format.headingTitle", "line " + o.line()
                        + ": a heading needs a title of 1-" + ArticleLimits.SECTION_TITLE_MAX + " characters",
                        ArticleLimits.SECTION_TITLE_MAX));
            }
            String body = o.body().toString().strip();
            if (body.length() > ArticleLimits.SECTION_BODY_MAX) {
                problems.add(FormatProblem.of("sections", o.line(), "format.sectionTooLong", "line " + o.line()
                        + ": section longer than " + ArticleLimits.SECTION_BODY_MAX + " characters",
                        ArticleLimits.SECTION_BODY_MAX));
            }
            sections.add(new ArticleSection(i, anchor, o.level(), o.title(), body));
        }
        return sections;
    }

    /**
     * The anchor of a heading written without {@code {#anchor}}: a heading in plain ASCII words becomes those
     * words ({@code Next steps} → {@code next-steps}); any other (Japanese) heading becomes {@code sec-} and the
     * first 8 hex digits of the SHA-256 of its NFKC text, so the same heading always gets the same anchor,
     * wherever it stands, and inserting a section never renames the others. A clash gets {@code -2}, {@code -3}.
     * Once saved, the anchor is written into the text ({@link #toMarkdown()}) and stays even if the heading changes.
     */
    public static String generatedAnchor(String title, Set<String> taken) {
        String t = java.text.Normalizer.normalize(title == null ? "" : title, java.text.Normalizer.Form.NFKC)
                .strip().toLowerCase(java.util.Locale.ROOT);
        String base;
        if (!t.isEmpty() && t.matches("[a-z0-9 _.,:;!?()'&/-]+") && t.matches(".*[a-z0-9].*")) {
            base = t.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            if (base.length() > 60) {
                base = base.substring(0, 60).replaceAll("-+$", "");
            }
        } else {
            base = "sec-" + sha256(t).substring(0, 8);
        }
        String anchor = base;
        for (int n = 2; taken.contains(anchor); n++) {
            anchor = base + "-" + n;
        }
        return anchor;
    }

    private static String yamlScalar(String s) {
        if (s == null || s.isEmpty()) {
            return "''";
        }
        return "'" + s.replace("'", "''") + "'";
    }

    private static String yamlList(List<String> values) {
        List<String> quoted = values.stream().map(ArticleDocument::yamlScalar).toList();
        return "[" + String.join(", ", quoted) + "]";
    }
}
