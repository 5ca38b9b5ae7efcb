package jp.banso.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Participant tokens and join codes: their shape, their hash and how typed codes are read. */
class TokensTest {

    @Test
    void a_token_is_256_random_bits_in_43_url_safe_characters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String t = Tokens.newToken();
            assertThat(t).hasSize(43).matches(Tokens.TOKEN_PATTERN);
            assertThat(Tokens.wellFormed(t)).isTrue();
            seen.add(t);
        }
        assertThat(seen).hasSize(200);
    }

    @Test
    void only_the_token_shape_is_well_formed() {
        String ok = "A".repeat(43);
        assertThat(Tokens.wellFormed(ok)).isTrue();
        assertThat(Tokens.wellFormed(null)).isFalse();
        assertThat(Tokens.wellFormed("A".repeat(42))).isFalse();
        assertThat(Tokens.wellFormed("A".repeat(44))).isFalse();
        assertThat(Tokens.wellFormed("A".repeat(42) + "+")).isFalse();
        assertThat(Tokens.wellFormed("A".repeat(42) + "=")).isFalse();
    }

    @Test
    void only_the_sha_256_is_kept() {
        assertThat(Tokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void a_join_code_uses_the_unambiguous_alphabet() {
        for (int i = 0; i < 200; i++) {
            String code = Tokens.newJoinCode();
            assertThat(code).hasSize(WorkshopLimits.JOIN_CODE_LENGTH);
            assertThat(code.chars()).allMatch(c -> WorkshopLimits.JOIN_CODE_ALPHABET.indexOf(c) >= 0);
        }
    }

    @Test
    void a_typed_code_in_any_width_case_or_grouping_means_the_same_code() {
        assertThat(Tokens.normaliseCode("abcd-efgh")).isEqualTo("ABCDEFGH");
        assertThat(Tokens.normaliseCode("ＡＢＣＤ－ＥＦＧＨ")).isEqualTo("ABCDEFGH");
        assertThat(Tokens.normaliseCode("abcd ｅｆｇｈ")).isEqualTo("ABCDEFGH");
        assertThat(Tokens.normaliseCode("ABCDーEFGH")).isEqualTo("ABCDEFGH");
        assertThat(Tokens.normaliseCode("AB\u3000CD\tEF")).isEqualTo("ABCDEF");
        assertThat(Tokens.normaliseCode(null)).isEmpty();
    }
}
