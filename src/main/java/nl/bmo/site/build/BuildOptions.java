package nl.bmo.site.build;

import java.nio.file.Path;
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
 */
public record BuildOptions(Path source, Optional<String> baseUrl, boolean drafts, RenderOptions render) {
    public BuildOptions {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(render, "render");
    }

    public static BuildOptions of(Path source) {
        return new BuildOptions(source, Optional.empty(), false, RenderOptions.BUILD);
    }
}
