package nl.bmo.site.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.bmo.site.render.RenderOptions;

/**
 * What to build.
 *
 * @param source the site root (holding {@code content/site.yaml})
 * @param baseUrl overrides the configured base URL
 * @param drafts include drafts and future-dated pages
 * @param render rendering options (live reload for {@code serve})
 * @param cacheDir where share images and rendered Markdown are kept between runs, or empty for no cache on disk
 * @param cacheReadOnly take from the cache folder, but write nothing to it ({@code check} and {@code serve}, which
 *     write nothing)
 * @param drawShareImages false when no image is needed ({@code check}): pages still name their share image
 */
public record BuildOptions(
        Path source,
        Optional<String> baseUrl,
        boolean drafts,
        RenderOptions render,
        Optional<Path> cacheDir,
        boolean cacheReadOnly,
        boolean drawShareImages) {
    /** The default cache folder below the site root. */
    public static final String CACHE_DIR = ".bmo-cache";

    /** The folders below the site root that a build reads (and {@code serve} watches); nothing else in it is read. */
    public static final List<String> SOURCE_FOLDERS = List.of("content", "data", "themes", "static");

    public BuildOptions {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(render, "render");
        Objects.requireNonNull(cacheDir, "cacheDir");
    }

    /** Options without a cache on disk, drawing share images. */
    public BuildOptions(Path source, Optional<String> baseUrl, boolean drafts, RenderOptions render) {
        this(source, baseUrl, drafts, render, Optional.empty(), false, true);
    }

    public static BuildOptions of(Path source) {
        return new BuildOptions(source, Optional.empty(), false, RenderOptions.BUILD);
    }

    public BuildOptions withCacheDir(Path dir) {
        return new BuildOptions(source, baseUrl, drafts, render, Optional.of(dir), false, drawShareImages);
    }

    /** Takes share images and rendered Markdown from what builds kept in {@code dir}, and writes nothing there. */
    public BuildOptions withReadOnlyCache(Path dir) {
        return new BuildOptions(source, baseUrl, drafts, render, Optional.of(dir), true, drawShareImages);
    }

    public BuildOptions withoutShareImages() {
        return new BuildOptions(source, baseUrl, drafts, render, cacheDir, cacheReadOnly, false);
    }
}
