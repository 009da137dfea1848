package nl.bmo.site.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A content file the build left out.
 *
 * @param file its path relative to the site root
 * @param reason why: a draft, or dated in the future
 * @param date its date, for a future-dated page
 */
public record SkippedPage(String file, Reason reason, Optional<LocalDate> date) {
    public enum Reason {
        DRAFT,
        FUTURE
    }

    public SkippedPage {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(date, "date");
    }

    /** {@code draft} or {@code dated 2026-12-01, in the future}. */
    public String explanation() {
        return reason == Reason.DRAFT
                ? "draft"
                : "dated " + date.map(Object::toString).orElse("?") + ", in the future";
    }
}
