package nl.bmo.site;

import java.util.Locale;

/**
 * How bad a {@link Problem} is. An error stops the build (or the built site would be broken); a warning does not stop
 * the build or the preview, but {@code check}, the one verdict on a change, fails on it as on an error (a missing
 * translation, a translation behind its original, a broken content rule); an info never fails anything: it names
 * something an editor may not expect (a draft left out, a page not yet in the list of published URLs, a link that could
 * be written better) without anything being wrong.
 */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** The word a compiler would print: {@code error}, {@code warning} or {@code info}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
