package jp.banso.search.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The question's own wording, less what the article already names (its title, prefecture and
 * municipalities) and less the asking phrases: 「沖縄市居住支援協議会が設立されたのはいつか」 asked of the 沖縄市
 * article leaves 「が設立された」. The sentence that repeats the longest stretch of it (「…が設立された。」) is
 * most likely the one that answers, where a bag of words sees 設立 in several sentences alike.
 */
final class QuestionEcho {

    static final QuestionEcho NONE = new QuestionEcho(List.of());

    private final List<String> pieces;

    private QuestionEcho(List<String> pieces) {
        this.pieces = pieces;
    }

    /** @param question the normalised question without its asking phrases; @param context the article's names */
    static QuestionEcho of(String question, String context) {
        if (question == null || question.isBlank()) {
            return NONE;
        }
        String q = question;
        String c = JapaneseAnalysis.normalize(context == null ? "" : context);
        boolean[] named = new boolean[q.length()];
        for (int a = 0; a < q.length(); a++) {
            int b = a + 2;
            while (b <= q.length() && c.contains(q.substring(a, b))) {
                b++;
            }
            for (int i = a; i < b - 1 && b - 1 - a >= 2; i++) {
                named[i] = true;
            }
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i <= q.length(); i++) {
            if (i == q.length() || named[i] || Character.isWhitespace(q.charAt(i))) {
                if (run.length() >= 2) {
                    pieces.add(run.toString());
                }
                run.setLength(0);
            } else {
                run.append(q.charAt(i));
            }
        }
        return new QuestionEcho(pieces);
    }

    /**
     * The longest stretch of the question found in the normalised text, counting only stretches with
     * at least one character that is not hiragana (のは, された alone echo nothing).
     */
    int longest(String normalizedText) {
        int best = 0;
        for (String p : pieces) {
            for (int a = 0; a + best < p.length(); a++) {
                int b = a + best + 1;
                while (b <= p.length() && normalizedText.contains(p.substring(a, b))) {
                    if (!onlyHiragana(p, a, b)) {
                        best = b - a;
                    }
                    b++;
                }
            }
        }
        return best;
    }

    /** A bonus in [0, 1]: nothing for two characters or fewer, full from five. */
    double strength(String normalizedText) {
        int l = longest(normalizedText);
        return Math.max(0, Math.min(1, (l - 2) / 3.0));
    }

    private static boolean onlyHiragana(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch < 'ぁ' || ch > 'ゖ') {
                return false;
            }
        }
        return true;
    }
}
