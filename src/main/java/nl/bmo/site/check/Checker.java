package nl.bmo.site.check;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.bmo.site.Problem;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.internal.SitePaths;
import nl.bmo.site.internal.UrlSchemes;
import nl.bmo.site.model.ContentFile;
import nl.bmo.site.model.Heading;
import nl.bmo.site.model.OutputFile;
import nl.bmo.site.model.OutputPath;
import nl.bmo.site.model.Page;
import nl.bmo.site.model.SiteModel;
import nl.bmo.site.model.UiStrings;
import nl.bmo.site.translation.SourceHistory;
import nl.bmo.site.translation.TranslationStatus;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Runs every check on a site built in memory and returns the problems; writes nothing. A problem found in a page's HTML
 * is reported at the page's source file, and names the output file where a template made it.
 */
public final class Checker {

    /** Checks the built site; {@code root} is the site root, for the published-URL list. */
    public List<Problem> check(SiteModel site, UiStrings strings, List<OutputFile> files, Path root) {
        HtmlIndex index = new HtmlIndex(files);
        Map<OutputPath, Page> byOutput = new HashMap<>();
        site.pages().forEach(p -> byOutput.put(p.outputFile(), p));
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        index.documents().entrySet().parallelStream().forEach(e -> {
            Page page = byOutput.get(e.getKey());
            SourcePosition where = page == null
                    ? SourcePosition.of(e.getKey().value())
                    : page.source().position(1, 1);
            checkLinks(e.getKey(), e.getValue(), index, where, site.config().basePath(), problems);
            checkAccessibility(e.getKey(), e.getValue(), where, problems);
        });
        for (Page p : site.pages()) checkHeadings(p, problems);
        for (Page p : site.pages())
            p.content().problems().stream().filter(q -> !q.isError()).forEach(problems::add);
        checkHreflangSymmetry(site, index, problems);
        checkStringParity(site, strings, problems);
        problems.addAll(StringUsage.check(site, strings));
        problems.addAll(TemplateUsage.check(site));
        checkAskParity(site, problems);
        problems.addAll(new PublishedUrls(root).check(site, index));
        List<Problem> sorted = new ArrayList<>(new HashSet<>(problems));
        Collections.sort(sorted);
        return sorted;
    }

    private static void checkLinks(
            OutputPath file,
            Document doc,
            HtmlIndex index,
            SourcePosition where,
            String basePath,
            List<Problem> problems) {
        String name = file.value();
        String page = name.endsWith("index.html") ? name.substring(0, name.length() - "index.html".length()) : name;
        for (Element el : doc.select("a[href], link[href], img[src], script[src], source[src]")) {
            String attr = el.hasAttr("href") ? "href" : "src";
            String url = el.attr(attr).strip();
            if (el.is("link") && !el.attr("rel").matches("(?i).*\\b(stylesheet|icon|alternate|manifest|preload)\\b.*"))
                continue;
            if (el.is("link[rel~=(?i)alternate]") || el.is("link[rel=canonical]")) continue;
            var forbidden = UrlSchemes.forbidden(el.attr(attr));
            if (forbidden.isPresent()) {
                problems.add(Problem.error(where, "check.url.forbidden", forbidden.get(), file));
                continue;
            }
            if (UrlSchemes.isAbsolute(url)) continue;
            if (url.startsWith("//")) continue;
            int hash = url.indexOf('#');
            String path = hash < 0 ? url : url.substring(0, hash);
            String fragment = hash < 0 ? "" : decode(url.substring(hash + 1));
            int query = path.indexOf('?');
            if (query >= 0) path = path.substring(0, query);
            OutputPath target;
            if (path.isEmpty()) target = file;
            else {
                String decoded = decode(path);
                String from = page;
                if (decoded.startsWith("/")) {
                    if (!decoded.startsWith(basePath)) {
                        problems.add(Problem.error(where, "check.link.outsideBasePath", url, file, basePath));
                        continue;
                    }
                    decoded = decoded.substring(basePath.length());
                    decoded = decoded.isEmpty() ? "./" : decoded;
                    from = "";
                }
                String sitePath = resolve(from, decoded).orElse(null);
                if (sitePath == null) {
                    problems.add(Problem.error(where, "check.link.leavesSite", url, file));
                    continue;
                }
                var resolved = index.resolve(sitePath);
                if (resolved.isEmpty()) {
                    problems.add(Problem.error(where, "check.link.broken", url, file, "/" + sitePath));
                    continue;
                }
                target = resolved.get();
            }
            if (!fragment.isEmpty()
                    && target.endsWith(".html")
                    && !index.isRedirect(target)
                    && !index.ids(target).contains(fragment)) {
                problems.add(Problem.error(where, "check.link.missingAnchor", url, file, fragment));
            }
        }
    }

