package nl.bmo.site.pipeline;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.bmo.site.Problem;
import nl.bmo.site.model.OutputFile;
import nl.bmo.site.model.SiteModel;
import nl.bmo.site.model.SkippedPage;
import nl.bmo.site.model.UiStrings;

/**
 * A built site: every output file, sorted by path (empty when the files were streamed to disk), and what the build had
 * to say.
 *
 * @param pagesPerLanguage pages built per language code, in configured order
 * @param skipped the drafts and future-dated pages left out, by file
 * @param time the whole run's wall time
 * @param stages wall time per stage, in order
 */
public record BuildResult(
        SiteModel site,
        UiStrings strings,
        List<OutputFile> files,
        List<Problem> warnings,
        Map<String, Integer> pagesPerLanguage,
        List<SkippedPage> skipped,
        Duration time,
        Map<String, Duration> stages) {
    public BuildResult {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
        skipped = List.copyOf(skipped);
        pagesPerLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(pagesPerLanguage));
        stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }

    public int skippedDrafts() {
        return (int) skipped.stream()
                .filter(s -> s.reason() == SkippedPage.Reason.DRAFT)
                .count();
    }

    public int skippedFuture() {
        return skipped.size() - skippedDrafts();
    }
}
