package nl.bmo.site.render;

/**
 * How to render.
 *
 * @param liveReload add the preview's reload script to every page ({@code serve} only, never {@code build})
 * @param shareImages whether each page has a generated share image at {@code <page>/share.png}
 */
public record RenderOptions(boolean liveReload, boolean shareImages) {
    public static final RenderOptions BUILD = new RenderOptions(false, true);
}
