package nl.bmo.site.pipeline;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.bmo.site.markdown.LinkTargets;
import nl.bmo.site.model.SitePath;

/**
 * Link targets that record every lookup with its answer, so that a page's rendered Markdown can be reused exactly while
 * every link in it still resolves the same way.
 */
final class RecordedTargets implements LinkTargets {
    private final LinkTargets targets;
    private final Map<String, Optional<SitePath>> pages = new ConcurrentHashMap<>();
    private final Map<String, Boolean> statics = new ConcurrentHashMap<>();
    private final Map<SitePath, Optional<String>> sitePaths = new ConcurrentHashMap<>();
    private volatile Collection<SitePath> allPages;
    private volatile String basePath;
    private volatile String baseUrl;

    RecordedTargets(LinkTargets targets) {
        this.targets = targets;
    }

    @Override
    public Optional<SitePath> pagePath(String sourcePath) {
        return pages.computeIfAbsent(sourcePath, targets::pagePath);
    }

    @Override
    public boolean hasStaticFile(String path) {
        return statics.computeIfAbsent(path, targets::hasStaticFile);
    }

    @Override
    public Optional<String> pageAt(SitePath sitePath) {
        return sitePaths.computeIfAbsent(sitePath, targets::pageAt);
    }

    @Override
    public Collection<SitePath> pagePaths() {
        Collection<SitePath> all = Set.copyOf(targets.pagePaths());
        allPages = all;
        return all;
    }

    @Override
    public String basePath() {
        String b = targets.basePath();
        basePath = b;
        return b;
    }

    @Override
    public String baseUrl() {
        String b = targets.baseUrl();
        baseUrl = b;
        return b;
    }

    Lookups lookups() {
        return new Lookups(
                Map.copyOf(pages),
                Map.copyOf(statics),
                Map.copyOf(sitePaths),
                Optional.ofNullable(allPages),
                Optional.ofNullable(basePath),
                Optional.ofNullable(baseUrl));
    }

    /** The lookups one rendering made, with their answers. */
    record Lookups(
            Map<String, Optional<SitePath>> pages,
            Map<String, Boolean> statics,
            Map<SitePath, Optional<String>> sitePaths,
            Optional<Collection<SitePath>> allPages,
            Optional<String> basePath,
            Optional<String> baseUrl) {
        /** Whether every lookup gets the same answer from {@code targets}. */
        boolean holdIn(LinkTargets targets) {
            for (var e : pages.entrySet())
                if (!Objects.equals(targets.pagePath(e.getKey()), e.getValue())) return false;
            for (var e : statics.entrySet()) if (targets.hasStaticFile(e.getKey()) != e.getValue()) return false;
            for (var e : sitePaths.entrySet())
                if (!Objects.equals(targets.pageAt(e.getKey()), e.getValue())) return false;
            if (allPages.isPresent() && !allPages.get().equals(Set.copyOf(targets.pagePaths()))) return false;
            if (baseUrl.isPresent() && !baseUrl.get().equals(targets.baseUrl())) return false;
            return basePath.isEmpty() || basePath.get().equals(targets.basePath());
        }
    }
}
