package jp.banso.workshop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HexFormat;

/** Participant tokens (256 random bits, only their SHA-256 stored) and join codes. */
final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String TOKEN_PATTERN = "[A-Za-z0-9_-]{43}";

    private Tokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean wellFormed(String token) {
        return token != null && token.matches(TOKEN_PATTERN);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String newJoinCode() {
        StringBuilder sb = new StringBuilder(WorkshopLimits.JOIN_CODE_LENGTH);
        for (int i = 0; i < WorkshopLimits.JOIN_CODE_LENGTH; i++) {
            sb.append(WorkshopLimits.JOIN_CODE_ALPHABET.charAt(RANDOM.nextInt(WorkshopLimits.JOIN_CODE_ALPHABET.length())));
        }
        return sb.toString();
    }

    /** What people type: full-width, lower case, spaces and hyphens ("abcd-efgh") all mean the same code. */
    static String normaliseCode(String typed) {
        if (typed == null) {
            return "";
        }
        return Normalizer.normalize(typed, Normalizer.Form.NFKC).toUpperCase().replaceAll("[\\s\\-ー－]", "");
    }
}
