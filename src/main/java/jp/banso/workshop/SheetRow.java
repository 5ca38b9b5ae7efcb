package jp.banso.workshop;

/** One row of a participant's issue sheet: 項目 / 内容 / 何があったらもっと良い解決方法になったか. */
public record SheetRow(long id, long participantId, int position, String item, String content, String improvement,
                       int version) {
}
