package jp.banso.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.banso.base.i18n.BansoI18NProvider;
import org.junit.jupiter.api.Test;

/** The audit log reads as Japanese phrases (English second), not as the codes the database keeps. */
class AuditTextTest {

    static AuditText in(Locale locale) {
        return new AuditText((key, args) -> BansoI18NProvider.translate(locale, key, args));
    }

    @Test
    void codes_and_details_read_as_japanese_phrases() {
        AuditText ja = in(BansoI18NProvider.JAPANESE);
        assertThat(ja.action("USER_CREATED")).isEqualTo("ユーザーを作成");
        assertThat(ja.target("USER", "suzuki")).isEqualTo("ユーザー: suzuki");
        assertThat(ja.detail("enabled=false roles=[ADVISER, STAFF]")).isEqualTo("無効 役割：アドバイザー・自治体・団体職員");
        assertThat(ja.detail("version 3 reviewed by tanaka")).isEqualTo("第3版 レビュー担当 tanaka");
        assertThat(ja.detail("draft version 1")).isEqualTo("下書き 第1版");
        assertThat(ja.detail("資料.pdf")).as("free text stays as written").isEqualTo("資料.pdf");
        assertThat(in(BansoI18NProvider.ENGLISH).action("USER_CREATED")).isEqualTo("User created");
    }

    @Test
    void an_action_without_a_phrase_shows_its_code_not_a_missing_key_marker() {
        assertThat(in(BansoI18NProvider.JAPANESE).action("SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
    }

    private static final Pattern CODE = Pattern.compile("\"([A-Z]{3,}(?:_[A-Z]+)+)\"");

    /** Every action code the services write has a phrase in both languages (scans the calls that write one). */
    @Test
    void every_audited_action_has_a_phrase_in_both_languages() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.contains("audit(") || line.contains("AuditEvent(") || line.contains("appendDraft(")) {
                        Matcher m = CODE.matcher(line);
                        while (m.find()) {
                            codes.add(m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(codes).contains("USER_CREATED", "ARTICLE_PUBLISHED", "TOKEN_CREATED");
        for (Locale locale : new Locale[] {BansoI18NProvider.JAPANESE, BansoI18NProvider.ENGLISH}) {
            AuditText text = in(locale);
            assertThat(codes.stream().filter(c -> text.action(c).equals(c)).toList())
                    .as("audit actions with no phrase in the audit bundle (" + locale + ")").isEmpty();
        }
    }
}
