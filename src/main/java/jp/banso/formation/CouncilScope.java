package jp.banso.formation;

/** Which municipalities a KPI counts: only those with their own council, or also those in a joint one. */
public enum CouncilScope {
    OWN, OWN_OR_JOINT;

    public boolean counts(FormationStage stage, CouncilType type) {
        return stage.hasCouncil() && (this == OWN_OR_JOINT || type == CouncilType.OWN);
    }
}
