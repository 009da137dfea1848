package nl.bmo.site.markdown;

import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.bmo.site.Message;
import nl.bmo.site.Problem;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.Suggestion;
import nl.bmo.site.internal.SitePaths;
import nl.bmo.site.model.ContentLink;
import nl.bmo.site.model.SitePath;

/**
 * Links written as a site path, the address an editor sees in the browser: {@code /brief/},
 * {@code /en/demands/civil-society/#2-1}, {@code /img/logo.svg} (with or without the base URL's path). One that names a
 * page, an alias or a static file of the site is written relative to the page, so that the site works under any
 * sub-path, and its anchor is checked like that of a link to a source file. One that leads nowhere is an error with the
 * nearest page as a hint.
 *
 * <p>A link written as the site's own full address ({@code https://example.org/campaign/eisen/x/#2-1}, the base URL's
 * host and path) is resolved the same way, and named with an info that suggests the source-file form: it works, but it
 * would break when the site moves, were it not rewritten.
 */
final class SitePathLinks {
    private SitePathLinks() {}

    /**
     * The path of a link written as the site's own full address, starting with {@code /} and with its query and
     * fragment ({@code /campaign/eisen/x/#2-1}), or null when it is not one: another scheme than http(s), another host
     * or port, or a path outside the base URL's path.
     */
    static String ownAddressPath(String url, String baseUrl) {
        String[] link = split(url);
        String[] base = split(baseUrl);
        if (link == null || base == null || !link[0].equalsIgnoreCase(base[0])) return null;
        String path = link[1];
        String basePath = base[1].isEmpty() ? "/" : base[1];
        if (path.isEmpty() || path.charAt(0) != '/') path = "/" + path;
        int end = path.length();
        for (char c : new char[] {'?', '#'}) if (path.indexOf(c) >= 0) end = Math.min(end, path.indexOf(c));
        String bare = path.substring(0, end);
        if (!(bare + "/").startsWith(basePath)) return null;
        return path;
    }

    /** {authority, rest} of an http(s) URL, or null. */
    private static String[] split(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        int start = lower.startsWith("https://") ? 8 : lower.startsWith("http://") ? 7 : -1;
        if (start < 0) return null;
        String rest = url.strip().substring(start);
        int end = rest.length();
        for (char c : new char[] {'/', '?', '#'}) if (rest.indexOf(c) >= 0) end = Math.min(end, rest.indexOf(c));
        String authority = rest.substring(0, end);
        if (authority.contains("@") || authority.isEmpty()) return null;
        return new String[] {authority, rest.substring(end)};
    }

    /** @param path the link without its fragment, starting with one {@code /} */
    static ResolvedLink resolve(
            RenderContext ctx, ResolvedLink link, String url, String path, String fragment, SourcePosition where) {
        return resolve(ctx, link, url, path, fragment, where, false);
    }

    /**
     * @param path the link without its fragment, starting with one {@code /}
     * @param ownAddress whether the editor wrote it as the site's full address
     */
    static ResolvedLink resolve(
            RenderContext ctx,
            ResolvedLink link,
            String url,
            String path,
            String fragment,
            SourcePosition where,
            boolean ownAddress) {
        String decoded = ContentLinkResolver.decode(path);
        int q = decoded.indexOf('?');
        String query = q < 0 ? "" : decoded.substring(q);
        if (q >= 0) decoded = decoded.substring(0, q);
        String suffix = query + (fragment.isEmpty() ? "" : "#" + fragment);
        List<String> candidates = new ArrayList<>();
        candidates.add(decoded.substring(1));
        String base = ctx.targets.basePath();
        if (!base.equals("/") && (decoded + "/").startsWith(base))
            candidates.add(decoded.length() < base.length() ? "" : decoded.substring(base.length()));
        for (String candidate : candidates) {
            String normal = SitePaths.normalise(candidate).orElse(null);
            if (normal == null) {
                ctx.problems.add(Problem.error(where, "markdown.sitePath.leavesSite", url));
                return link.withStatus(LinkStatus.VALID).withUrl("#");
            }
            if (!normal.isEmpty() && !normal.endsWith("/") && ctx.targets.hasStaticFile(normal)) {
                if (ownAddress) ownAddressInfo(ctx, url, "static/" + normal, suffix, where);
                return link.withStatus(LinkStatus.VALID).withUrl(ctx.pagePath.linkTo(SitePath.of(normal)) + suffix);
            }
            Optional<String> source = SitePath.fromUrlPath("/" + normal).flatMap(ctx.targets::pageAt);
            Optional<SitePath> page = source.flatMap(ctx.targets::pagePath);
            if (page.isPresent()) {
                ctx.links.add(new ContentLink(source.get(), fragment, where));
                if (ownAddress) ownAddressInfo(ctx, url, source.get(), suffix, where);
                return link.withStatus(LinkStatus.VALID).withUrl(ctx.pagePath.linkTo(page.get()) + suffix);
            }
        }
        String last = decoded.substring(decoded.lastIndexOf('/') + 1);
        if (last.contains(".") && !last.endsWith(".html")) {
            ctx.problems.add(Problem.error(
                    where,
                    Message.of("markdown.sitePath.nowhere", url),
                    Message.of("markdown.sitePath.nowhere.hintFile", "static" + decoded)));
            return link;
        }
        String nearest = Suggestion.closest(
                        SitePaths.fromUrlPath(decoded),
                        ctx.targets.pagePaths().stream().map(SitePath::value).toList())
                .map(p -> "/" + p)
                .orElse("/");
        ctx.problems.add(Problem.error(
                where,
                Message.of("markdown.sitePath.nowhere", url),
                Message.of("markdown.sitePath.nowhere.hintPage", nearest)));
        return link;
    }

    /** The info for a working link written as the site's full address: the source-file form to write instead. */
    private static void ownAddressInfo(
            RenderContext ctx, String url, String targetFile, String suffix, SourcePosition where) {
        String file = SitePaths.relative(ctx.source.path().value(), targetFile) + suffix;
        ctx.problems.add(Problem.info(
                where,
                Message.of("markdown.link.ownAddress", url),
                Message.of(
                        targetFile.startsWith("static/")
                                ? "markdown.link.ownAddress.hintFile"
                                : "markdown.link.ownAddress.hintPage",
                        file)));
    }
}
