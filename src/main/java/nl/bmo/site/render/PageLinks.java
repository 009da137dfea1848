package nl.bmo.site.render;

import nl.bmo.site.internal.SitePaths;
import nl.bmo.site.model.SitePath;

/** Makes links from the page being rendered: relative for pages, base-path absolute for {@code 404.html}. */
record PageLinks(SitePath from, String basePath, boolean absolutePaths) {
    static PageLinks relativeFrom(SitePath sitePath) {
        return new PageLinks(sitePath, "/", false);
    }

    static PageLinks absoluteUnder(String basePath) {
        return new PageLinks(SitePath.HOME, basePath, true);
    }

    /** The link to a page or file of the site. */
    String to(SitePath target) {
        return absolutePaths ? basePath + target.value() : from.linkTo(target);
    }

    /** The link to a path a template names ({@code url("eisen/")}) or a static file's output path, as written. */
    String toWritten(String path) {
        return absolutePaths ? basePath + path : SitePaths.relative(from.value(), path);
    }
}
