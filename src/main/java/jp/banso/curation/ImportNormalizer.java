package jp.banso.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.banso.library.ArticleLimits;
import jp.banso.library.FormatProblem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Makes a Markdown file written elsewhere importable, saying what it filled in. It fixes what has one sure
 * reading and leaves everything else to {@link jp.banso.library.ArticleDocument#parse}, which refuses, with
 * reasons, only what cannot be read (no prefecture, broken YAML, an unknown kind...). The points it handles:
 * <ol>
 * <li>headings without {@code {#anchor}} or with anchors that are not ASCII (generated instead);</li>
 * <li>optional keys left out (municipalities, themes, target_groups, support_team, fiscal_year, summary: empty),
 *     a missing kind (case), a missing slug (from the file name), keys the format does not know (dropped);</li>
 * <li>a {@code # title} line in the body (the title when none is given, otherwise removed);</li>
 * <li>text before the first {@code ##} heading (becomes a first section);</li>
 * <li>values in other forms: lists as 「奈良市、天理市」, fiscal years as 2023年度 / 令和5年度, kinds in Japanese.</li>
 * </ol>
 */
final class ImportNormalizer {

    record Result(String source, List<FormatProblem> warnings) {
    }

    private static final List<String> KEYS = List.of("slug", "title", "kind", "prefecture", "municipalities",
            "fiscal_year", "themes", "target_groups", "support_team", "summary");
    private static final List<String> LISTS = List.of("municipalities", "themes", "target_groups", "support_team");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*(?:\\{#([^}]*)\\})?\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*");
    private static final Pattern ERA = Pattern.compile("^(令和|平成|R|H)\\s*(\\d{1,2}|元)\\s*(年度|年)?$");
    private static final Pattern WESTERN = Pattern.compile("^(\\d{4})\\s*(年度|年)?$");
    private static final Map<String, String> KIND_WORDS = Map.of("事例", "case", "取組事例", "case", "計画", "plan",
            "制度", "program", "事業", "program", "制度・事業", "program", "シナリオ", "scenario", "手引き", "playbook");

    private static final Object BROKEN = new Object();

    private ImportNormalizer() {
    }

    /** The heading given to text found before the first heading: article text is Japanese whatever the UI language. */
    static final String LEAD_SECTION_TITLE = "はじめに";

    static Result normalize(String fileName, String given) {
        String leadSectionTitle = LEAD_SECTION_TITLE;
        List<FormatProblem> warnings = new ArrayList<>();
        String text = given.replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\n", -1);
        Map<String, Object> yaml;
        int bodyStart;
        String rawFrontMatter = null;
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            int end = -1;
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].strip().equals("---")) {
                    end = i;
                    break;
                }
            }
            if (end < 0) {
                return new Result(given, warnings); // not closed: the parser says so
            }
            rawFrontMatter = String.join("\n", List.of(lines).subList(0, end + 1));
            Object loaded;
            try {
                LoaderOptions options = new LoaderOptions();
                options.setAllowDuplicateKeys(false);
                options.setMaxAliasesForCollections(10);
                loaded = new Yaml(new SafeConstructor(options)).load(String.join("\n", List.of(lines).subList(1, end)));
            } catch (RuntimeException e) {
                loaded = BROKEN; // the parser will say where; the body is still made readable
            }
            if (loaded == null) {
                loaded = new LinkedHashMap<String, Object>();
            }
            yaml = new LinkedHashMap<>();
            if (loaded instanceof Map<?, ?> map) {
                map.forEach((k, v) -> yaml.put(String.valueOf(k), v));
                rawFrontMatter = null;
            }
            bodyStart = end + 1;
        } else {
            yaml = new LinkedHashMap<>();
            bodyStart = 0;
            warnings.add(warn("import.warn.noFrontMatter"));
        }

        // body: # lines, text before the first ##, anchors
        List<String> body = new ArrayList<>();
        boolean inFence = false;
        boolean seenSection = false;
        boolean titleTaken = false;
        int generated = 0;
        List<String> lead = new ArrayList<>();
        for (int i = bodyStart; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
            }
            Matcher m = inFence ? null : HEADING.matcher(line);
            if (m != null && m.matches() && m.group(1).length() <= 3) {
                String title = m.group(2).strip();
                if (m.group(1).length() == 1) {
                    if (!titleTaken && !seenSection) {
                        titleTaken = true;
                        if (blank(yaml.get("title"))) {
                            yaml.put("title", title);
                            warnings.add(warn("import.warn.titleFromHeading", title));
                        } else {
                            warnings.add(warn("import.warn.h1Removed", title));
                        }
                        continue;
                    }
                    warnings.add(warn("import.warn.h1Demoted", title));
                    line = "## " + title + (m.group(3) == null ? "" : " {#" + m.group(3) + "}");
                    m = HEADING.matcher(line);
                    m.matches();
                }
                String anchor = m.group(3) == null ? null : m.group(3).strip();
                if (anchor != null && !(anchor.matches(ArticleLimits.ANCHOR_PATTERN) && anchor.length() <= ArticleLimits.ANCHOR_MAX)) {
                    warnings.add(warn("import.warn.anchorReplaced", anchor));
                    line = m.group(1) + " " + title;
                } else if (anchor == null) {
                    generated++;
                }
                if (!seenSection && m.group(1).length() == 3) {
                    line = "##" + line.substring(3); // the first heading must be a section
                }
                if (!seenSection && lead.stream().anyMatch(l -> !l.isBlank())) {
                    body.add("## " + leadSectionTitle);
                    body.add("");
                    body.addAll(lead);
                    generated++;
                    warnings.add(warn("import.warn.leadAsSection", leadSectionTitle));
                }
                seenSection = true;
                body.add(line);
                continue;
            }
            if (!seenSection) {
                lead.add(line);
            } else {
                body.add(line);
            }
        }
        if (!seenSection && lead.stream().anyMatch(l -> !l.isBlank())) {
            body.add("## " + leadSectionTitle);
            body.add("");
            body.addAll(lead);
            generated++;
            warnings.add(warn("import.warn.leadAsSection", leadSectionTitle));
        }
        if (generated > 0) {
            warnings.add(warn("import.warn.anchorsGenerated", generated));
        }

        if (rawFrontMatter != null) {
            return new Result(rawFrontMatter + "\n" + String.join("\n", body), warnings);
        }

        // front matter
        Object slug = yaml.get("slug");
        if (blank(slug)) {
            String fromName = slugOf(fileName == null ? "" : fileName.replaceAll("(?i)\\.(md|markdown|txt)$", ""));
            if (!fromName.isEmpty()) {
                yaml.put("slug", fromName);
                warnings.add(warn("import.warn.slugFromFileName", fromName));
            }
        } else if (!slug.toString().strip().matches(ArticleLimits.SLUG_PATTERN)) {
            String fixed = slugOf(slug.toString());
            if (!fixed.isEmpty()) {
                yaml.put("slug", fixed);
                warnings.add(warn("import.warn.slugNormalized", slug.toString(), fixed));
            }
        }
        Object kind = yaml.get("kind");
        if (blank(kind)) {
            yaml.put("kind", "case");
            warnings.add(warn("import.warn.kindDefault"));
        } else if (KIND_WORDS.containsKey(kind.toString().strip())) {
            String k = KIND_WORDS.get(kind.toString().strip());
            yaml.put("kind", k);
            warnings.add(warn("import.warn.kindMapped", kind.toString().strip(), k));
        }
        List<String> filled = new ArrayList<>();
        for (String key : LISTS) {
            Object v = yaml.get(key);
            if (v == null) {
                yaml.put(key, List.of());
                filled.add(key);
            } else if (v instanceof String s) {
                List<String> items = List.of(s.split("\\s*[、,，;；]\\s*")).stream().map(String::strip)
                        .filter(x -> !x.isEmpty()).toList();
                yaml.put(key, items);
                warnings.add(warn("import.warn.listSplit", s));
            }
        }
        Object fy = yaml.get("fiscal_year");
        if (fy == null) {
            filled.add("fiscal_year");
        } else if (!(fy instanceof Integer)) {
            String s = java.text.Normalizer.normalize(fy.toString(), java.text.Normalizer.Form.NFKC).strip();
            Integer year = year(s);
            yaml.put("fiscal_year", year);
            warnings.add(year == null ? warn("import.warn.fiscalYearDropped", s) : warn("import.warn.fiscalYearMapped", s, year));
        }
        if (yaml.get("summary") == null) {
            yaml.put("summary", "");
            filled.add("summary");
        }
        if (!filled.isEmpty()) {
            warnings.add(warn("import.warn.defaults", String.join(", ", filled)));
        }
        List<String> unknown = yaml.keySet().stream().filter(k -> !KEYS.contains(k)).toList();
        if (!unknown.isEmpty()) {
            unknown.forEach(yaml::remove);
            warnings.add(warn("import.warn.unknownKeys", String.join(", ", unknown)));
        }

        StringBuilder out = new StringBuilder("---\n");
        for (String key : KEYS) {
            if (yaml.containsKey(key)) {
                out.append(key).append(": ").append(yamlValue(yaml.get(key))).append('\n');
            }
        }
        out.append("---\n");
        out.append(String.join("\n", body));
        return new Result(out.toString(), warnings);
    }

    private static Integer year(String s) {
        Matcher w = WESTERN.matcher(s);
        if (w.matches()) {
            return Integer.valueOf(w.group(1));
        }
        Matcher e = ERA.matcher(s);
        if (e.matches()) {
            int n = e.group(2).equals("元") ? 1 : Integer.parseInt(e.group(2));
            return (e.group(1).equals("令和") || e.group(1).equals("R") ? 2018 : 1988) + n;
        }
        return null;
    }

    static String slugOf(String s) {
        String t = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return t.length() > ArticleLimits.SLUG_MAX ? t.substring(0, ArticleLimits.SLUG_MAX).replaceAll("-+$", "") : t;
    }

    private static boolean blank(Object v) {
        return v == null || v.toString().isBlank();
    }

    /** Values as YAML the strict parser reads back exactly: strings single-quoted, lists in brackets. */
    private static String yamlValue(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Integer || v instanceof Long) {
            return v.toString();
        }
        if (v instanceof List<?> l) {
            return "[" + String.join(", ", l.stream().map(ImportNormalizer::yamlValue).toList()) + "]";
        }
        if (v instanceof Map<?, ?>) {
            return "{}"; // a mapping where text belongs: the parser says the field must be text
        }
        return "'" + v.toString().replace("'", "''") + "'";
    }

    private static FormatProblem warn(String key, Object... args) {
        return FormatProblem.of("import", 0, key, key, args);
    }
}
