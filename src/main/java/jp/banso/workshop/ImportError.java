package jp.banso.workshop;

/** A problem in one spreadsheet row (1-based, as Excel numbers rows). */
public record ImportError(int rowNumber, String messageKey, String value) {
}
