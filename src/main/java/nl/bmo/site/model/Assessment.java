package nl.bmo.site.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One assessment of an ask: its status from a date on, with the source it rests on. The status, date and source are the
 * same in every language; only the explanation is written per language.
 *
 * @param explanation the short explanation by language code
 */
public record Assessment(
        TrackerStatus status, LocalDate date, String sourceTitle, String sourceUrl, Map<String, String> explanation) {
    public Assessment {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(sourceTitle, "sourceTitle");
        Objects.requireNonNull(sourceUrl, "sourceUrl");
        explanation = Map.copyOf(explanation);
    }
}
