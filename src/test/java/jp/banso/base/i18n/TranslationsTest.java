package jp.banso.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(path)) {
            // a bundle listed but missing in both languages would compare two empty sets and pass
            assertThat(in).as(path + " exists").isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void every_japanese_key_has_an_english_translation_and_no_english_key_is_orphaned() throws IOException {
        for (String bundle : BansoI18NProvider.BUNDLES) {
            Properties ja = load(bundle + ".properties");
            Properties en = load(bundle + "_en.properties");
            Set<String> missing = new TreeSet<>(ja.stringPropertyNames());
            missing.removeAll(en.stringPropertyNames());
            Set<String> orphans = new TreeSet<>(en.stringPropertyNames());
            orphans.removeAll(ja.stringPropertyNames());
            assertThat(missing).as(bundle + ": keys without English").isEmpty();
            assertThat(orphans).as(bundle + ": English keys without Japanese").isEmpty();
        }
    }

    @Test
    void japanese_is_the_default_and_english_the_second_locale() {
        BansoI18NProvider i18n = new BansoI18NProvider();
        assertThat(i18n.getProvidedLocales()).containsExactly(Locale.JAPANESE, Locale.ENGLISH);
        assertThat(i18n.getTranslation("nav.library", Locale.JAPANESE)).isEqualTo("事例ライブラリ");
        assertThat(i18n.getTranslation("nav.library", Locale.ENGLISH)).isEqualTo("Case library");
        assertThat(i18n.getTranslation("nav.library", Locale.FRENCH)).isEqualTo("事例ライブラリ");
        assertThat(i18n.getTranslation("library.count", Locale.JAPANESE, 8)).isEqualTo("8件の記事");
        assertThat(i18n.getTranslation("no.such.key", Locale.JAPANESE)).isEqualTo("!no.such.key");
    }
}
