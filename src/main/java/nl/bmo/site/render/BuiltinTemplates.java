package nl.bmo.site.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import nl.bmo.site.SiteException;
import nl.bmo.site.SourcePosition;

/**
 * The bundled theme's templates as the jar carries them ({@code /themes/bmo/templates/}): what a site gets for a
 * generated file its theme has no template for, and what the preview falls back on when the site's theme cannot render
 * its pages of problems. They never change while the program runs, so they are compiled once, on first use, with the
 * settings of every theme ({@link Templates#configuration}).
 */
final class BuiltinTemplates {
    /** Where the templates are, for messages: the prefix the theme loader gives the bundled theme. */
    static final String PREFIX = "(bundled theme bmo)/";

    private BuiltinTemplates() {}

    /** Created on first use; FreeMarker's configuration is thread-safe. */
    private static final class Holder {
        static final Configuration CONFIGURATION =
                Templates.configuration(new ClassTemplateLoader(BuiltinTemplates.class, "/themes/bmo/templates"));
    }

    /** The bundled template by name ({@code files/sitemap.xml.ftlx}), or empty when the bundled theme has none. */
    static Optional<Templates.Source> find(String name) {
        try {
            return Optional.of(new Templates.Source(Holder.CONFIGURATION.getTemplate(name), path -> PREFIX + path));
        } catch (TemplateNotFoundException e) {
            return Optional.empty();
        } catch (ParseException e) {
            SourcePosition where =
                    SourcePosition.of(PREFIX + "templates/" + name, e.getLineNumber(), e.getColumnNumber());
            throw SiteException.at(where, "render.builtin.syntax", TemplateRenderer.firstLine(e.getEditorMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
