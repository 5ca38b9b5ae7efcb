package jp.banso.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The structure a scenario or a playbook must have, checked wherever a file is read (shipped content,
 * imports, the advisers' editor), so what readers and the REST API get is always complete.
 *
 * <p>A scenario has the {@code ##} sections {@link #SCENARIO_ANCHORS}; its vignette carries the label
 * {@link #FICTION_LABEL}. A playbook's steps are its {@code ##} sections whose anchor starts with
 * {@code step-}; each lists who takes part and at least one passage of the library that shows it.
 */
public final class KindRules {

    public static final String FICTION_LABEL = "演習用の架空の事例";
    public static final String VIGNETTE = "vignette";
    public static final String SOURCE = "source";
    public static final String QUESTIONS = "questions";
    public static final String ROLES = "roles";
    public static final String WORKSHEET = "worksheet";
    public static final String TIMING = "timing";
    public static final List<String> SCENARIO_ANCHORS = List.of(VIGNETTE, SOURCE, QUESTIONS, ROLES, WORKSHEET, TIMING);
    public static final List<String> WORKSHEETS = List.of("issue-sheet", "support-matrix");

    public static final String STEP_PREFIX = "step-";
    public static final String PARTICIPANTS = "参加者";
    public static final String MATERIALS = "資料";
    public static final String DURATION = "所要時間";
    public static final String EVIDENCE = "根拠";
    public static final String SCENARIO = "シナリオ";
    public static final String AGENDA = "議題";
    /** A link to a scenario from a playbook step: {@code [title](/scenarios/slug)}. */
    public static final Pattern SCENARIO_LINK = Pattern.compile("\\(/scenarios/(" + ArticleLimits.SLUG_PATTERN + ")\\)");
    private static final Pattern MINUTES = Pattern.compile("(\\d{1,3})\\s*分");

    private KindRules() {
    }

    /** Problems of a document of this kind, in words for the adviser who wrote it; empty when fine. */
    static List<String> problems(ArticleKind kind, List<ArticleSection> sections) {
        if (kind == ArticleKind.SCENARIO) {
            return scenarioProblems(sections);
        }
        if (kind == ArticleKind.PLAYBOOK) {
            return playbookProblems(sections);
        }
        return List.of();
    }

    /** The worksheet a scenario's worksheet section names. */
    public static Optional<String> worksheet(String body) {
        List<String> named = WORKSHEETS.stream().filter(w -> body != null && body.contains(w)).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** Total minutes of a timing list (each item ends with its minutes, e.g. グループ討議 30分). */
    public static int minutes(List<String> timing) {
        int total = 0;
        for (String item : timing) {
            var m = MINUTES.matcher(item);
            if (m.find()) {
                total += Integer.parseInt(m.group(1));
            }
        }
        return total;
    }

    private static List<String> scenarioProblems(List<ArticleSection> sections) {
        List<String> problems = new ArrayList<>();
        for (String anchor : SCENARIO_ANCHORS) {
            Optional<ArticleSection> s = section(sections, anchor);
            if (s.isEmpty()) {
                problems.add("シナリオには見出し {#" + anchor + "} の節が必要です");
                continue;
            }
            String body = s.get().body();
            switch (anchor) {
                case VIGNETTE -> {
                    if (!body.contains(FICTION_LABEL)) {
                        problems.add("{#vignette}: 状況の説明に「" + FICTION_LABEL + "」と明記してください");
                    }
                }
                case SOURCE -> {
                    if (ContentBlocks.libraryLinks(body).isEmpty()) {
                        problems.add("{#source}: 基になった事例の箇所へのリンク [見出し](/library/slug#anchor) が必要です");
                    }
                }
                case QUESTIONS, ROLES -> {
                    if (ContentBlocks.listItems(body).isEmpty()) {
                        problems.add("{#" + anchor + "}: 箇条書きで1つ以上書いてください");
                    }
                }
                case WORKSHEET -> {
                    if (worksheet(body).isEmpty()) {
                        problems.add("{#worksheet}: issue-sheet か support-matrix のどちらか一方を書いてください");
                    }
                }
                case TIMING -> {
                    List<String> items = ContentBlocks.listItems(body);
                    if (items.isEmpty() || minutes(items) <= 0) {
                        problems.add("{#timing}: 「グループ討議 30分」のように分を添えた箇条書きが必要です");
                    }
                }
                default -> throw new IllegalStateException(anchor);
            }
        }
        return problems;
    }

    private static List<String> playbookProblems(List<ArticleSection> sections) {
        List<String> problems = new ArrayList<>();
        List<ArticleSection> steps = sections.stream()
                .filter(s -> s.level() == 2 && s.anchor().startsWith(STEP_PREFIX)).toList();
        if (steps.isEmpty()) {
            problems.add("手引きには見出しのアンカーが step- で始まる手順（## 見出し {#step-1}）が1つ以上必要です");
        }
        for (ArticleSection step : steps) {
            ContentBlocks.Labelled l = ContentBlocks.labelled(step.body());
            Map<String, String> f = l.fields();
            String where = "{#" + step.anchor() + "}: ";
            if (l.rest().isBlank()) {
                problems.add(where + "すること（本文）を書いてください");
            }
            if (ContentBlocks.splitList(f.getOrDefault(PARTICIPANTS, "")).isEmpty()) {
                problems.add(where + "「- **参加者**：…」の行が必要です");
            }
            if (ContentBlocks.libraryLinks(f.getOrDefault(EVIDENCE, "")).isEmpty()) {
                problems.add(where + "「- **根拠**：[見出し](/library/slug#anchor)」の行が必要です");
            }
            if (f.containsKey(SCENARIO) && !SCENARIO_LINK.matcher(f.get(SCENARIO)).find()) {
                problems.add(where + "シナリオは [題名](/scenarios/slug) の形で書いてください");
            }
        }
        return problems;
    }

    private static Optional<ArticleSection> section(List<ArticleSection> sections, String anchor) {
        return sections.stream().filter(s -> s.level() == 2 && s.anchor().equals(anchor)).findFirst();
    }
}
