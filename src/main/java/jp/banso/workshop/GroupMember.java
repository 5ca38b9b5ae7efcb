package jp.banso.workshop;

/** A participant at a table; pinned members stay there when the facilitator recomputes the groups. */
public record GroupMember(Participant participant, String municipality, boolean pinned) {
}
