package nl.bmo.site.translation;

/** The state of one language's page of a translation key. */
public enum State {
    /** The page the others are translated from. */
    ORIGINAL("original", "original"),
    /** Translated from the original's current text. */
    UP_TO_DATE("up to date", "up-to-date"),
    /** The original's text changed since the translation was recorded. */
    BEHIND("BEHIND", "behind"),
    /** A translation without a record of what it was made from (or from a page that no longer exists). */
    UNRECORDED("not recorded", "not-recorded"),
    /** No page in this language. */
    MISSING("MISSING", "missing");

    private final String label;
    private final String id;

    State(String label, String id) {
        this.label = label;
        this.id = id;
    }

    /** For people: {@code up to date}, {@code BEHIND}. */
    public String label() {
        return label;
    }

    /** For machines: {@code up-to-date}, {@code behind}. */
    public String id() {
        return id;
    }

    /** Whether someone has to do something: {@code status --strict} fails. */
    public boolean needsWork() {
        return this == BEHIND || this == UNRECORDED || this == MISSING;
    }
}
