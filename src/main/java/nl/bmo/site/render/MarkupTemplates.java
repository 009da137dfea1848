package nl.bmo.site.render;

import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.bmo.site.SiteException;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.model.RenderHooks;
import nl.bmo.site.model.Theme;

/**
 * The render hooks of a theme ({@link RenderHooks}): each piece of Markdown markup a theme styles is written by its
 * template {@code templates/_markup/<hook>.ftlh}, which sees only the piece's data (below); for a hook the theme lacks
 * a method returns null (the Markdown stage then writes plain markup). The pipeline hands these to the Markdown stage
 * as its {@code MarkupHooks}. The templates are looked up once, when this object is made; a hook's markup is used
 * without the line breaks its template ends in. Thread-safe; a failing hook throws {@link SiteException} at its
 * template's line.
 *
 * <ul>
 *   <li>{@code _markup/ask.ftlh}, the inside of an ask's list item: {@code ask.id} ({@code 2-1}), {@code ask.number}
 *       ({@code 2.1}), {@code ask.numbered} (whether the id is made of numbers, so that the number says more than the
 *       id), {@code ask.label} (the permalink's accessible name, from the interface string {@code permalink.label}),
 *       {@code ask.text} (HTML: print it with {@code ?no_esc})
 *   <li>{@code _markup/table.ftlh}, a table: {@code table.body} (HTML of its {@code thead} and {@code tbody})
 *   <li>{@code _markup/footnote-back-link.ftlh}, a footnote's link back to a reference: {@code footnote.number},
 *       {@code footnote.reference} (1 for the first reference to it), {@code footnote.target} (the id to link to)
 * </ul>
 */
public final class MarkupTemplates {
    /** An ask as its hook sees it. */
    public record AskData(String id, String number, boolean numbered, String label, String text) {}

    /** A table as its hook sees it. */
    public record TableData(String body) {}

    /** A footnote back-link as its hook sees it. */
    public record FootnoteData(int number, int reference, String target) {}

    private final Theme theme;
    private final Template ask;
    private final Template table;
    private final Template footnoteBackLink;

    /** The hooks of the theme {@code templates} were compiled from. */
    public MarkupTemplates(Templates templates) {
        this.theme = templates.theme();
        this.ask = templates.get(name(RenderHooks.ASK));
        this.table = templates.get(name(RenderHooks.TABLE));
        this.footnoteBackLink = templates.get(name(RenderHooks.FOOTNOTE_BACK_LINK));
    }

    /**
     * The theme files the hooks' markup depends on: their templates, or every template when a hook template may load
     * another one ({@code #include}, {@code #import}). Markdown rendered with an older version of one is out of date.
     */
    public static List<String> inputs(Theme theme) {
        List<String> hooks = new ArrayList<>();
        for (String hook : RenderHooks.NAMES) hooks.add(RenderHooks.template(hook));
        for (String path : hooks) {
            String text = theme.text(path).orElse("");
            if (text.contains("#include") || text.contains("#import") || text.contains("get_optional_template")) {
                return theme.list("templates/");
            }
        }
        return hooks;
    }

    /** The inside of an ask's list item, or null when the theme has no ask hook. */
    public String ask(String id, String number, String label, String text) {
        return ask == null ? null : process(ask, "ask", new AskData(id, number, !number.equals(id), label, text));
    }

    /** A table, or null when the theme has no table hook. */
    public String table(String body) {
        return table == null ? null : process(table, "table", new TableData(body));
    }

    /** A footnote's link back to a reference, or null when the theme has no footnote back-link hook. */
    public String footnoteBackLink(int footnote, int reference, String target) {
        return footnoteBackLink == null
                ? null
                : process(footnoteBackLink, "footnote", new FootnoteData(footnote, reference, target));
    }

    private static String name(String hook) {
        return RenderHooks.template(hook).substring("templates/".length());
    }

    private String process(Template template, String variable, Object data) {
        StringWriter out = new StringWriter(256);
        try {
            template.process(Map.of(variable, data), out);
        } catch (TemplateException e) {
            String file = e.getTemplateSourceName() == null ? template.getName() : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            int col = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
            throw SiteException.at(
                    SourcePosition.of(theme.sourceOf("templates/" + file), line, col),
                    "render.hook.failed",
                    TemplateRenderer.firstLine(e.getMessageWithoutStackTop()),
                    template.getName(),
                    variable);
        } catch (IOException e) {
            throw SiteException.at(
                    SourcePosition.of(theme.sourceOf("templates/" + template.getName())),
                    "render.cannotRender",
                    e.getMessage());
        }
        return withoutFinalLineBreaks(out.toString());
    }

    /** A hook's markup without the line breaks a template file ends in. */
    private static String withoutFinalLineBreaks(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) end--;
        return s.substring(0, end);
    }
}
