package jp.banso.workshop;

/** A row as the board and the export see it: with who wrote it, its theme, discussion mark and dots. */
public record BoardRow(long id, long sessionId, long participantId, String participantName, Affiliation affiliation,
                       String organisation, int position, String item, String content, String improvement,
                       Long themeId, boolean forDiscussion, int votes, int version) {

    public BoardRow withVotes(int newVotes) {
        return new BoardRow(id, sessionId, participantId, participantName, affiliation, organisation, position, item,
                content, improvement, themeId, forDiscussion, newVotes, version);
    }
}
