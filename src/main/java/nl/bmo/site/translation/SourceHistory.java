package nl.bmo.site.translation;

import java.util.Optional;

/** Older versions of source pages, for showing what changed since a translation was made. */
public interface SourceHistory {
    /** No history: the status is still exact, it only cannot show what changed. */
    SourceHistory NONE = (path, hash) -> Optional.empty();

    /**
     * The translatable text ({@link nl.bmo.site.model.TranslatableText#of}) of the most recent version of the file
     * whose hash was {@code hash}, or empty when the history does not hold it.
     */
    Optional<String> text(String path, String hash);
}
