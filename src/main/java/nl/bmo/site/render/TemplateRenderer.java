package nl.bmo.site.render;

import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import nl.bmo.site.Message;
import nl.bmo.site.Problem;
import nl.bmo.site.SiteException;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.model.Assets;
import nl.bmo.site.model.Language;
import nl.bmo.site.model.OutputFile;
import nl.bmo.site.model.Page;
import nl.bmo.site.model.SiteModel;
import nl.bmo.site.model.UiStrings;

/**
 * Renders pages through the theme's FreeMarker templates ({@code templates/layouts/<layout>.ftlh}). The configuration
 * and every template are built once; rendering is thread-safe.
 *
 * <p>The template model (and nothing else):
 *
 * <ul>
 *   <li>{@code site}: {@link Views.SiteView} — title, description, baseUrl, languages, menu, params
 *   <li>{@code page}: {@link Views.PageView} — the page (title, summary, content, url, permalink, date, extra …)
 *   <li>{@code lang}: {@link Views.LanguageView} — the page's language
 *   <li>{@code alternates}: list of {@link Views.AlternateView} — the page in every language
 *   <li>{@code xDefault}: the absolute URL of the page's {@code x-default} ({@link SiteModel#xDefault}), or empty
 *   <li>{@code data}: the data files ({@code data/<name>.yaml} as {@code data.<name>}); {@code data.tracker} is
 *       {@link TrackerViews.TrackerView}, the demand tracker in the page's language
 *   <li>{@code pages}: {@link Pages} — other pages: {@code children()}, {@code section(key)}, {@code get(key)},
 *       {@code prev()}, {@code next()}
 *   <li>{@code t(key, args…)} and {@code tl(lang, key)}: interface strings; a missing key is an error
 *   <li>{@code url(sitePath)}: a relative link to any site path; {@code asset(path)}: the relative link to a
 *       (fingerprinted) static file of the theme
 * </ul>
 */
public final class TemplateRenderer {
    private final Templates templates;
    private final SiteModel site;
    private final UiStrings strings;
    private final Assets assets;
    private final RenderOptions options;

    /** A rendered file with what its templates read of the rest of the site. */
    public record Rendered(OutputFile file, Dependencies dependencies) {}

    /** Renders with compiled {@code templates}; cheap to make, one per version of the site. */
    public TemplateRenderer(
            Templates templates, SiteModel site, UiStrings strings, Assets assets, RenderOptions options) {
        this.templates = templates;
        this.site = site;
        this.strings = strings;
        this.assets = assets;
        this.options = options;
    }

    /**
     * Renders pages in parallel and hands each result to {@code done} as soon as it is made (from several threads);
     * collects the problems of all pages before it throws.
     */
    public void render(List<Page> pages, BiConsumer<Page, Rendered> done) {
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        (pages.size() > 1 ? pages.parallelStream() : pages.stream()).forEach(p -> {
            Rendered r;
            try {
                r = render(p);
            } catch (SiteException e) {
                problems.addAll(e.problems());
                return;
            }
            done.accept(p, r);
        });
        SiteException.throwIfErrors(groupSameTemplateErrors(problems));
    }

    /** The messages of a template error while rendering one page ({0} is the page), and for many pages. */
    private static final Map<String, String> FOR_MANY_PAGES = Map.of(
            "render.string.missing", "render.string.missingMany",
            "render.template.failed", "render.template.failedMany");

