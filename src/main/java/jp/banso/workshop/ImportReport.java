package jp.banso.workshop;

public record ImportReport(int participants, int rows) {
}
