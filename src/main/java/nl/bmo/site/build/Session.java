package nl.bmo.site.build;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.bmo.site.Problem;
import nl.bmo.site.SiteException;
import nl.bmo.site.config.ConfigLoader;
import nl.bmo.site.config.ThemeLoader;
import nl.bmo.site.content.ContentLoader;
import nl.bmo.site.data.DataLoader;
import nl.bmo.site.i18n.MessagesLoader;
import nl.bmo.site.markdown.LinkTargets;
import nl.bmo.site.markdown.MarkdownRenderer;
import nl.bmo.site.model.Assets;
import nl.bmo.site.model.Content;
import nl.bmo.site.model.ContentFile;
import nl.bmo.site.model.OutputFile;
import nl.bmo.site.model.Page;
import nl.bmo.site.model.SiteConfig;
import nl.bmo.site.model.SiteModel;
import nl.bmo.site.model.Theme;
import nl.bmo.site.model.UiStrings;
import nl.bmo.site.output.Extras;
import nl.bmo.site.output.ShareImages;
import nl.bmo.site.output.StaticAssets;
import nl.bmo.site.render.RenderOptions;
import nl.bmo.site.render.TemplateRenderer;
import nl.bmo.site.site.SiteAssembler;
import nl.bmo.site.yaml.YamlReader;

/**
 * A build that stays warm between edits, for the preview. The first build runs every stage; after that, an edit of
 * existing pages re-reads only those files and re-renders only their Markdown. A body edit then renders through the
 * templates only the page and its translations (unless a template shows other pages' bodies, then every page); a
 * front matter edit assembles the site model again (which re-checks URLs and keys) and renders every page, since
 * titles, dates and weights appear in lists and menus, and the sitemap and redirects follow it. Anything else (a new, removed or renamed page, a change of slug, a theme file,
 * {@code content/site.yaml}, {@code static/}) runs the full build. Its output equals {@link SiteBuilder#build}'s.
 *
 * <p>A failed build leaves the last good state in place; the changes it tried are tried again with the next ones.
 */
public final class Session {
    /** Template text that may show another page's body ({@code p.content}, {@code x.headings}). */
    private static final Pattern OTHER_BODY = Pattern.compile(
            "\\bdata\\s*\\.\\s*tracker\\b|([\\w\\])]+)\\s*\\.\\s*(content|headings|asks)\\b|\\[\\s*[\"'](content|headings)[\"']\\s*]|"
                    + "<#(assign|local|global)\\s+page\\b|\\bas\\s+page\\b|<#(macro|function)\\s+\\w+[^>]*\\spage(?=[\\s=>.])");

    private final Clock clock;
    private final BuildOptions options;
    private final YamlReader yaml = new YamlReader();
    private final Set<String> pending = new TreeSet<>();
    private final Map<String, OutputFile> shareImages = new HashMap<>();
    private Warm warm;

    /** The warm pipeline after a good build. {@code files} is sorted by path and not changed after construction. */
    private record Warm(SiteConfig config, Theme theme, UiStrings strings, Assets assets, RenderOptions render,
            Map<String, MarkdownRenderer> renderers, Content content, List<Problem> assemblyWarnings, SiteModel site,
            Map<String, OutputFile> files, Set<String> extras, boolean showsOtherBodies) {}

    public Session(Clock clock, BuildOptions options) {
        this.clock = clock;
        this.options = options;
    }

    /** The site root. */
    public Path root() {
        return options.source().toAbsolutePath().normalize();
    }

    /** Builds the whole site. Throws {@link SiteException} when the site has errors. */
    public synchronized Rebuild build() {
        Rebuild r = full(System.nanoTime());
        pending.clear();
        return r;
    }

    /**
     * Rebuilds after these files changed (created, modified or deleted; absolute paths or relative to the site
     * root). Throws {@link SiteException} when the site has errors; the last good build stays as it was.
     */
    public synchronized Rebuild update(Collection<Path> changed) {
        long start = System.nanoTime();
        for (Path p : changed) pending.add(relative(p));
        Rebuild r = warm == null || pending.stream().anyMatch(this::needsFullBuild) ? full(start) : incremental(start);
        pending.clear();
        return r;
    }

    private String relative(Path p) {
        Path abs = p.isAbsolute() ? p.normalize() : root().resolve(p).normalize();
        return abs.startsWith(root()) ? root().relativize(abs).toString().replace('\\', '/') : "";
    }

