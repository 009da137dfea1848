package nl.bmo.site;

/**
 * How bad a {@link Problem} is: an error stops the build, a warning does not (unless asked to: {@code check --strict}),
 * and an info never does: it names something an editor may not expect (a draft left out, a page not yet in the list of
 * published URLs, a link that could be written better) without anything being wrong.
 */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** The word a compiler would print: {@code error}, {@code warning} or {@code info}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
