package nl.bmo.site.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.bmo.site.internal.SitePaths;
import nl.bmo.site.model.SitePath;

/**
 * The fix for a link that leads nowhere, computed for the page it is on: the file to link to instead, written relative
 * to that page's own file, so that the hint can be copied as it is.
 */
final class LinkAdvice {
    private LinkAdvice() {}

    /** How a link to the page's file is written from this page: {@code ../eisen/x.md#2-1}. */
    static String fileLink(RenderContext ctx, String targetFile, String fragment) {
        return SitePaths.relative(ctx.source.path().value(), targetFile) + (fragment.isEmpty() ? "" : "#" + fragment);
    }

    /**
     * The source file of the page that a web-style relative link ({@code ../eisen/x/}) means: first read as a path from
     * this file's folder ({@code content/nl/eisen/x.md}, {@code content/nl/eisen/x/_index.md}), then as an address from
     * this page's folder on the site (which finds pages whose slug is not their file name).
     *
     * @param target the link resolved against this file's folder, without a trailing slash
     */
    static Optional<String> pageMeant(RenderContext ctx, String path, String target) {
        for (String file : List.of(target + ".md", target + "/_index.md")) {
            if (ctx.targets.pagePath(file).isPresent()) return Optional.of(file);
        }
        String folder = ctx.source.isIndex() ? ctx.pagePath.value() : parent(ctx.pagePath.value());
        return SitePaths.normalise(folder + path)
                .flatMap(address -> SitePath.fromUrlPath("/" + address))
                .flatMap(ctx.targets::pageAt);
    }

    /**
     * For a link to a missing {@code .md} file: the page with that file name elsewhere (another folder), nearest first:
     * the language of the link's target, then the fewest folders apart.
     */
    static Optional<String> sameNameElsewhere(RenderContext ctx, String target) {
        String name = target.substring(target.lastIndexOf('/') + 1);
        String lang = languageOf(target);
        List<String> found = new ArrayList<>();
        for (SitePath sitePath : ctx.targets.pagePaths()) {
            ctx.targets.pageAt(sitePath).filter(f -> f.endsWith("/" + name)).ifPresent(found::add);
        }
        return found.stream()
                .distinct()
                .min(Comparator.<String>comparingInt(f -> languageOf(f).equals(lang) ? 0 : 1)
                        .thenComparingInt(f ->
                                SitePaths.relative(ctx.source.path().value(), f).length())
                        .thenComparing(f -> f));
    }

    private static String parent(String sitePath) {
        String p = sitePath.endsWith("/") ? sitePath.substring(0, sitePath.length() - 1) : sitePath;
        int slash = p.lastIndexOf('/');
        return slash < 0 ? "" : p.substring(0, slash + 1);
    }

    /** {@code nl} for {@code content/nl/eisen/x.md}. */
    private static String languageOf(String file) {
        String[] parts = file.split("/");
        return parts.length > 2 ? parts[1] : "";
    }
}
