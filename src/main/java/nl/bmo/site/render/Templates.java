package nl.bmo.site.render;

import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileExtensionMatcher;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.UnaryOperator;
import nl.bmo.site.Problem;
import nl.bmo.site.SiteException;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.model.Theme;

/**
 * A theme's FreeMarker templates, compiled. One FreeMarker configuration lives as long as this object; {@link #update}
 * takes a new version of the theme and compiles again only the templates whose text changed, so that a preview does not
 * recompile the whole theme for one edited partial. Updates and renderings must not overlap (the pipeline runs one at a
 * time); rendering itself is thread-safe.
 */
public final class Templates {
    static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_34;

    private final Configuration cfg;
    private final ThemeTemplateLoader loader;
    private final Map<String, Template> compiled = new HashMap<>();
    private Theme theme;
    private int generation;
    private int lastCompiled;

    private Templates(Theme theme) {
        this.theme = theme;
        this.loader = new ThemeTemplateLoader(theme);
        this.cfg = configuration(loader);
    }

    /** Compiles every template of the theme; throws with every syntax error at its line. */
    public static Templates compile(Theme theme) {
        Templates t = new Templates(theme);
        t.update(theme);
        return t;
    }

    /**
     * The FreeMarker settings that keep templates safe and strict (asserted by a test). The file name says how a
     * template's output is escaped: {@code .ftlh} HTML, {@code .ftlx} XML, {@code .ftl} plain text (not at all).
     */
    static Configuration configuration(TemplateLoader loader) {
        Configuration c = new Configuration(VERSION);
        c.setTemplateLoader(loader);
        // templates change only through update(), which evicts exactly the changed ones
        c.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        c.setDefaultEncoding("UTF-8");
        c.setRecognizeStandardFileExtensions(true);
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        TemplateConfiguration plainText = new TemplateConfiguration();
        plainText.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        c.setTemplateConfigurations(
                new ConditionalTemplateConfigurationFactory(new FileExtensionMatcher("ftl"), plainText));
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setAttemptExceptionReporter((e, env) -> {});
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setLocalizedLookup(false);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setLocale(Locale.ROOT);
        c.setNumberFormat("computer");
        c.setBooleanFormat("c");
        c.setURLEscapingCharset("UTF-8");
        c.setObjectWrapper(new DefaultObjectWrapperBuilder(VERSION).build());
        return c;
    }

    /**
     * Takes a new version of the theme: compiles the templates that are new or whose text changed, drops the removed
     * ones, and keeps the rest. Throws with every syntax error; then the previous templates stay in use.
     */
    public synchronized void update(Theme next) {
        Theme previous = theme;
        List<String> changed = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String path : next.list("templates/")) {
            if (!isTemplate(path)) continue;
            String name = path.substring("templates/".length());
            names.add(name);
            boolean edited = previous != next && !previous.sameFile(path, next);
            if (edited || !compiled.containsKey(name)) changed.add(name);
        }
        Map<String, Template> fresh = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        loader.use(next);
        try {
            for (String name : changed) evict(name);
            // compiled on every core: parsing is most of a cold build's theme stage, and FreeMarker's cache is
            // thread-safe; the results are taken in the templates' order, so messages come in the same order
            List<Object> results = (changed.size() > 1 ? changed.parallelStream() : changed.stream())
                    .map(name -> compileOne(next, name))
                    .toList();
            for (int i = 0; i < changed.size(); i++) {
                if (results.get(i) instanceof Template t) fresh.put(changed.get(i), t);
                else problems.add((Problem) results.get(i));
            }
            SiteException.throwIfErrors(problems);
        } catch (RuntimeException e) {
            loader.use(previous);
            for (String name : changed) evict(name);
            throw e;
        }
        for (String name : List.copyOf(compiled.keySet())) {
            if (names.contains(name)) continue;
            compiled.remove(name);
            evict(name);
        }
        compiled.putAll(fresh);
        theme = next;
        lastCompiled = changed.size();
        if (!changed.isEmpty() || previous != next) generation++;
    }

    /** The compiled template, or the problem that kept it from compiling. */
    private Object compileOne(Theme next, String name) {
        try {
            return cfg.getTemplate(name);
        } catch (ParseException e) {
            return Problem.error(
                    SourcePosition.of(next.sourceOf("templates/" + name), e.getLineNumber(), e.getColumnNumber()),
                    "render.template.syntax",
                    TemplateRenderer.firstLine(e.getEditorMessage()));
        } catch (IOException e) {
            return Problem.error(
                    SourcePosition.of(next.sourceOf("templates/" + name)),
                    "render.template.cannotRead",
                    e.getMessage());
        }
    }

    private void evict(String name) {
        try {
            cfg.removeTemplateFromCache(name, Locale.ROOT, null, "UTF-8", true);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the loader reads from memory: never happens
        }
    }

    private static boolean isTemplate(String path) {
        return path.endsWith(".ftlh") || path.endsWith(".ftl") || path.endsWith(".ftlx");
    }

    /** A compiled template by name ({@code layouts/page.ftlh}), or null. */
    synchronized Template get(String name) {
        return compiled.get(name);
    }

    /** A compiled template and where its files are, for messages ({@code themes/bmo/}). */
    /** A compiled template, and where a theme path ({@code templates/x.ftlh}) comes from, for messages. */
    record Source(Template template, UnaryOperator<String> sourceOf) {}

    /**
     * A template of the theme, else the bundled theme's ({@link BuiltinTemplates}); empty when neither has it. For the
     * files every site gets (sitemap, feeds, redirects…), which a theme may leave to the bundled one.
     */
    synchronized Optional<Source> orBuiltin(String name) {
        Optional<Source> own = own(name);
        return own.isPresent() ? own : BuiltinTemplates.find(name);
    }

    /** A template of the theme itself, or empty. */
    synchronized Optional<Source> own(String name) {
        return Optional.ofNullable(compiled.get(name)).map(t -> new Source(t, theme::sourceOf));
    }

    synchronized Theme theme() {
        return theme;
    }

    /** Counts the updates that changed anything: renderings made with another generation are out of date. */
    public synchronized int generation() {
        return generation;
    }

    /** How many templates the last {@link #update} compiled. */
    public synchronized int lastCompiled() {
        return lastCompiled;
    }
}
