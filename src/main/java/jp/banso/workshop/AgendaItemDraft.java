package jp.banso.workshop;

/** An agenda item to add; {@code articleSlug} (optional) must name a published library article. */
public record AgendaItemDraft(String title, int minutes, AgendaKind kind, String articleSlug) {
}
