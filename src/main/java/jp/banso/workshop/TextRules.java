package jp.banso.workshop;

/** Validation of typed text at the service boundary, with the message keys the UI shows. */
final class TextRules {

    private TextRules() {
    }

    /** Drops control characters except line breaks and tabs; null becomes empty. Never trims what people typed. */
    static String clean(String s) {
        return s == null ? "" : jp.banso.base.TextHygiene.strip(s).replaceAll("[\\p{Cc}&&[^\\n\\r\\t]]", "");
    }

    static String line(String s) {
        return clean(s).replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    static String limit(String s, int max, String messageKey) {
        if (s.codePointCount(0, s.length()) > max) {
            throw new WorkshopException(messageKey, max);
        }
        return s;
    }

    static String required(String s, int max, String requiredKey, String tooLongKey) {
        String v = line(s);
        if (v.isEmpty()) {
            throw new WorkshopException(requiredKey);
        }
        return limit(v, max, tooLongKey);
    }

    static RowText row(RowText t) {
        RowText in = t == null ? RowText.EMPTY : t;
        return new RowText(limit(clean(in.item()), WorkshopLimits.ITEM_MAX, "workshop.error.item.tooLong"),
                limit(clean(in.content()), WorkshopLimits.CONTENT_MAX, "workshop.error.content.tooLong"),
                limit(clean(in.improvement()), WorkshopLimits.IMPROVEMENT_MAX, "workshop.error.improvement.tooLong"));
    }
}
