package jp.banso.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Input a search must answer without failing: the Big List of Naughty Strings and the kinds issue 14 names. */
public final class NaughtyQueries {

    private NaughtyQueries() {
    }

    /** Every string of blns/blns.json (MIT, see its LICENSE), blank ones included. */
    public static List<String> blns() throws IOException {
        List<String> strings = new ArrayList<>();
        try (InputStream in = NaughtyQueries.class.getClassLoader().getResourceAsStream("blns/blns.json")) {
            new ObjectMapper().readTree(in).forEach(n -> strings.add(n.asText()));
        }
        if (strings.size() < 400) {
            throw new IllegalStateException("blns.json holds only " + strings.size() + " strings");
        }
        return strings;
    }

    /** The issue's own kinds: very long, punctuation only, stop words only, mixed scripts, emoji, marks, RTL, NUL. */
    public static List<String> issue14() {
        String question = "沖縄市居住支援協議会が県内の市町村で初めて設立されたのは何月何日か";
        return List.of(
                "あ".repeat(2_000),
                (question + " ").repeat(2_000 / question.length() + 1).substring(0, 2_000),
                "居住支援 ".repeat(400),
                "。、！？「」『』（）…・ー〜",
                "!!!???...,,,;;;:::---***###",
                "？",
                "のはをにが",
                "とは何ですか",
                "について教えてください",
                "の の の は は を",
                "ｾｰﾌﾃｨﾈｯﾄ住宅とはwhat",
                "ＳＮ住宅のtouroku数はhow many？",
                "居住支援協議会🏠👵🏻‍🦳の設立🎉",
                "👨‍👩‍👧‍👦",
                "居\u0301住\u0308支\u0323援\u0300",
                "e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301",
                "\u202eالسكن 居住支援",
                "שלום 居住支援協議会",
                "居住\u0000支援",
                "\u0000",
                "\u0000\u0000\u0000岡崎市",
                "\ud800居住",
                "岡崎市\u200b\u200b相談件数");
    }
}
