package nl.bmo.site.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.bmo.site.config.ConfigLoader;
import nl.bmo.site.content.ContentLoader;
import nl.bmo.site.model.ContentFile;
import nl.bmo.site.model.ContentParser;
import nl.bmo.site.model.Page;
import nl.bmo.site.model.SiteConfig;
import nl.bmo.site.model.SiteModel;
import nl.bmo.site.translation.GitHistory;
import nl.bmo.site.translation.SourceHistory;
import nl.bmo.site.translation.StatusReport;
import nl.bmo.site.translation.TranslationStatus;
import nl.bmo.site.yaml.YamlReader;

/**
 * The site's sources as the staff commands ({@code new}, {@code status}, {@code translated}) see them: the
 * configuration and every content file, drafts and future-dated pages included, read but not built.
 */
public final class Workspace {
    private final SiteConfig config;
    private final List<ContentFile> files;
    private final ContentParser parser;

    private Workspace(SiteConfig config, List<ContentFile> files, ContentParser parser) {
        this.config = config;
        this.files = List.copyOf(files);
        this.parser = parser;
    }

    /**
     * Reads the site at {@code root}; throws {@link nl.bmo.site.SiteException} when its configuration or a page is
     * invalid.
     */
    public static Workspace open(Path root, Clock clock) {
        YamlReader yaml = new YamlReader();
        SiteConfig config = new ConfigLoader(yaml).load(root);
        ContentLoader loader = new ContentLoader(yaml, clock);
        return new Workspace(config, loader.load(config, true).files(), loader.parser(config));
    }

    public SiteConfig config() {
        return config;
    }

    /** Every content file, sorted by path. */
    public List<ContentFile> files() {
        return files;
    }

    /** Parses a page's bytes as the build does. */
    public ContentParser parser() {
        return parser;
    }

    /** The translation status of every page, with what changed in the originals where git knows it. */
    public StatusReport status() {
        return new TranslationStatus(config, new GitHistory(config.root(), parser)).report(files);
    }

    /**
     * The translation status of a built site's pages (drafts only when the build included them); with
     * {@code showChanges}, what changed in the originals of pages that are behind, where git knows it.
     */
    public static StatusReport status(SiteModel site, boolean showChanges) {
        ContentParser parser = new ContentLoader(new YamlReader(), Clock.systemUTC()).parser(site.config());
        SourceHistory history = showChanges ? new GitHistory(site.config().root(), parser) : SourceHistory.NONE;
        List<ContentFile> files = site.pages().stream().map(Workspace::file).toList();
        return new TranslationStatus(site.config(), history).report(files);
    }

    private static ContentFile file(Page p) {
        return new ContentFile(p.source(), p.meta());
    }
}
