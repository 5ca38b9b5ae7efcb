package jp.banso.workshop;

/** One cell of a group worksheet as stored: row (−1 for the notes), column, text and its own version. */
public record GroupCell(long groupId, int row, String col, String text, int version) {

    public String key() {
        return row + ":" + col;
    }
}