    private boolean needsFullBuild(String rel) {
        if (rel.isEmpty() || rel.equals(ConfigLoader.FILE) || rel.startsWith("themes/") || rel.startsWith("static/")
                || rel.startsWith(DataLoader.FOLDER + "/")) return true;
        if (!rel.startsWith("content/") || isHidden(rel)) return false;
        Path file = root().resolve(rel);
        if (warm.site().bySource(rel).isPresent()) return !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(file)) return true;
        if (Files.exists(file)) return false;
        return warm.site().pages().stream().anyMatch(p -> p.source().path().startsWith(rel + "/"));
    }

    private static boolean isHidden(String rel) {
        return rel.startsWith(".") || rel.contains("/.");
    }

    private Rebuild full(long start) {
        SiteConfig config = SiteBuilder.loadConfig(yaml, options);
        Theme theme = new ThemeLoader(yaml).load(config);
        UiStrings strings = new MessagesLoader(yaml).load(config, theme);
        Content content = new ContentLoader(yaml, clock).load(config, options.drafts());
        SiteAssembler.Result assembled = new SiteAssembler().assemble(config, theme, content.files());
        Assets assets = new StaticAssets().collect(config, theme);
        Map<String, MarkdownRenderer> renderers = SiteBuilder.markdownRenderers(config, strings);
        SiteModel site = new DataLoader(yaml).load(SiteBuilder.renderMarkdown(assembled.site(), renderers, assets), strings);
        RenderOptions render = SiteBuilder.renderOptions(options, theme);
        TemplateRenderer templates = new TemplateRenderer(site, strings, assets, render);

        Map<String, OutputFile> files = new TreeMap<>();
        templates.render(site.pages()).forEach(f -> files.put(f.path(), f));
        put(files, templates.renderNotFound());
        List<OutputFile> extras = new Extras().render(site);
        extras.forEach(f -> put(files, f));
        assets.files().forEach(f -> put(files, f));
        if (render.shareImages()) shareImages(site, site.pages()).forEach(f -> put(files, f));
        Set<String> extraPaths = new TreeSet<>();
        extras.forEach(f -> extraPaths.add(f.path()));
        Warm next = new Warm(config, theme, strings, assets, render, renderers, content, assembled.warnings(), site, files,
                extraPaths, showsOtherBodies(theme));
        return finish(next, true, site.pages().size() + 1, start);
    }

    /** An edit of existing pages: see the class comment. */
    private Rebuild incremental(long start) {
        Warm w = warm;
        Map<String, ContentFile> byPath = new LinkedHashMap<>();
        w.content().files().forEach(f -> byPath.put(f.source().path(), f));
        Set<String> edited = new TreeSet<>();
        ContentLoader loader = new ContentLoader(yaml, clock);
        for (String rel : pending) {
            if (!byPath.containsKey(rel)) continue;
            Optional<ContentFile> now = loader.loadOne(w.config(), rel, options.drafts());
            if (now.isEmpty()) return full(start);
            if (now.get().equals(byPath.get(rel))) continue;
            byPath.put(rel, now.get());
            edited.add(rel);
        }
        if (edited.isEmpty()) return finish(w, false, 0, start);

        Content content = new Content(new ArrayList<>(byPath.values()), w.content().warnings(), w.content().skippedDrafts(),
                w.content().skippedFuture());
        boolean metaChanged = edited.stream().anyMatch(rel -> !byPath.get(rel).meta().equals(w.site().bySource(rel).orElseThrow().meta()));
        SiteModel base = w.site();
        List<Problem> assemblyWarnings = w.assemblyWarnings();
        if (metaChanged) {
            SiteAssembler.Result assembled = new SiteAssembler().assemble(w.config(), w.theme(), content.files());
            for (String rel : edited) {
                if (!w.site().bySource(rel).orElseThrow().path().equals(assembled.site().bySource(rel).orElseThrow().path())) return full(start);
            }
            base = assembled.site();
            assemblyWarnings = assembled.warnings();
        }
        SiteModel site = new DataLoader(yaml).load(renderMarkdown(w, base, byPath, edited), w.strings());

        List<Page> affected = affected(site, edited, metaChanged || w.showsOtherBodies());
        TemplateRenderer templates = new TemplateRenderer(site, w.strings(), w.assets(), w.render());
        Map<String, OutputFile> files = new TreeMap<>(w.files());
        templates.render(affected).forEach(f -> files.put(f.path(), f));
        put(files, templates.renderNotFound());
        Set<String> extraPaths = w.extras();
        if (metaChanged || site.pages().stream().anyMatch(p -> p.meta().feed())) {
            // the sitemap and redirects follow front matter; feeds also carry bodies
            w.extras().forEach(files::remove);
            List<OutputFile> extras = new Extras().render(site);
            extras.forEach(f -> files.put(f.path(), f));
            extraPaths = new TreeSet<>();
            for (OutputFile f : extras) extraPaths.add(f.path());
        }
        if (w.render().shareImages()) {
            shareImages(site, edited.stream().map(rel -> site.bySource(rel).orElseThrow()).toList()).forEach(f -> put(files, f));
        }
        Warm next = new Warm(w.config(), w.theme(), w.strings(), w.assets(), w.render(), w.renderers(), content,
                assemblyWarnings, site, files, extraPaths, w.showsOtherBodies());
        return finish(next, false, affected.size() + 1, start);
    }

    /**
     * Renders the Markdown of the edited pages again and reuses the rest; then checks every anchor link. {@code base}
     * is the assembled site when front matter changed, else the previous site, whose pages keep their place.
     */
    private static SiteModel renderMarkdown(Warm w, SiteModel base, Map<String, ContentFile> files, Set<String> edited) {
        LinkTargets targets = SiteBuilder.linkTargets(base, w.assets());
        List<Page> pages = new ArrayList<>(base.pages().size());
        List<Problem> problems = new ArrayList<>();
        for (Page p : base.pages()) {
            String rel = p.source().path();
            Page previous = w.site().bySource(rel).orElseThrow();
            Page r;
            if (edited.contains(rel)) {
                Page now = base == w.site()
                        ? new Page(files.get(rel).source(), files.get(rel).meta(), p.path(), p.kind(), p.section(), p.layout(), p.content())
                        : p;
                r = now.withContent(w.renderers().get(p.lang()).render(now.source(), now.path(), targets));
            } else {
                r = p == previous ? p : p.withContent(previous.content());
            }
            problems.addAll(r.content().problems());
            pages.add(r);
        }
        SiteException.throwIfErrors(problems);
        SiteModel site = new SiteModel(base.config(), base.theme(), pages);
        SiteBuilder.checkAnchors(site, problems);
        return site;
    }

    /** The edited pages and their translations, or every page. */
    private static List<Page> affected(SiteModel site, Set<String> edited, boolean all) {
        if (all) return site.pages();
        Set<Page> pages = new LinkedHashSet<>();
        for (String rel : edited) pages.addAll(site.translationsOf(site.bySource(rel).orElseThrow()));
        return List.copyOf(pages);
    }

    /** Share images of these pages: drawn only when the title, number or look changed since they were last drawn. */
    private List<OutputFile> shareImages(SiteModel site, List<Page> pages) {
        Theme theme = site.theme();
        String look = theme.shareImage().orElseThrow() + "/" + Arrays.hashCode(theme.file(theme.shareImage().get().font()).orElseThrow());
        Map<String, Page> missing = new LinkedHashMap<>();
        List<OutputFile> out = new ArrayList<>();
        for (Page p : pages) {
            String key = shareImageKey(site, p, look);
            OutputFile cached = shareImages.get(key);
            if (cached != null) out.add(cached);
            else missing.put(key, p);
        }
        if (!missing.isEmpty()) {
            List<OutputFile> drawn = new ShareImages(theme).render(new SiteModel(site.config(), theme, List.copyOf(missing.values())));
            Map<String, String> keyByPath = new HashMap<>();
            missing.forEach((key, p) -> keyByPath.put(p.path() + "share.png", key));
            for (OutputFile f : drawn) shareImages.put(keyByPath.get(f.path()), f);
            out.addAll(drawn);
        }
        return out;
    }

    private static String shareImageKey(SiteModel site, Page p, String look) {
        String langTitle = site.config().language(p.lang()).orElseThrow().title();
        return String.join("\0", look, p.path(), langTitle, String.valueOf(p.meta().extra().get("number")), p.meta().title());
    }

    private static void put(Map<String, OutputFile> files, OutputFile f) {
        files.put(f.path(), f);
    }

    /** Makes {@code next} the warm state and reports the output paths whose bytes differ from the previous build. */
    private Rebuild finish(Warm next, boolean full, int rendered, long start) {
        Set<String> changed = new TreeSet<>();
        Map<String, OutputFile> before = warm == null ? Map.of() : warm.files();
        for (OutputFile f : next.files().values()) {
            OutputFile old = before.get(f.path());
            if (old == null || (old != f && !Arrays.equals(old.bytes(), f.bytes()))) changed.add(f.path());
        }
        for (String path : before.keySet()) if (!next.files().containsKey(path)) changed.add(path);
        warm = next;
        BuildResult result = SiteBuilder.result(next.site(), next.strings(), new ArrayList<>(next.files().values()), next.content(),
                next.assemblyWarnings(), start);
        return new Rebuild(result, changed, full, rendered);
    }

    /** Whether any template may show another page's body, so that a body edit has to render every page again. */
    static boolean showsOtherBodies(Theme theme) {
        for (String path : theme.list("templates/")) {
            var m = OTHER_BODY.matcher(new String(theme.files().get(path), java.nio.charset.StandardCharsets.UTF_8));
            while (m.find()) {
                if (m.group(1) == null || !m.group(1).equals("page")) return true;
            }
        }
        return false;
    }
}
