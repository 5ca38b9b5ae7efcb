package jp.banso.workshop.grouping;

/**
 * One person to be grouped. {@code affiliationType} is a free string (HOUSING, WELFARE, REAL_ESTATE,
 * SUPPORT_CORP, SOCIAL_WELFARE_COUNCIL, OTHER, ...); a blank organisation or municipality means "unknown" and
 * counts neither as alike nor as different (see {@link Diversity}).
 */
public record Member(String id, String affiliationType, String organisation, String municipality) {
}
