package nl.bmo.site.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick path gives exactly what {@link LocalDate#parse(CharSequence)} gives, dates and errors alike. */
class IsoDatesTest {
    @ParameterizedTest
    @ValueSource(strings = {"2026-01-06", "2024-02-29", "0001-01-01", "9999-12-31", "0000-01-01", "+10000-01-01"})
    void parsesWhatTheJdkParses(String text) {
        assertThat(IsoDates.parse(text)).isEqualTo(LocalDate.parse(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2023-02-29",
                "2026-13-01",
                "2026-00-10",
                "2026-01-32",
                "2026-1-06",
                "2026/01/06",
                "26-01-06",
                "２０２６-01-06",
                "2026-01-0x",
                "-2026-1-01",
                "",
                "2026-01-06T10:00",
                " 2026-01-06"
            })
    void rejectsWhatTheJdkRejects(String text) {
        assertThatThrownBy(() -> LocalDate.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoDates.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
