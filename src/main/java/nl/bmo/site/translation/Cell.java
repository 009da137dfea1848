package nl.bmo.site.translation;

import java.util.Objects;
import java.util.Optional;
import nl.bmo.site.Message;

/**
 * One language's page of a translation key.
 *
 * @param lang the language code
 * @param state its state
 * @param file the page's file; for a missing page, where to create it
 * @param source the file it is (or should be) translated from, or empty for the original
 * @param recorded the source hash its front matter records, or empty
 * @param current the source's hash now, or empty
 * @param diff for a page that is behind: what changed in the source since the recorded version, when git knows it
 * @param note a remark for people (why it is not recorded), or empty
 */
public record Cell(
        String lang,
        State state,
        String file,
        String source,
        String recorded,
        String current,
        Optional<String> diff,
        Optional<Message> note) {
    public Cell {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recorded, "recorded");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(diff, "diff");
        Objects.requireNonNull(note, "note");
    }
}
