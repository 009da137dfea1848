package nl.bmo.site.pipeline;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.bmo.site.markdown.LinkTargets;
import nl.bmo.site.model.Assets;
import nl.bmo.site.model.Page;
import nl.bmo.site.model.SiteModel;
import nl.bmo.site.model.SitePath;
import nl.bmo.site.model.SourcePath;

/** The pages, aliases and static files that Markdown links may point at. */
final class SiteLinkTargets implements LinkTargets {
    private final SiteModel site;
    private final Assets assets;
    /** Alias site path → the source file of the page it redirects to. */
    private final Map<SitePath, String> aliases = new HashMap<>();

    SiteLinkTargets(SiteModel site, Assets assets) {
        this.site = site;
        this.assets = assets;
        for (Page p : site.pages()) {
            for (String alias : p.meta().aliases())
                SitePath.fromUrlPath(alias)
                        .ifPresent(a -> aliases.putIfAbsent(a, p.source().path().value()));
        }
    }

    @Override
    public Optional<SitePath> pagePath(String sourcePath) {
        return SourcePath.parse(sourcePath).flatMap(site::bySource).map(Page::path);
    }

    @Override
    public boolean hasStaticFile(String path) {
        return assets.outputPath(path).map(path::equals).orElse(false);
    }

    @Override
    public Optional<String> pageAt(SitePath sitePath) {
        return site.byPath(sitePath)
                .map(p -> p.source().path().value())
                .or(() -> Optional.ofNullable(aliases.get(sitePath)));
    }

    @Override
    public Collection<SitePath> pagePaths() {
        List<SitePath> paths = site.pages().stream().map(Page::path).toList();
        return paths;
    }

    @Override
    public String basePath() {
        return site.config().basePath();
    }

    @Override
    public String baseUrl() {
        return site.config().baseUrl();
    }
}
