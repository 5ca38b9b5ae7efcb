package jp.banso.formation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.banso.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Import of municipalities in UTF-8 and Shift_JIS, and refusal of broken files as a whole. The rows are test
 * fixtures (made-up names in 静岡県 and 奈良県, with codes whose check digits are valid), not real places.
 */
@WithMockUser(username = "adviser-import", roles = "ADVISER")
class MunicipalityImportTest extends IntegrationTest {

    static final String HEADER = "prefecture,code,name,kana,kind,population_2020\r\n";

    @Autowired
    FormationService formation;

    static String code(String five) {
        return five + MunicipalityCodes.checkDigit(five);
    }

    @Test
    void the_check_digit_is_that_of_the_real_codes() {
        assertThat(MunicipalityCodes.valid("202011")).isTrue();  // 長野市
        assertThat(MunicipalityCodes.valid("070009")).isTrue();  // 福島県
        assertThat(MunicipalityCodes.valid("342131")).isTrue();  // 廿日市市
        assertThat(MunicipalityCodes.valid("202012")).isFalse();
    }

    @Test
    void a_utf8_file_with_bom_and_quoted_thousands_is_imported() {
        String a = code("22901");
        String b = code("22902");
        byte[] file = ("\uFEFF" + HEADER + "静岡県," + a + ",試験一町,しけんいちちょう,町,\"12,345\"\r\n"
                + "静岡県," + b + ",試験二村,しけんにそん,村,６７８\r\n").getBytes(StandardCharsets.UTF_8);
        assertThat(formation.importMunicipalities(file)).isEqualTo(2);
        assertThat(formation.municipality(a).orElseThrow().population2020()).isEqualTo(12_345);
        assertThat(formation.municipality(b).orElseThrow().population2020()).isEqualTo(678);
        assertThat(formation.municipality(b).orElseThrow().stage()).isEqualTo(FormationStage.NOT_STARTED);
    }

    @Test
    void a_shift_jis_file_as_excel_saves_it_is_imported_with_its_kanji_intact() {
        String c = code("29901");
        byte[] file = (HEADER + "奈良県," + c + ",試験吉野町,しけんよしのちょう,町,4321\r\n").getBytes(Charset.forName("MS932"));
        assertThat(formation.importMunicipalities(file)).isEqualTo(1);
        Municipality m = formation.municipality(c).orElseThrow();
        assertThat(m.name()).isEqualTo("試験吉野町");
        assertThat(m.kana()).isEqualTo("しけんよしのちょう");
        assertThat(m.prefectureCode()).isEqualTo("290009");
    }

    @Test
    void a_file_with_bad_rows_is_refused_whole_with_a_problem_per_row() {
        String good = code("22903");
        String dup = code("22904");
        byte[] file = (HEADER
                + "静岡県," + good + ",試験三町,しけんさんちょう,町,100\r\n"            // line 2: fine on its own
                + "東京都," + code("13999") + ",試験区,しけんく,区,100\r\n"               // line 3: unknown prefecture
                + "静岡県,229051,試験四町,しけんよんちょう,町,100\r\n"                    // line 4: wrong check digit (229059 would be right)
                + "静岡県," + dup + ",試験五町,しけんごちょう,町,100\r\n"                // line 5
                + "静岡県," + dup + ",試験五町,しけんごちょう,町,100\r\n"                // line 6: duplicate of line 5
                + "長野県,202011,長野市,ながのし,市,372760\r\n"                             // line 7: already registered
                + "静岡県," + code("22906") + ",試験六町,しけんろくちょう,町,百\r\n"      // line 8: population not a number
                + "静岡県," + code("20907") + ",試験七町,しけんななちょう,町,1\r\n")      // line 9: 20… is 長野's code
                .getBytes(StandardCharsets.UTF_8);
        assertThat(MunicipalityCodes.valid("229051")).isFalse();
        assertThatThrownBy(() -> formation.importMunicipalities(file)).isInstanceOfSatisfying(FormationImportException.class, e ->
                assertThat(e.problems()).extracting(p -> p.line() + " " + p.messageKey()).containsExactly(
                        "3 formation.import.unknownPrefecture",
                        "4 formation.import.checkDigit",
                        "6 formation.import.duplicate",
                        "7 formation.import.exists",
                        "8 formation.import.population",
                        "9 formation.import.codePrefecture"));
        assertThat(formation.municipality(good)).isEmpty();
        assertThat(formation.municipality(dup)).isEmpty();
    }

    @Test
    void a_file_without_a_column_or_not_csv_at_all_is_refused() {
        byte[] noPopulation = "prefecture,code,name,kana,kind\r\n静岡県,229089,試験,しけん,町\r\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> formation.importMunicipalities(noPopulation)).isInstanceOfSatisfying(FormationImportException.class,
                e -> assertThat(e.problems()).extracting(ImportProblem::messageKey).containsExactly("formation.import.missingColumn"));
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', (byte) 0xFF, (byte) 0xFE, (byte) 0x81};
        assertThatThrownBy(() -> formation.importMunicipalities(binary)).isInstanceOf(FormationImportException.class);
        byte[] unclosed = (HEADER + "静岡県,\"229089,試験,しけん,町,1\r\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> formation.importMunicipalities(unclosed)).isInstanceOfSatisfying(FormationImportException.class,
                e -> assertThat(e.problems()).extracting(ImportProblem::messageKey).containsExactly("formation.import.unreadable"));
        assertThat(List.of(formation.municipality("229089"))).allSatisfy(o -> assertThat(o).isEmpty());
    }
}
