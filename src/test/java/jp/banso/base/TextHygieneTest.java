package jp.banso.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextHygieneTest {

    @Test
    void a_right_to_left_override_cannot_disguise_a_file_s_extension() {
        assertThat(TextHygiene.strip("rtl\u202Egpj.pdf")).isEqualTo("rtlgpj.pdf");
    }

    @Test
    void every_bidi_control_and_zero_width_character_is_removed_and_japanese_text_is_kept() {
        String all = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u200B\u200C\u200D\u2060\uFEFF";
        assertThat(TextHygiene.strip("焼津" + all + "市　居住支援")).isEqualTo("焼津市　居住支援");
        assertThat(TextHygiene.hasInvisible("焼津\u200B市")).isTrue();
        assertThat(TextHygiene.hasInvisible("ｾｰﾌﾃｨﾈｯﾄ住宅 😀 👨‍👩‍👧")).as("ZWJ in an emoji family").isTrue();
        assertThat(TextHygiene.hasInvisible("障がい者・SN住宅")).isFalse();
    }
}
