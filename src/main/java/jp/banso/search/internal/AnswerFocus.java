package jp.banso.search.internal;

import java.util.regex.Pattern;

/**
 * What kind of answer a question asks for, read from its wording: a quantity (いくつ, 何件, 数は, 目標…)
 * or a time (いつ, 何年, 時期…). A passage that holds such an answer (a figure, a date) is the one to show,
 * even when another sentence repeats more of the question's words.
 */
enum AnswerFocus {
    NONE(null, null),
    QUANTITY(Pattern.compile("いくつ|いくら|何[件人名社団体回度か所箇所戸課市町村法人割%]|何パーセント|どれ(くらい|ぐらい|だけ)"
                    + "|どの(くらい|ぐらい|程度)|(件|人|戸|団体|法人)?数は|数$|件数|人数|戸数|回数|割合|率は|率$|目標|規模"),
            Pattern.compile("[0-9０-９]|[一二三四五六七八九十百千万]+(件|人|名|社|団体|回|か所|箇所|戸|課|市|町|村|法人|割)")),
    TIME(Pattern.compile("いつ|何年|何月|何日|日付|日程|時期|何時"),
            Pattern.compile("[0-9０-９]+年|[0-9０-９]+月|令和|平成|昭和|[RrHh][0-9０-９]|年度"));

    private final Pattern asks;
    private final Pattern answer;

    AnswerFocus(Pattern asks, Pattern answer) {
        this.asks = asks;
        this.answer = answer;
    }

    static AnswerFocus of(String normalizedQuery) {
        if (normalizedQuery == null || normalizedQuery.isBlank()) {
            return NONE;
        }
        // time first: 何年 asks for a year, not a count
        if (TIME.asks.matcher(normalizedQuery).find()) {
            return TIME;
        }
        return QUANTITY.asks.matcher(normalizedQuery).find() ? QUANTITY : NONE;
    }

    /** Whether the text holds an answer of this kind; always true for NONE. */
    boolean answeredBy(CharSequence text) {
        return answer == null || answer.matcher(text).find();
    }
}
