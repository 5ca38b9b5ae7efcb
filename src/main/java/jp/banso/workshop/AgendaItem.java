package jp.banso.workshop;

public record AgendaItem(long id, int position, String title, int minutes, AgendaKind kind, String articleSlug) {
}
