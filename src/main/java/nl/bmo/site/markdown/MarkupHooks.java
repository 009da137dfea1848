package nl.bmo.site.markdown;

import nl.bmo.site.internal.Html;

/**
 * Render hooks: the markup of the Markdown pieces a theme styles, written by the theme from the piece's data (the
 * theme's {@code templates/_markup/} templates, in the render stage). The Markdown stage knows no class name of any
 * theme. Implementations are thread-safe; a hook that fails throws {@link nl.bmo.site.SiteException}.
 */
public interface MarkupHooks {

    /**
     * The inside of an ask's list item.
     *
     * @param id the ask's anchor id ({@code 2-1})
     * @param number its full number as shown ({@code 2.1}); the id itself when the id is not made of numbers
     * @param label the accessible name of its permalink, with the number filled in ({@code Copy link to ask 2.1})
     * @param text the HTML of the ask's text
     */
    String ask(String id, String number, String label, String text);

    /**
     * A table.
     *
     * @param body the HTML of its rows: {@code <thead>…</thead>} and {@code <tbody>…</tbody>}, each on its own lines
     */
    String table(String body);

    /**
     * The link from a footnote back to one of the places that refer to it.
     *
     * @param footnote the footnote's number (1 for the first)
     * @param reference which reference to it this link goes back to (1 for the first)
     * @param target the id of that reference ({@code fnref-1}, {@code fnref-1-1} for the second)
     */
    String footnoteBackLink(int footnote, int reference, String target);

    /** Plain markup, without a class: for a theme that has no hooks. */
    MarkupHooks PLAIN = new MarkupHooks() {
        @Override
        public String ask(String id, String number, String label, String text) {
            String start = number.equals(id) ? "" : "<span>" + Html.escape(number) + "</span> ";
            return start + text + " <a href=\"#" + Html.escape(id) + "\">" + Html.escape(label) + "</a>";
        }

        @Override
        public String table(String body) {
            return "<table>\n" + body + "</table>\n";
        }

        @Override
        public String footnoteBackLink(int footnote, int reference, String target) {
            return "<a href=\"#" + Html.escape(target) + "\">&#8617;</a>";
        }
    };
}
