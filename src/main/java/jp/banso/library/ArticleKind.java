package jp.banso.library;

/**
 * What an article is; stored by name. Scenarios (group-work exercises) and playbooks (steps drawn from the
 * cases) are articles too, so they share loading, editing, review, revisions and search; their extra
 * structure lives in sections with fixed anchors (docs/content-format.md), checked by {@link KindRules}.
 */
public enum ArticleKind {
    PROGRAM, CASE, PLAN, SCENARIO, PLAYBOOK;

    /** The names a file or a request may use, for messages. */
    public static final String NAMES = "program, case, plan, scenario or playbook";

    public String messageKey() {
        return "kind." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ArticleKind parse(String value) {
        return valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