    /** A template error hit by many pages is one problem: "(rendering a.md and 23 more pages)". */
    static List<Problem> groupSameTemplateErrors(List<Problem> problems) {
        Map<String, List<Problem>> groups = new TreeMap<>();
        for (Problem p : problems) {
            Message m = p.message();
            String key = p.where() + "\0" + m.key() + "\0"
                    + (FOR_MANY_PAGES.containsKey(m.key())
                            ? m.args().subList(1, m.args().size())
                            : m.args());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
        List<Problem> out = new ArrayList<>();
        for (List<Problem> group : groups.values()) {
            group.sort(null);
            Problem first = group.get(0);
            String many = FOR_MANY_PAGES.get(first.message().key());
            if (group.size() == 1 || many == null) {
                out.addAll(group);
            } else {
                List<Object> args = new ArrayList<>(first.message().args());
                args.add(group.size() - 1);
                out.add(first.withMessage(new Message(many, args)));
            }
        }
        return out;
    }

    /** Renders one page to {@code <path>/index.html}. */
    public Rendered render(Page page) {
        SiteReads reads = new SiteReads(site);
        ViewFactory views = new ViewFactory(reads, page, PageLinks.relativeFrom(page.path()), options);
        Map<String, Object> model = model(page.lang(), views);
        model.put("page", views.page(page));
        model.put("alternates", views.alternates(page));
        model.put("xDefault", reads.xDefault(page).orElse(""));
        model.put("pages", new Pages(reads, page, page.lang(), views));
        OutputFile file = OutputFile.of(
                page.outputFile(),
                process(
                        "layouts/" + page.layout() + ".ftlh",
                        model,
                        page.source().path().value()));
        return new Rendered(file, reads.dependencies());
    }

    /**
     * Renders {@code 404.html} with {@code layouts/404.ftlh}: it is served at any depth, so its links are absolute
     * paths under the base URL's path. It has no {@code page}; {@code alternates} lists every language's home.
     */
    public Rendered renderNotFound() {
        String lang = site.config().defaultLanguage();
        SiteReads reads = new SiteReads(site);
        ViewFactory views = new ViewFactory(
                reads, null, PageLinks.absoluteUnder(site.config().basePath()), options);
        Map<String, Object> model = model(lang, views);
        List<Views.AlternateView> homes = new ArrayList<>();
        for (Language l : site.config().languages()) {
            reads.home(l.code())
                    .ifPresent(h -> homes.add(new Views.AlternateView(
                            l.code(),
                            l.name(),
                            l.locale(),
                            l.ogLocale(),
                            views.links().to(h.path()),
                            site.config().absolute(h.path()),
                            l.code().equals(lang),
                            false)));
        }
        model.put("alternates", homes);
        model.put("pages", new Pages(reads, null, lang, views));
        return new Rendered(
                OutputFile.of("404.html", process("layouts/404.ftlh", model, "404.html")), reads.dependencies());
    }

    private Map<String, Object> model(String lang, ViewFactory views) {
        Language language = site.config().language(lang).orElseThrow();
        Map<String, Object> m = new HashMap<>();
        List<Views.LanguageView> languages = site.config().languages().stream()
                .map(l -> views.language(l, lang))
                .toList();
        m.put(
                "site",
                new Views.SiteView(
                        language.title(),
                        language.description(),
                        site.config().baseUrl(),
                        site.config().defaultLanguage(),
                        languages,
                        views.menu(lang, strings),
                        site.config().params(),
                        options.liveReload()));
        m.put("lang", views.language(language, lang));
        m.put("data", views.data(lang));
        m.put("t", new Translate(strings, lang));
        m.put("tl", Translate.inLanguage(strings));
        m.put("url", (TemplateMethodModelEx) args -> views.links().toWritten(stringArg(args, "url")));
        m.put("asset", (TemplateMethodModelEx) args -> {
            String path = stringArg(args, "asset");
            String out = assets.outputPath(path)
                    .orElseThrow(() -> new TemplateModelException(
                            "no static file \"" + path + "\" in the theme (looked for static/" + path + ")"));
            return views.links().toWritten(out);
        });
        return m;
    }

    private static String stringArg(List<?> args, String function) throws TemplateModelException {
        if (args.size() != 1) throw new TemplateModelException(function + "() takes one argument");
        return String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) args.get(0)));
    }

    private String process(String templateName, Map<String, Object> model, String forFile) {
        Template template = templates.get(templateName);
        if (template == null) {
            throw SiteException.at(
                    SourcePosition.of(forFile),
                    "render.template.missing",
                    templateName,
                    site.theme().sourceOf("templates/" + templateName));
        }
        return process(new Templates.Source(template, site.theme()::sourceOf), site.theme()::sourceOf, model, forFile);
    }

    /**
     * Runs a template; a template error becomes a problem at the template's {@code file:line:col} (of {@code source}),
     * a missing interface string one that names the strings file where {@code strings} says it comes from.
     */
    static String process(
            Templates.Source source, UnaryOperator<String> strings, Map<String, Object> model, String forFile) {
        StringWriter out = new StringWriter(16 * 1024);
        try {
            source.template().process(model, out);
        } catch (TemplateException e) {
            String file =
                    e.getTemplateSourceName() == null ? source.template().getSourceName() : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            int col = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
            SourcePosition where = SourcePosition.of(source.sourceOf().apply("templates/" + file), line, col);
            Translate.MissingString missing = missingString(e);
            if (missing != null) {
                throw SiteException.at(
                        where,
                        "render.string.missing",
                        forFile,
                        missing.key,
                        missing.language,
                        strings.apply("i18n/" + missing.language + ".yaml"));
            }
            throw SiteException.at(where, "render.template.failed", forFile, firstLine(e.getMessageWithoutStackTop()));
        } catch (IOException e) {
            throw SiteException.at(SourcePosition.of(forFile), "render.cannotRender", e.getMessage());
        }
        return out.toString();
    }

    private static Translate.MissingString missingString(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) if (t instanceof Translate.MissingString m) return m;
        return null;
    }

    static String firstLine(String message) {
        if (message == null) return "template error";
        String m = message.strip();
        String[] lines = m.split("\n");
        StringBuilder sb = new StringBuilder(lines[0].strip());
        for (int i = 1; i < lines.length && i < 3; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || l.startsWith("----") || l.startsWith("Tip:") || l.startsWith("FTL stack")) break;
            sb.append(' ').append(l);
        }
        return sb.toString();
    }
}
