package nl.schoollibrary.reservations.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.schoollibrary.reservations.catalogue.CatalogueFields.TitleValues;
import nl.schoollibrary.reservations.common.Problem.FieldError;
import org.junit.jupiter.api.Test;

/** The field rules of catalogue intake, shared by the API and the bulk import. */
class CatalogueFieldsTest {

    private static TitleValues title(String isbn, String recordId) {
        return new TitleValues(isbn, recordId, "Dolfje Weerwolfje", null, "Paul van Loon", null, null, null, null,
                null, null, null, List.of(), null, null);
    }

    @Test
    void an_isbn_10_becomes_its_isbn_13_with_a_new_check_digit() {
        // ISBN-10 0-14-030169-0 is ISBN-13 978-0-14-030169-4
        assertThat(CatalogueFields.normaliseIsbn("0-14-030169-0")).isEqualTo("9780140301694");
        assertThat(CatalogueFields.normaliseIsbn(" 0 8044 2957 x ")).isEqualTo("9780804429573");
        assertThat(CatalogueFields.isbnProblem(CatalogueFields.normaliseIsbn("0-14-030169-0"))).isNull();
    }

    @Test
    void hyphens_and_spaces_go_and_the_checksum_is_checked() {
        assertThat(CatalogueFields.normaliseIsbn("978-90-258-5012-8")).isEqualTo("9789025850128");
        assertThat(CatalogueFields.isbnProblem(CatalogueFields.normaliseIsbn("978 0 14 030169 4"))).isNull();
        assertThat(CatalogueFields.isbnProblem("9780140301697")).contains("check digit");
        assertThat(CatalogueFields.isbnProblem(CatalogueFields.normaliseIsbn("0-14-030169-3"))).contains("ISBN-10");
        assertThat(CatalogueFields.isbnProblem("12345")).contains("ISBN-13");
        assertThat(CatalogueFields.isbnProblem("9770140301698")).contains("ISBN-13");
    }

    @Test
    void marc_language_codes_map_to_their_two_letter_code() {
        assertThat(CatalogueFields.normaliseLanguage("dut")).isEqualTo("nl");
        assertThat(CatalogueFields.normaliseLanguage("ENG")).isEqualTo("en");
        assertThat(CatalogueFields.normaliseLanguage("fry")).isEqualTo("fy");
        assertThat(CatalogueFields.normaliseLanguage("ger")).isEqualTo("de");
        assertThat(CatalogueFields.normaliseLanguage("fre")).isEqualTo("fr");
        assertThat(CatalogueFields.normaliseLanguage("spa")).isEqualTo("es");
        assertThat(CatalogueFields.normaliseLanguage("tur")).isEqualTo("tr");
        assertThat(CatalogueFields.normaliseLanguage("ara")).isEqualTo("ar");
        assertThat(CatalogueFields.normaliseLanguage("pol")).isEqualTo("pl");
        assertThat(CatalogueFields.normaliseLanguage("nl")).isEqualTo("nl");
        assertThat(CatalogueFields.normaliseLanguage("lat")).isEqualTo("lat");
        assertThat(CatalogueFields.languageProblem("lat")).isNull();
        assertThat(CatalogueFields.languageProblem("nederlands")).isNotNull();
        assertThat(CatalogueFields.languageProblem("n1")).isNotNull();
    }

    @Test
    void a_title_needs_an_isbn_or_a_record_id() {
        assertThat(CatalogueFields.checkTitle(title(null, null))).extracting(FieldError::field).containsExactly("isbn");
        assertThat(CatalogueFields.checkTitle(title(null, "PPN-12:34/5"))).isEmpty();
        assertThat(CatalogueFields.checkTitle(title("9780140301694", null))).isEmpty();
        assertThat(CatalogueFields.checkTitle(title(null, "-starts-with-dash"))).extracting(FieldError::field)
                .containsExactly("recordId");
        assertThat(CatalogueFields.checkTitle(title(null, "x".repeat(41)))).extracting(FieldError::field)
                .containsExactly("recordId");
    }

