package nl.bmo.site;

/** How bad a {@link Problem} is: an error stops the build, a warning does not (unless asked to). */
public enum Severity {
    ERROR,
    WARNING;

    /** The word a compiler would print: {@code error} or {@code warning}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
