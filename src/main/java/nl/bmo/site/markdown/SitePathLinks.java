package nl.bmo.site.markdown;

import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.bmo.site.Problem;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.Suggestion;
import nl.bmo.site.model.ContentLink;
import nl.bmo.site.model.SitePaths;

/**
 * Links written as a site path, the address an editor sees in the browser: {@code /brief/},
 * {@code /en/demands/civil-society/#2-1}, {@code /img/logo.svg} (with or without the base URL's path). One that names a
 * page, an alias or a static file of the site is written relative to the page, so that the site works under any
 * sub-path, and its anchor is checked like that of a link to a source file. One that leads nowhere is an error with
 * the nearest page as a hint.
 */
final class SitePathLinks {
    private SitePathLinks() {}

    /** @param path the link without its fragment, starting with one {@code /} */
    static ResolvedLink resolve(RenderContext ctx, ResolvedLink link, String url, String path, String fragment, SourcePosition where) {
        String decoded = ContentLinkResolver.decode(path);
        int q = decoded.indexOf('?');
        String query = q < 0 ? "" : decoded.substring(q);
        if (q >= 0) decoded = decoded.substring(0, q);
        String suffix = query + (fragment.isEmpty() ? "" : "#" + fragment);
        List<String> candidates = new ArrayList<>();
        candidates.add(decoded.substring(1));
        String base = ctx.targets.basePath();
        if (!base.equals("/") && (decoded + "/").startsWith(base)) candidates.add(decoded.length() < base.length() ? "" : decoded.substring(base.length()));
        for (String candidate : candidates) {
            String normal = SitePaths.normalise(candidate);
            if (normal == null) {
                ctx.problems.add(Problem.error(where, "link \"" + url + "\" leaves the site", "Link to a page or file of the site."));
                return link.withStatus(LinkStatus.VALID).withUrl("#");
            }
            if (!normal.isEmpty() && !normal.endsWith("/") && ctx.targets.hasStaticFile(normal)) {
                return link.withStatus(LinkStatus.VALID).withUrl(SitePaths.relative(ctx.pagePath, normal) + suffix);
            }
            Optional<String> source = ctx.targets.pageAt(SitePaths.fromUrlPath("/" + normal));
            Optional<String> page = source.flatMap(ctx.targets::pagePath);
            if (page.isPresent()) {
                ctx.links.add(new ContentLink(source.get(), fragment, where));
                return link.withStatus(LinkStatus.VALID).withUrl(SitePaths.relative(ctx.pagePath, page.get()) + suffix);
            }
        }
        String last = decoded.substring(decoded.lastIndexOf('/') + 1);
        if (last.contains(".") && !last.endsWith(".html")) {
            ctx.problems.add(Problem.error(where, "link \"" + url + "\" leads to no page, alias or file of the site",
                    "There is no file static" + decoded + "; put the file there, or correct the name."));
            return link;
        }
        String nearest = Suggestion.closest(SitePaths.fromUrlPath(decoded), ctx.targets.pagePaths()).map(p -> "/" + p).orElse("/");
        ctx.problems.add(Problem.error(where, "link \"" + url + "\" leads to no page, alias or file of the site",
                "The nearest page is " + nearest + ". Write the address as the site shows it (such as " + nearest
                        + "), or link to the page's .md file; files go in static/."));
        return link;
    }
}
