package nl.bmo.site.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.bmo.site.Problem;
import nl.bmo.site.SiteException;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.model.Language;
import nl.bmo.site.model.OutputFile;
import nl.bmo.site.model.OutputPath;
import nl.bmo.site.model.Page;
import nl.bmo.site.model.SiteConfig;
import nl.bmo.site.model.SiteModel;
import nl.bmo.site.model.SitePath;

/**
 * The files a site gets besides its pages, each written by a template of the theme ({@code templates/files/…}):
 *
 * <ul>
 *   <li>{@code sitemap.xml} by {@code files/sitemap.xml.ftlx}
 *   <li>{@code robots.txt} by {@code files/robots.txt.ftl}
 *   <li>{@code <section>/atom.xml}, for every section page with {@code feed: true}, by {@code files/atom.xml.ftlx}
 *   <li>a redirect page at every alias by {@code files/alias.ftlh}
 *   <li>{@code index.html}, the language chooser, when every language has its prefix, by
 *       {@code files/language-chooser.ftlh}
 *   <li>{@code _headers} by {@code files/_headers.ftl}, only when the theme has that template
 * </ul>
 *
 * <p>A theme without one of the others gets the bundled theme's. The templates see the records of {@link FileViews};
 * each file is rendered once per build. Not thread-safe; one per build.
 */
public final class SiteFiles {
    static final String SITEMAP = "files/sitemap.xml.ftlx";
    static final String ROBOTS = "files/robots.txt.ftl";
    static final String FEED = "files/atom.xml.ftlx";
    static final String ALIAS = "files/alias.ftlh";
    static final String CHOOSER = "files/language-chooser.ftlh";
    static final String HEADERS = "files/_headers.ftl";

    private final Templates templates;
    private final SiteModel site;
    private final SiteConfig config;
    private final List<OutputFile> out = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    public SiteFiles(Templates templates, SiteModel site) {
        this.templates = templates;
        this.site = site;
        this.config = site.config();
    }

    /** Renders every file; collects the problems of all of them before it throws. */
    public List<OutputFile> render() {
        out.clear();
        problems.clear();
        String chooser = config.defaultLanguageInSubdir() ? config.absolute(SitePath.HOME) : "";
        write(OutputPath.of("sitemap.xml"), SITEMAP, Map.of("urls", sitemap(), "languageChooser", chooser));
        if (config.defaultLanguageInSubdir()) write(OutputPath.of("index.html"), CHOOSER, Map.of("chooser", chooser()));
        write(OutputPath.of("robots.txt"), ROBOTS, Map.of("sitemap", config.absolute(SitePath.of("sitemap.xml"))));
        for (Page p : site.pages()) {
            for (String alias : p.meta().aliases()) {
                SitePath path = SitePath.fromUrlPath(alias)
                        .orElseThrow(() -> new IllegalStateException("alias not checked: " + alias));
                var view = new FileViews.AliasView(
                        path.value(), p.lang(), p.meta().title(), path.linkTo(p.path()), config.absolute(p.path()));
                write(path.outputFile(), ALIAS, Map.of("alias", view));
            }
        }
        for (Page p : site.pages()) {
            if (p.meta().feed()) write(p.path().file("atom.xml").outputFile(), FEED, Map.of("feed", Feeds.of(site, p)));
        }
        Optional<Templates.Source> headers = templates.own(HEADERS);
        if (headers.isPresent() && site.theme().has("static/_headers")) {
            problems.add(Problem.error(
                    SourcePosition.of(site.theme().sourceOf("static/_headers")), "render.headers.twice", HEADERS));
        } else if (headers.isPresent()) {
            write(OutputPath.of("_headers"), headers.get(), Map.of());
        }
        SiteException.throwIfErrors(TemplateRenderer.groupSameTemplateErrors(problems));
        return List.copyOf(out);
    }

    /** Writes {@code path} with the theme's template {@code name}, or else the bundled theme's. */
    private void write(OutputPath path, String name, Map<String, Object> model) {
        Optional<Templates.Source> template = templates.orBuiltin(name);
        if (template.isEmpty()) {
            problems.add(Problem.error(
                    SourcePosition.of(site.theme().sourceOf("templates/" + name)),
                    "render.file.templateMissing",
                    name,
                    path));
            return;
        }
        write(path, template.get(), model);
    }

    private void write(OutputPath path, Templates.Source template, Map<String, Object> model) {
        try {
            out.add(OutputFile.of(
                    path, TemplateRenderer.process(template, site.theme()::sourceOf, model, path.value())));
        } catch (SiteException e) {
            problems.addAll(e.problems());
        }
    }

    /** Every page with its translations, in the site's order. */
    private List<FileViews.SitemapUrl> sitemap() {
        List<FileViews.SitemapUrl> urls = new ArrayList<>(site.pages().size());
        for (Page p : site.pages()) {
            List<FileViews.Translation> translations = new ArrayList<>();
            for (Page t : site.translationsOf(p)) {
                translations.add(new FileViews.Translation(t.lang(), config.absolute(t.path())));
            }
            String lastmod = p.meta().date().map(Object::toString).orElse("");
            String xDefault = site.xDefault(p).orElse("");
            urls.add(new FileViews.SitemapUrl(config.absolute(p.path()), lastmod, translations, xDefault));
        }
        return urls;
    }

    private FileViews.ChooserView chooser() {
        List<FileViews.LanguageHome> homes = new ArrayList<>();
        for (Language l : config.languages()) site.home(l.code()).ifPresent(h -> homes.add(home(l, h)));
        Language def = config.defaultLang();
        FileViews.LanguageHome defaultHome = site.home(def.code())
                .map(h -> home(def, h))
                .orElse(new FileViews.LanguageHome(def.code(), def.name(), def.title(), "", ""));
        return new FileViews.ChooserView(config.absolute(SitePath.HOME), defaultHome, homes);
    }

    private FileViews.LanguageHome home(Language l, Page home) {
        return new FileViews.LanguageHome(
                l.code(), l.name(), l.title(), SitePath.HOME.linkTo(home.path()), config.absolute(home.path()));
    }
}
