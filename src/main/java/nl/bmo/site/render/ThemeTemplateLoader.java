package nl.bmo.site.render;

import freemarker.cache.TemplateLoader;
import java.io.Reader;
import java.io.StringReader;
import nl.bmo.site.model.Theme;

/**
 * Serves templates from the theme in memory: {@code layouts/page.ftlh} is {@code templates/layouts/page.ftlh}. The
 * theme is swapped by {@link Templates#update}, which also evicts the templates it changed from FreeMarker's cache.
 */
final class ThemeTemplateLoader implements TemplateLoader {
    private volatile Theme theme;

    ThemeTemplateLoader(Theme theme) {
        this.theme = theme;
    }

    void use(Theme next) {
        this.theme = next;
    }

    @Override
    public Object findTemplateSource(String name) {
        return theme.has("templates/" + name) ? name : null;
    }

    @Override
    public long getLastModified(Object source) {
        return 0;
    }

    @Override
    public Reader getReader(Object source, String encoding) {
        return new StringReader(theme.text("templates/" + source).orElseThrow());
    }

    @Override
    public void closeTemplateSource(Object source) {}
}
