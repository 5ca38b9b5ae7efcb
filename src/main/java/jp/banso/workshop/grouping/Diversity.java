package jp.banso.workshop.grouping;

/**
 * The diversity d(i, j) of two people sitting at one table: what ごちゃまぜ is worth, in points.
 *
 * <ul>
 * <li>{@link #AFFILIATION_TYPE} = 6 for a different affiliation type: the point of the exercise is that housing
 * meets welfare meets the real-estate trade, so this weighs most.</li>
 * <li>{@link #ORGANISATION} = 3 for a different organisation: two welfare officers from two offices still bring
 * two views.</li>
 * <li>{@link #MUNICIPALITY} = 2 for a different municipality: the study sessions mixed towns on purpose, but a
 * municipality is the coarsest of the three.</li>
 * <li>{@link #SAME_ORGANISATION} = -100 for two people of one organisation: colleagues at one table talk among
 * themselves. The penalty is larger than all a person can add to a group of up to ten (9 × 11 = 99), so the
 * search always prefers splitting colleagues where sizes allow it.</li>
 * </ul>
 * A blank value is unknown: it earns nothing and costs nothing. Comparisons ignore case and surrounding spaces.
 * The weights are integers so that scores add up exactly.
 */
public final class Diversity {

    public static final int AFFILIATION_TYPE = 6;
    public static final int ORGANISATION = 3;
    public static final int MUNICIPALITY = 2;
    public static final int SAME_ORGANISATION = -100;

    private Diversity() {
    }

    public static int between(Member a, Member b) {
        int d = 0;
        int type = compare(a.affiliationType(), b.affiliationType());
        if (type > 0) {
            d += AFFILIATION_TYPE;
        }
        int organisation = compare(a.organisation(), b.organisation());
        if (organisation > 0) {
            d += ORGANISATION;
        } else if (organisation < 0) {
            d += SAME_ORGANISATION;
        }
        if (compare(a.municipality(), b.municipality()) > 0) {
            d += MUNICIPALITY;
        }
        return d;
    }

    /** 1 different, -1 alike, 0 unknown (either blank). */
    private static int compare(String x, String y) {
        if (x == null || y == null || x.isBlank() || y.isBlank()) {
            return 0;
        }
        return x.strip().equalsIgnoreCase(y.strip()) ? -1 : 1;
    }
}
