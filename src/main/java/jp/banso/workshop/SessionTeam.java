package jp.banso.workshop;

import java.util.List;

/** Who may run a session: its owner (who created it) and the co-facilitators the owner added. */
public record SessionTeam(String owner, List<String> coFacilitators) {
}
