package nl.bmo.site.build;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.bmo.site.Problem;
import nl.bmo.site.model.OutputFile;
import nl.bmo.site.model.SiteModel;

/**
 * A built site, in memory: every output file, sorted by path, and what the build had to say.
 *
 * @param pagesPerLanguage pages built per language code, in configured order
 * @param skipped the drafts and future-dated pages left out, by file
 */
public record BuildResult(
        SiteModel site,
        nl.bmo.site.model.UiStrings strings,
        List<OutputFile> files,
        List<Problem> warnings,
        Map<String, Integer> pagesPerLanguage,
        List<nl.bmo.site.model.SkippedPage> skipped,
        Duration time) {
    public BuildResult {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
        skipped = List.copyOf(skipped);
        pagesPerLanguage = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pagesPerLanguage));
    }

    public int skippedDrafts() {
        return (int) skipped.stream().filter(s -> s.reason() == nl.bmo.site.model.SkippedPage.Reason.DRAFT).count();
    }

    public int skippedFuture() {
        return skipped.size() - skippedDrafts();
    }
}
