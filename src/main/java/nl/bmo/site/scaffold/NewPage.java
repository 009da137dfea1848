package nl.bmo.site.scaffold;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code new} is asked to make.
 *
 * @param path {@code <section>/<name>} in the original's language ({@code nieuws/bijeenkomst}), or just a name for a
 *     page at the top of the language folder
 * @param lang the language the path and title are written in (the original); empty for the default language
 * @param title the title in that language; empty to make one from the name
 * @param titles titles in the other languages, by language code; each also gives that language's slug
 * @param key the translationKey; empty for {@code <section key>-<slug>}
 * @param today the date for dated sections
 */
public record NewPage(
        String path,
        Optional<String> lang,
        Optional<String> title,
        Map<String, String> titles,
        Optional<String> key,
        LocalDate today) {
    public NewPage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(title, "title");
        titles = Map.copyOf(titles);
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(today, "today");
    }
}
