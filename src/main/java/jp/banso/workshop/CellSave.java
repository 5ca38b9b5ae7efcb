package jp.banso.workshop;

/**
 * The answer to a cell save: the cell as stored. {@code merged} when someone else had saved the cell since the
 * version the caller edited: then both texts were kept ({@code theirs} is what the other person had saved).
 */
public record CellSave(GroupCell cell, boolean merged, String theirs) {
}
