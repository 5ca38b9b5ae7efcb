package jp.banso.audit.ui;

import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the audit log's stored codes aloud in the reader's language. The log keeps stable codes
 * (USER_CREATED, {@code roles=[STAFF]}, {@code version 3}) so that it can be searched and exported whatever
 * the language; only the view turns them into phrases, from the {@code audit} bundle.
 */
final class AuditText {

    /** key, arguments → text (the view's getTranslation). */
    private final BiFunction<String, Object[], String> translate;

    AuditText(BiFunction<String, Object[], String> translate) {
        this.translate = translate;
    }

    private String t(String key, Object... args) {
        return translate.apply(key, args);
    }

    private boolean known(String key) {
        return !t(key).startsWith("!");
    }

    /** USER_CREATED → ユーザーを作成; an action with no phrase yet shows its code rather than nothing. */
    String action(String code) {
        String key = "audit.action." + code;
        return known(key) ? t(key) : code;
    }

    String target(String type, String target) {
        String key = "audit.type." + type;
        return (known(key) ? t(key) : type) + ": " + target;
    }

    private static final Pattern ROLES = Pattern.compile("roles=\\[([A-Z_, ]*)]");
    private static final Pattern ENABLED = Pattern.compile("enabled=(true|false)");
    private static final Pattern DRAFT_VERSION = Pattern.compile("draft version (\\d+)");
    private static final Pattern VERSION = Pattern.compile("version (\\d+)");
    private static final Pattern REVIEWED_BY = Pattern.compile("reviewed by (\\S+)");
    private static final Pattern TOKEN = Pattern.compile("token (\\d+)");
    private static final Pattern REASON = Pattern.compile("reason=([a-z-]+)");

    /** The stored detail with its known codes read as phrases; free text (names, file names) stays as it is. */
    String detail(String detail) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        String s = replace(detail, ROLES, m -> t("audit.detail.roles", Arrays.stream(m.group(1).split(","))
                .map(String::strip).filter(r -> !r.isEmpty())
                .map(r -> known("role." + r) ? t("role." + r) : r).collect(Collectors.joining("・"))));
        s = replace(s, ENABLED, m -> t("audit.detail." + ("true".equals(m.group(1)) ? "enabled" : "disabled")));
        s = replace(s, DRAFT_VERSION, m -> t("audit.detail.draftVersion", m.group(1)));
        s = replace(s, VERSION, m -> t("audit.detail.version", m.group(1)));
        s = replace(s, REVIEWED_BY, m -> t("audit.detail.reviewedBy", m.group(1)));
        s = replace(s, TOKEN, m -> t("audit.detail.token", m.group(1)));
        s = replace(s, REASON, m -> known("audit.detail.reason." + m.group(1)) ? t("audit.detail.reason." + m.group(1)) : m.group());
        if (s.equals("first administrator at start-up")) {
            s = t("audit.detail.firstAdmin");
        }
        return s;
    }

    private static String replace(String s, Pattern p, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
