package nl.bmo.site.translation;

import nl.bmo.site.Messages;

/** The state of one language's page of a translation key. */
public enum State {
    /** The page the others are translated from. */
    ORIGINAL("original", "status.state.original"),
    /** Translated from the original's current text. */
    UP_TO_DATE("up-to-date", "status.state.upToDate"),
    /** The original's text changed since the translation was recorded. */
    BEHIND("behind", "status.state.behind"),
    /** A translation without a record of what it was made from (or from a page that no longer exists). */
    UNRECORDED("not-recorded", "status.state.notRecorded"),
    /** No page in this language. */
    MISSING("missing", "status.state.missing");

    private final String id;
    private final String key;

    State(String id, String key) {
        this.id = id;
        this.key = key;
    }

    /** For people, in the language of {@code messages}: {@code up to date}, {@code BEHIND}. */
    public String label(Messages messages) {
        return messages.text(key);
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