    @Test
    void every_rule_of_a_title_is_answered_at_once() {
        TitleValues bad = CatalogueFields.normalise(new TitleValues("9780140301697", null, "  ", "s".repeat(301),
                null, "r".repeat(201), 0, "p".repeat(201), 1499, "xx1", "AVI-E4-PLUS", "8-10", List.of("Bad Code"),
                "d".repeat(10_001), "ftp://example.org/cover.jpg"));
        assertThat(CatalogueFields.checkTitle(bad)).extracting(FieldError::field).containsExactly("isbn", "title",
                "subtitle", "authors", "series", "seriesNumber", "publisher", "publicationYear", "language",
                "readingLevel", "ageGroup", "themes", "description", "coverUrl");
    }

    @Test
    void values_are_trimmed_and_authors_joined_with_semicolons() {
        TitleValues v = CatalogueFields.normalise(new TitleValues(" 978-0-14-030169-4 ", " PPN1 ", " Titel ", "  ",
                "Paul van Loon ;Hugo van Poelgeest; ", null, 3, null, 2100, " DUT ", "E4", "6-9",
                List.of(" Griezelen "), "", " https://example.org/c.jpg "));
        assertThat(v.isbn()).isEqualTo("9780140301694");
        assertThat(v.recordId()).isEqualTo("PPN1");
        assertThat(v.title()).isEqualTo("Titel");
        assertThat(v.subtitle()).isNull();
        assertThat(v.authors()).isEqualTo("Paul van Loon; Hugo van Poelgeest");
        assertThat(v.language()).isEqualTo("nl");
        assertThat(v.themes()).containsExactly("griezelen");
        assertThat(v.description()).isNull();
        assertThat(v.coverUrl()).isEqualTo("https://example.org/c.jpg");
        assertThat(CatalogueFields.checkTitle(v)).isEmpty();
    }

    @Test
    void barcodes_are_upper_cased_and_shelf_marks_one_to_sixty_characters() {
        assertThat(CatalogueFields.normaliseBarcode(" ab12cd ")).isEqualTo("AB12CD");
        assertThat(CatalogueFields.checkCopy("", "AB12CD", "JEUGD LOON")).isEmpty();
        assertThat(CatalogueFields.checkCopy("copies[1].", "AB1", "")).extracting(FieldError::field)
                .containsExactly("copies[1].barcode", "copies[1].shelfMark");
        assertThat(CatalogueFields.checkCopy("", "AB-12", "x".repeat(61))).extracting(FieldError::field)
                .containsExactly("barcode", "shelfMark");
        assertThat(CatalogueFields.barcodeProblem("A".repeat(21))).isNotNull();
        assertThat(CatalogueFields.shelfMarkProblem("JEUGD\u0000")).isNotNull();
    }

    @Test
    void cover_urls_are_http_or_https_and_collections_upper_case_codes() {
        assertThat(CatalogueFields.coverUrlProblem("http://example.org/a.jpg")).isNull();
        assertThat(CatalogueFields.coverUrlProblem("javascript:alert(1)")).isNotNull();
        assertThat(CatalogueFields.coverUrlProblem("https://")).isNotNull();
        assertThat(CatalogueFields.coverUrlProblem("https://example.org/" + "a".repeat(490))).isNotNull();
        assertThat(CatalogueFields.normaliseCollectionCode(" kbw-2026 ")).isEqualTo("KBW-2026");
        assertThat(CatalogueFields.collectionCodeProblem("KBW 2026")).isNotNull();
    }

    @Test
    void a_withdrawal_needs_a_reason_of_at_most_300_characters() {
        assertThat(CatalogueFields.withdrawReasonProblem(null)).isNotNull();
        assertThat(CatalogueFields.withdrawReasonProblem("   ")).isNotNull();
        assertThat(CatalogueFields.withdrawReasonProblem("Beschadigd")).isNull();
        assertThat(CatalogueFields.withdrawReasonProblem("x".repeat(301))).isNotNull();
    }
}
