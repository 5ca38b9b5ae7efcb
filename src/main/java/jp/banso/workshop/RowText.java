package jp.banso.workshop;

/** The three columns of an issue-sheet row, as typed. */
public record RowText(String item, String content, String improvement) {

    public static final RowText EMPTY = new RowText("", "", "");
}
