package nl.bmo.site.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.bmo.site.Message;
import nl.bmo.site.Problem;
import nl.bmo.site.SiteException;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.Suggestion;
import nl.bmo.site.internal.Slugs;
import nl.bmo.site.model.ContentFile;
import nl.bmo.site.model.FrontMatter;
import nl.bmo.site.model.Language;
import nl.bmo.site.model.Page;
import nl.bmo.site.model.SiteConfig;
import nl.bmo.site.model.SiteModel;
import nl.bmo.site.model.SitePath;
import nl.bmo.site.model.SourceFile;
import nl.bmo.site.model.Theme;

/**
 * Turns content files into pages with URLs: {@code content/en/demands/civic-space.md} becomes
 * {@code en/demands/civic-space/}. Checks slugs, layouts, aliases and translation keys, and collects every problem
 * before it throws.
 */
public final class SiteAssembler {

    public record Result(SiteModel site, List<Problem> warnings) {}

    public Result assemble(SiteConfig config, Theme theme, List<ContentFile> files) {
        List<Problem> problems = new ArrayList<>();
        Set<String> layouts = layouts(theme);
        List<Page> pages = new ArrayList<>();
        for (ContentFile f : files) {
            Page p = page(config, theme, f, layouts, problems);
            if (p != null) pages.add(p);
        }
        Collisions.checkUrls(pages, problems);
        Collisions.checkTranslationKeys(pages, problems);
        checkHomes(config, pages, problems);
        AliasPlanner.check(pages, problems);
        SiteException.throwIfErrors(problems);
        SiteModel site = new SiteModel(config, theme, pages);
        warnMissingTranslations(config, site, problems);
        return new Result(
                site, problems.stream().filter(p -> !p.isError()).sorted().toList());
    }

    private static Set<String> layouts(Theme theme) {
        Set<String> names = new TreeSet<>();
        for (String path : theme.list("templates/layouts/")) {
            String name = path.substring("templates/layouts/".length());
            if (name.endsWith(".ftlh") && !name.contains("/")) names.add(name.substring(0, name.length() - 5));
        }
        names.remove("base");
        names.remove("404");
        return names;
    }

    private static Page page(
            SiteConfig config, Theme theme, ContentFile f, Set<String> layouts, List<Problem> problems) {
        SourceFile s = f.source();
        FrontMatter m = f.meta();
        Page.Kind kind = !s.isIndex() ? Page.Kind.PAGE : s.folder().isEmpty() ? Page.Kind.HOME : Page.Kind.SECTION;
        StringBuilder path = new StringBuilder(config.prefix(s.lang()));
        int before = problems.size();
        if (!s.folder().isEmpty()) {
            for (String segment : s.folder().split("/"))
                path.append(folderSlug(s, segment, problems)).append('/');
        }
        if (kind == Page.Kind.PAGE) path.append(pageSlug(s, m, problems)).append('/');
        else if (m.slug().isPresent()) {
            problems.add(Problem.error(s.fieldPosition("slug"), "site.slug.onIndex"));
        }
        String layout = m.layout()
                .orElse(
                        switch (kind) {
                            case HOME -> "home";
                            case SECTION -> "list";
                            case PAGE -> "page";
                        });
        if (!layouts.contains(layout)) {
            problems.add(Problem.error(
                    s.fieldPosition("layout"),
                    "site.layout.unknown",
                    layout,
                    Suggestion.didYouMean(layout, layouts),
                    layouts));
        } else {
            ExtraFieldCheck.check(theme, s, m.extra(), layout, problems);
        }
        if (problems.size() > before) return null;
        String section = s.folder().isEmpty() ? "" : s.folder().split("/")[0];
        return new Page(s, m, SitePath.of(path.toString()), kind, section, layout, Page.NOT_RENDERED);
    }

    private static String folderSlug(SourceFile s, String segment, List<Problem> problems) {
        if (Slugs.isValid(segment)) return segment;
        String slug = Slugs.of(segment);
        if (slug.isEmpty()) {
            problems.add(Problem.error(s.position(0, 0), "site.folder.noSlug", segment));
        }
        return slug;
    }

    private static String pageSlug(SourceFile s, FrontMatter m, List<Problem> problems) {
        if (m.slug().isPresent()) {
            String slug = m.slug().get();
            if (!Slugs.isValid(slug)) {
                String better = Slugs.of(slug);
                problems.add(Problem.error(
                        s.fieldPosition("slug"),
                        Message.of("site.slug.invalid", slug),
                        better.isEmpty()
                                ? Message.of("site.slug.invalid.hint")
                                : Message.of("site.slug.invalid.hintSuch", better)));
            }
            return slug;
        }
        String slug = Slugs.of(s.baseName());
        if (slug.isEmpty()) {
            problems.add(Problem.error(s.position(0, 0), "site.fileName.noSlug"));
        }
        return slug;
    }

    private static void checkHomes(SiteConfig config, List<Page> pages, List<Problem> problems) {
        for (Language l : config.languages()) {
            boolean has = pages.stream()
                    .anyMatch(p -> p.kind() == Page.Kind.HOME && p.lang().equals(l.code()));
            if (!has) {
                problems.add(Problem.error(
                        SourcePosition.of("content/" + l.code() + "/_index.md"), "site.home.missing", l.code()));
            }
        }
    }

    /**
     * A warning for every page without a twin in another language. Its hint names the fix: a page of the other language
     * whose key almost matches (and that lacks a twin itself) is named with its file; a page without
     * {@code translationKey} is paired by its place below the language folder, so the hint names that file.
     */
    private static void warnMissingTranslations(SiteConfig config, SiteModel site, List<Problem> problems) {
        for (Page p : site.pages()) {
            if (p.kind() == Page.Kind.HOME) continue;
            for (Language l : config.languages()) {
                if (l.code().equals(p.lang())
                        || site.page(l.code(), p.translationKey()).isPresent()) continue;
                String language = l.name() + " (" + l.code() + ")";
                if (p.meta().translationKey().isEmpty()) {
                    problems.add(Problem.warning(
                            p.source().position(1, 1),
                            "site.translation.missingNoKey",
                            language,
                            l.code(),
                            "content/" + l.code() + "/" + p.source().langPath()));
                    continue;
                }
                Page twin = nearlyMatching(site, p, l.code());
                if (twin != null) {
                    problems.add(Problem.warning(
                            p.source().fieldPosition("translationKey"),
                            "site.translation.nearKey",
                            language,
                            p.translationKey(),
                            twin.source().path().value(),
                            twin.translationKey()));
                    continue;
                }
                problems.add(Problem.warning(
                        p.source().position(1, 1), "site.translation.missing", language, l.code(), p.translationKey()));
            }
        }
    }

    /** The page of {@code lang} without a twin in {@code p}'s language whose key is nearest to p's, if near enough. */
    private static Page nearlyMatching(SiteModel site, Page p, String lang) {
        Map<String, Page> orphans = new TreeMap<>();
        for (Page o : site.pages(lang)) {
            if (o.kind() == Page.Kind.HOME || o.meta().translationKey().isEmpty()) continue;
            if (site.page(p.lang(), o.translationKey()).isEmpty()) orphans.put(o.translationKey(), o);
        }
        return nl.bmo.site.Suggestion.nearest(p.translationKey(), orphans.keySet())
                .map(orphans::get)
                .orElse(null);
    }
}
