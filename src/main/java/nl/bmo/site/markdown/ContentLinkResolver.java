package nl.bmo.site.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.bmo.site.Message;
import nl.bmo.site.Problem;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.internal.SitePaths;
import nl.bmo.site.internal.UrlSchemes;
import nl.bmo.site.model.ContentLink;
import nl.bmo.site.model.SitePath;

/**
 * Resolves the links an editor writes. A link to a source file ({@code ../eisen/middenveld.md#2-1}) becomes the
 * relative URL of that page; a link into {@code static/} becomes the relative URL of the file; a site path
 * ({@code /brief/}) and the site's own full address ({@code https://example.org/brief/}) are resolved by
 * {@link SitePathLinks}; external links stay. A link with a forbidden scheme (reported by {@link MarkdownRenderer})
 * becomes {@code #}.
 */
final class ContentLinkResolver implements LinkResolver {
    private final RenderContext ctx;

    ContentLinkResolver(RenderContext ctx) {
        this.ctx = ctx;
    }

    static final class Factory extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return new ContentLinkResolver(MarkdownRenderer.CONTEXT.get(context.getDocument()));
        }
    }

    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        if (node instanceof com.vladsch.flexmark.ast.RefNode ref && !ref.isDefined()) return link;
        String url = link.getUrl();
        if (UrlSchemes.forbidden(url).isPresent())
            return link.withStatus(LinkStatus.VALID).withUrl("#");
        String scheme = UrlSchemes.of(url).orElse(null);
        String own = "http".equals(scheme) || "https".equals(scheme)
                ? SitePathLinks.ownAddressPath(url, ctx.targets.baseUrl())
                : null;
        if (own == null && scheme != null) return link; // another site's address: nothing to check or to point at
        SourcePosition where = ctx.position(node);
        if (own != null) {
            int at = own.indexOf('#');
            return SitePathLinks.resolve(
                    ctx,
                    link,
                    url,
                    at < 0 ? own : own.substring(0, at),
                    at < 0 ? "" : own.substring(at + 1),
                    where,
                    true);
        }
        if (url.isEmpty()) {
            ctx.problems.add(Problem.error(where, "markdown.link.noTarget"));
            return link.withStatus(LinkStatus.VALID).withUrl("#");
        }
        if (url.startsWith("//")) return link;
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash + 1);
        if (path.isEmpty()) {
            ctx.links.add(new ContentLink(ctx.source.path().value(), fragment, where));
            return link;
        }
        if (path.startsWith("/")) return SitePathLinks.resolve(ctx, link, url, path, fragment, where);
        String target =
                resolve(folderOf(ctx.source.path().value()), decode(path)).orElse(null);
        if (target == null) {
            ctx.problems.add(Problem.error(where, "markdown.link.leavesSiteFolder", url));
            return link.withStatus(LinkStatus.VALID).withUrl("#");
        }
        if (target.endsWith(".md") && !(node instanceof Image)) {
            Optional<SitePath> page = ctx.targets.pagePath(target);
            if (page.isEmpty()) {
                Optional<String> elsewhere = LinkAdvice.sameNameElsewhere(ctx, target);
                ctx.problems.add(Problem.error(
                        where,
                        Message.of("markdown.link.missingPage", url, target),
                        elsewhere
                                .map(f -> Message.of(
                                        "markdown.link.missingPage.hintElsewhere",
                                        f,
                                        LinkAdvice.fileLink(ctx, f, fragment)))
                                .orElse(Message.of("markdown.link.missingPage.hint"))));
                return link;
            }
            ctx.links.add(new ContentLink(target, fragment, where));
            String rel = ctx.pagePath.linkTo(page.get());
            return link.withStatus(LinkStatus.VALID).withUrl(fragment.isEmpty() ? rel : rel + "#" + fragment);
        }
        if (target.startsWith("static/") && ctx.targets.hasStaticFile(target.substring("static/".length()))) {
            String rel = ctx.pagePath.linkTo(SitePath.of(target.substring("static/".length())));
            return link.withStatus(LinkStatus.VALID).withUrl(fragment.isEmpty() ? rel : rel + "#" + fragment);
        }
        Optional<String> meant = target.endsWith(".md") || node instanceof Image
                ? Optional.empty()
                : LinkAdvice.pageMeant(ctx, decode(path), target);
        ctx.problems.add(Problem.error(
                where,
                Message.of("markdown.link.missingFile", url, target),
                meant.map(f -> Message.of("markdown.link.missingFile.hintPage", LinkAdvice.fileLink(ctx, f, fragment)))
                        .orElse(Message.of("markdown.link.missingFile.hint"))));
        return link;
    }

    private static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /** {@code folder + path}, normalised and without a trailing slash; empty when it would leave the site root. */
    static Optional<String> resolve(String folder, String path) {
        return SitePaths.normalise(folder + path).map(p -> p.endsWith("/") ? p.substring(0, p.length() - 1) : p);
    }
}
