package jp.banso.workshop;

/**
 * What a participant enters at /join: a blank display name joins anonymously; the municipality helps mix the
 * groups; {@code nameConsent} lets the session record show the name (otherwise only the affiliation is counted).
 */
public record JoinRequest(String displayName, Affiliation affiliation, String organisation, String municipality,
                          boolean nameConsent) {

    public JoinRequest(String displayName, Affiliation affiliation, String organisation) {
        this(displayName, affiliation, organisation, "", false);
    }
}