    private static void checkAccessibility(
            OutputPath file, Document doc, SourcePosition where, List<Problem> problems) {
        for (Element img : doc.select("img:not([alt])")) {
            problems.add(Problem.error(where, "check.image.noAlt", img.attr("src"), file));
        }
        for (Element a : doc.select("a[href]")) {
            boolean named = !a.text().isBlank()
                    || !a.attr("aria-label").isBlank()
                    || !a.select("img[alt]:not([alt=''])").isEmpty();
            if (!named) {
                problems.add(Problem.error(where, "check.link.empty", a.attr("href"), file));
            }
        }
    }

    /** Content headings start at h2 (the title is the h1) and go down one level at a time. */
    private static void checkHeadings(Page p, List<Problem> problems) {
        int previous = 1;
        for (Heading h : p.content().headings()) {
            if (h.level() > previous + 1) {
                problems.add(Problem.warning(
                        p.source().position(1, 1),
                        "check.heading.skipsLevel",
                        h.text(),
                        previous,
                        h.level(),
                        "#".repeat(previous + 1)));
            }
            previous = h.level();
        }
    }

    /** Every hreflang alternate of a page must name that page back. */
    private static void checkHreflangSymmetry(SiteModel site, HtmlIndex index, List<Problem> problems) {
        String base = site.config().baseUrl();
        Map<OutputPath, Set<String>> alternates = new HashMap<>();
        index.documents().forEach((file, doc) -> {
            Set<String> targets = new HashSet<>();
            for (Element l : doc.select("head link[rel=alternate][hreflang]")) {
                String href = l.attr("href");
                if (href.startsWith(base) && !l.attr("hreflang").equals("x-default"))
                    targets.add(href.substring(base.length()));
            }
            if (!targets.isEmpty()) alternates.put(file, targets);
        });
        for (Page p : site.pages()) {
            Set<String> mine = alternates.getOrDefault(p.outputFile(), Set.of());
            for (String target : mine) {
                if (target.equals(p.path().value())) continue;
                Set<String> theirs = OutputPath.parse(SitePaths.outputFile(target))
                        .map(f -> alternates.getOrDefault(f, Set.of()))
                        .orElse(Set.of());
                if (!theirs.contains(p.path().value())) {
                    problems.add(Problem.error(
                            p.source().position(1, 1),
                            "check.hreflang.notSymmetric",
                            "/" + target,
                            p.path().urlPath()));
                }
            }
        }
    }

    /**
     * A translation that lacks an ask of its original is behind, in the words of {@code status} and of the text check
     * ("translation is behind ORIGINAL: …"), and blocks a change like it: readers of two languages would read different
     * demands, and the missing ask's anchor would lead nowhere in one of them. An ask that only the translation has is
     * named too. The original is the page {@code status} calls so.
     */
    private static void checkAskParity(SiteModel site, List<Problem> problems) {
        TranslationStatus status = new TranslationStatus(site.config(), SourceHistory.NONE);
        for (Page p : site.pages()) {
            List<Page> translations = site.translationsOf(p);
            Map<String, ContentFile> byLang = new HashMap<>();
            translations.forEach(t -> byLang.put(t.lang(), new ContentFile(t.source(), t.meta())));
            if (!byLang.containsKey(p.lang())
                    || !status.originalLanguage(byLang).orElse("").equals(p.lang())) continue;
            Set<String> mine = askIds(p);
            for (Page t : translations) {
                if (t == p) continue;
                Set<String> theirs = askIds(t);
                for (String id : mine) {
                    if (theirs.contains(id)) continue;
                    problems.add(Problem.warning(
                            t.source().position(1, 1),
                            "check.translation.askMissing",
                            id,
                            p.source().path().value()));
                }
                for (String id : theirs) {
                    if (mine.contains(id)) continue;
                    problems.add(Problem.warning(
                            t.source().position(1, 1),
                            "check.translation.askExtra",
                            id,
                            p.source().path().value()));
                }
            }
        }
    }

    private static Set<String> askIds(Page p) {
        Set<String> ids = new TreeSet<>();
        p.content().asks().forEach(a -> ids.add(a.id()));
        return ids;
    }

    /** Every language needs the same interface-string keys. */
    private static void checkStringParity(SiteModel site, UiStrings strings, List<Problem> problems) {
        Set<String> union = new TreeSet<>();
        site.config().languages().forEach(l -> union.addAll(strings.of(l.code()).keySet()));
        for (var l : site.config().languages()) {
            for (String key : union) {
                if (!strings.of(l.code()).containsKey(key)) {
                    problems.add(Problem.error(
                            SourcePosition.of(site.theme().sourceOf("i18n/" + l.code() + ".yaml")),
                            "check.string.missing",
                            key,
                            l.code(),
                            l.name()));
                }
            }
        }
    }

    /** The site path a relative URL in a page names; empty when it leaves the site. */
    static Optional<String> resolve(String pagePath, String url) {
        return SitePaths.normalise(SitePaths.folderOf(pagePath) + url);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
