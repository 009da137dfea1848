package nl.bmo.site.pipeline;

import nl.bmo.site.markdown.MarkupHooks;
import nl.bmo.site.render.MarkupTemplates;

/** The theme's render hook templates (render stage) as the Markdown stage's hooks; plain markup where it has none. */
record ThemeMarkup(MarkupTemplates templates) implements MarkupHooks {
    @Override
    public String ask(String id, String number, String label, String text) {
        String markup = templates.ask(id, number, label, text);
        return markup != null ? markup : PLAIN.ask(id, number, label, text);
    }

    @Override
    public String table(String body) {
        String markup = templates.table(body);
        return markup != null ? markup : PLAIN.table(body);
    }

    @Override
    public String footnoteBackLink(int footnote, int reference, String target) {
        String markup = templates.footnoteBackLink(footnote, reference, target);
        return markup != null ? markup : PLAIN.footnoteBackLink(footnote, reference, target);
    }
}
