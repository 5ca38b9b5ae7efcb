package jp.banso.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one spelling of a username, without the database (CanonicalUsernameTest logs in with the variants). */
class UsernamesTest {

    @Test
    void full_width_upper_case_and_surrounding_spaces_are_one_name() {
        assertThat(Usernames.canonical("ｆａｃ２")).isEqualTo("fac2");
        assertThat(Usernames.canonical("ＦＡＣ２")).isEqualTo("fac2");
        assertThat(Usernames.canonical(" FAC2 ")).isEqualTo("fac2");
        assertThat(Usernames.canonical("\u3000fac2\u3000")).as("ideographic spaces").isEqualTo("fac2");
        assertThat(Usernames.canonical("ﬁle")).as("a ligature").isEqualTo("file");
    }

    @Test
    void a_different_letter_stays_a_different_name() {
        assertThat(Usernames.canonical("fäc2")).isEqualTo("fäc2").isNotEqualTo("fac2");
        assertThat(Usernames.canonical("fa\u0308c2")).as("decomposed ä composes to the same name").isEqualTo("fäc2");
        assertThat(Usernames.canonical("fac 2")).as("inner spaces are kept").isEqualTo("fac 2");
    }

    @Test
    void lower_case_is_the_root_locale_s_and_normalised_again() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
            assertThat(Usernames.canonical("ADMIN")).as("no Turkish dotless i").isEqualTo("admin");
        } finally {
            java.util.Locale.setDefault(before);
        }
        assertThat(Usernames.canonical("Ω")).as("the ohm sign is the Greek omega").isEqualTo("ω");
    }

    @Test
    void nothing_typed_is_the_empty_name() {
        assertThat(Usernames.canonical(null)).isEmpty();
        assertThat(Usernames.canonical("   ")).isEmpty();
    }
}
