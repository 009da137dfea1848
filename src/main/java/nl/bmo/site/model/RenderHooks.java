package nl.bmo.site.model;

import java.util.List;

/**
 * The render hooks a theme may define: templates that write the markup of a Markdown piece from its data, as
 * {@code templates/_markup/<name>.ftlh} (Hugo's {@code _markup/render-*.html} are the model). A theme without a hook
 * gets plain markup without classes. The render stage runs them; {@code check} knows their names.
 */
public final class RenderHooks {
    /** The folder of the hook templates, below the theme. */
    public static final String FOLDER = "templates/_markup/";
    /**
     * An ask of a numbered list: {@code ask.id}, {@code ask.number}, {@code ask.numbered}, {@code ask.label},
     * {@code ask.text}.
     */
    public static final String ASK = "ask";
    /** A table: {@code table.body}. */
    public static final String TABLE = "table";
    /**
     * A footnote's link back to a reference: {@code footnote.number}, {@code footnote.reference},
     * {@code footnote.target}.
     */
    public static final String FOOTNOTE_BACK_LINK = "footnote-back-link";
    /** Every hook's name. */
    public static final List<String> NAMES = List.of(ASK, TABLE, FOOTNOTE_BACK_LINK);

    private RenderHooks() {}

    /** The theme path of a hook's template: {@code templates/_markup/ask.ftlh}. */
    public static String template(String name) {
        return FOLDER + name + ".ftlh";
    }
}
