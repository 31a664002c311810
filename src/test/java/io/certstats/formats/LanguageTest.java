package io.certstats.formats;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How Accept-Language picks the charts' language: the preferred of ja and en, else English; never a failure. */
class LanguageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "ja-JP,ja;q=0.9,en;q=0.8 | JA", "en-GB, ja;q=0.5 | EN", "en;q=0.5, ja;q=0.9 | JA", "JA | JA",
            "fr-FR, de;q=0.5 | EN", "NULL | EN", "'' | EN", ";;; | EN", ",,, | EN", "ja;q=abc, en;q=0.1 | EN",
            "ja;q=0, en;q=0.1 | EN", "* | EN", "ja;q=NaN | EN"})
    void picksThePreferredOfJapaneseAndEnglish(String header, Language expected) {
        assertEquals(expected, Language.of(header));
    }

    @ParameterizedTest
    @CsvSource({"2000", "20000"})
    void aHugeHeaderIsEnglish(int length) {
        assertEquals(Language.EN, Language.of("ja".repeat(length)));
    }
}
