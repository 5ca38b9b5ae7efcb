package jp.banso.search.internal;

import java.util.regex.Pattern;

/**
 * What kind of answer a question asks for, read from its wording: a person (誰), an amount of money
 * (いくら), a share (何%), a quantity (いくつ, 何件, 何人…) or a time (いつ, 何年…). A passage that holds such
 * an answer (a name with its title, a sum, a percentage, a figure, a date) is the one to show, even when
 * another sentence repeats more of the question's words. Patterns of the language, not of any question.
 */
enum AnswerFocus {
    NONE(null, null, null),
    PERSON(Pattern.compile("誰|だれ|どなた|何者"), null,
            Pattern.compile("[\\p{IsHan}々]{2,6}(氏|さん|会長|理事長|町長|市長|村長|区長|課長|部長|室長|教授|准教授|代表)"
                    + "|(会長|理事長|代表|講師|担当)(に|は|の|を|で)[\\p{IsHan}々]{2,}")),
    AMOUNT(Pattern.compile("いくら|何円|何万円"), Pattern.compile("金額|費用は|額は"),
            Pattern.compile("[0-9０-９][0-9０-９,.，．]*(万|億|千)?円")),
    SHARE(Pattern.compile("何%|何パーセント|何割"), Pattern.compile("割合|比率|率は|率$|カバー率"),
            Pattern.compile("[0-9０-９.．]+(%|％|パーセント)|[0-9０-９一二三四五六七八九十]割")),
    QUANTITY(Pattern.compile("いくつ|何[件人名社団体回度か所箇所戸課市町村法人つ番例]|どれ(くらい|ぐらい|だけ)"
                    + "|どの(くらい|ぐらい|程度)"),
            Pattern.compile("(件|人|戸|団体|法人)?数は|数$|件数|人数|戸数|回数|目標|規模"),
            // a figure with what it counts (200件, 8つ, 約1年, 2番目, 132の協議会), not a date's year or day
            Pattern.compile("[0-9０-９][0-9０-９,，.．]*(件|人|名|社|団体|回|か所|カ所|ヶ所|箇所|戸|課|市|町|村|区|法人|割|つ"
                    + "|番目|例目|世帯|か月|ヶ月|%|％|の[^0-9０-９年月日]|年(ほど|間|余り|近く|半|以上|以内|目|を|が|で|か))"
                    + "|[一二三四五六七八九十百千万]+(件|人|名|社|団体|回|か所|箇所|戸|課|市|町|村|法人|割|つ|番目|年(ほど|間|目))")),
    TIME(Pattern.compile("いつ|何年|何月|何日|何時"), Pattern.compile("日付|日程|時期|年月|日時|期日|日$|日は"),
            Pattern.compile("[0-9０-９]+年|[0-9０-９]+月|[0-9０-９]+日|令和|平成|昭和|[RrHh][0-9０-９]|年度"));

    /** The asking words (誰, 何件, いつ), the topic words that ask less surely (割合, 日付), the answer. */
    private final Pattern asks;
    private final Pattern topic;
    private final Pattern answer;

    AnswerFocus(Pattern asks, Pattern topic, Pattern answer) {
        this.asks = asks;
        this.topic = topic;
        this.answer = answer;
    }

    /**
     * An asking word decides before a topic word (「外国人の割合は何番目か」 asks for a rank, not a share);
     * among each, the most specific first: 何年 asks for a year, not a count; 何% for a share, not a count.
     */
    static AnswerFocus of(String normalizedQuery) {
        if (normalizedQuery == null || normalizedQuery.isBlank()) {
            return NONE;
        }
        AnswerFocus[] order = {TIME, PERSON, AMOUNT, SHARE, QUANTITY};
        for (AnswerFocus f : order) {
            if (f.asks.matcher(normalizedQuery).find()) {
                return f;
            }
        }
        for (AnswerFocus f : order) {
            if (f.topic != null && f.topic.matcher(normalizedQuery).find()) {
                return f;
            }
        }
        return NONE;
    }

    /** Whether the text holds an answer of this kind; always true for NONE. */
    boolean answeredBy(CharSequence text) {
        return answer == null || answer.matcher(text).find();
    }
}
