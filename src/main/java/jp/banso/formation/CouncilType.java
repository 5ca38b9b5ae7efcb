package jp.banso.formation;

/** OWN: the municipality's own council (単独); JOINT: it takes part in a joint (広域) or prefectural one. */
public enum CouncilType {
    OWN, JOINT
}
