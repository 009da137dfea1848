package nl.bmo.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {
    @ParameterizedTest
    @CsvSource({
        "Kröger, kroger",
        "Motie Kröger, motie-kroger",
        "'  Erken het middenveld – ook in Nederland! ', erken-het-middenveld-ook-in-nederland",
        "../../etc/passwd, etc-passwd",
        "Straße, strasse",
        "'0,7% BNI', 0-7-bni",
        "'', ''"
    })
    void makesUrlSegmentsOfText(String text, String slug) {
        assertThat(Slugs.of(text)).isEqualTo(slug);
    }

    @Test
    void acceptsOnlyLowercaseAsciiWithSingleHyphens() {
        assertThat(Slugs.isValid("mensen-op-de-vlucht")).isTrue();
        assertThat(Slugs.isValid("eis-2")).isTrue();
        assertThat(Slugs.isValid("Eis")).isFalse();
        assertThat(Slugs.isValid("kröger")).isFalse();
        assertThat(Slugs.isValid("a--b")).isFalse();
        assertThat(Slugs.isValid("-a")).isFalse();
        assertThat(Slugs.isValid("a/b")).isFalse();
        assertThat(Slugs.isValid("..")).isFalse();
        assertThat(Slugs.isValid("a b")).isFalse();
        assertThat(Slugs.isValid("")).isFalse();
    }
}
