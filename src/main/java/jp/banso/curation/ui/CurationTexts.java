package jp.banso.curation.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import jp.banso.library.FormatProblem;

/** Texts of the curation screens that come from the bundles: problems of a text. */
final class CurationTexts {

    private static final List<String> FIELDS = List.of("slug", "title", "kind", "prefecture", "municipalities",
            "fiscal_year", "themes", "target_groups", "support_team", "summary", "sections");

    private CurationTexts() {
    }

    /** A problem in the user's language; {@code withField} prefixes the field (for lists away from the field). */
    static String problem(Component c, FormatProblem p, boolean withField) {
        String message = p.key() == null ? p.text() : c.getTranslation(p.key(), p.argArray());
        String line = p.line() > 0 ? c.getTranslation("format.line", p.line()) : "";
        String field = withField && FIELDS.contains(p.field()) ? c.getTranslation("diff.field." + p.field()) + ": " : "";
        return field + line + message;
    }
}
