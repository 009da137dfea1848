package nl.bmo.site.render;

import nl.bmo.site.internal.SitePaths;

/** Makes links from the page being rendered: relative for pages, base-path absolute for {@code 404.html}. */
record PageLinks(String from, String basePath, boolean absolutePaths) {
    static PageLinks relativeFrom(String sitePath) {
        return new PageLinks(sitePath, "/", false);
    }

    static PageLinks absoluteUnder(String basePath) {
        return new PageLinks("", basePath, true);
    }

    String to(String sitePath) {
        return absolutePaths ? basePath + sitePath : SitePaths.relative(from, sitePath);
    }
}
