package jp.banso.formation;

/** The path to a council, in order. FOUNDED and ACTIVE count as "has a council" in every KPI. */
public enum FormationStage {
    NOT_STARTED, CONSIDERING, STUDYING, PREPARING, FOUNDED, ACTIVE;

    public boolean hasCouncil() {
        return this == FOUNDED || this == ACTIVE;
    }
}
