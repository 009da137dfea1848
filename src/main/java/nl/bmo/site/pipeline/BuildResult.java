package nl.bmo.site.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.bmo.site.Problem;
import nl.bmo.site.model.OutputFile;
import nl.bmo.site.model.OutputPath;
import nl.bmo.site.model.SiteModel;
import nl.bmo.site.model.SkippedPage;
import nl.bmo.site.model.UiStrings;

/**
 * A built site: every output file (none when the files were streamed to disk), and what the build had to say.
 *
 * <p>The files are kept by path as the pipeline made them; {@link #files()} sorts them only when asked, so that a
 * preview, which looks files up by path, never pays for sorting thousands of them after each save.
 */
public final class BuildResult {
    private final SiteModel site;
    private final UiStrings strings;
    private final Map<OutputPath, OutputFile> byPath;
    private final List<Problem> warnings;
    private final Map<String, Integer> pagesPerLanguage;
    private final List<SkippedPage> skipped;
    private final Duration time;
    private final Map<String, Duration> stages;
    private volatile List<OutputFile> sorted;

    /**
     * @param files every output file by its path (taken as it is: the caller must not change it afterwards)
     * @param pagesPerLanguage pages built per language code, in configured order
     * @param skipped the drafts and future-dated pages left out, by file
     * @param time the whole run's wall time
     * @param stages wall time per stage, in order
     */
    public BuildResult(
            SiteModel site,
            UiStrings strings,
            Map<OutputPath, OutputFile> files,
            List<Problem> warnings,
            Map<String, Integer> pagesPerLanguage,
            List<SkippedPage> skipped,
            Duration time,
            Map<String, Duration> stages) {
        this.site = site;
        this.strings = strings;
        this.byPath = Collections.unmodifiableMap(files);
        this.warnings = List.copyOf(warnings);
        this.skipped = List.copyOf(skipped);
        this.pagesPerLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(pagesPerLanguage));
        this.time = time;
        this.stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }

    public SiteModel site() {
        return site;
    }

    public UiStrings strings() {
        return strings;
    }

    /** Every output file, sorted by path. */
    public List<OutputFile> files() {
        List<OutputFile> s = sorted;
        if (s == null) {
            List<OutputFile> list = new ArrayList<>(byPath.values());
            list.sort(Comparator.comparing(OutputFile::path));
            sorted = s = Collections.unmodifiableList(list);
        }
        return s;
    }

    /** Every output file by its path. */
    public Map<OutputPath, OutputFile> filesByPath() {
        return byPath;
    }

    public List<Problem> warnings() {
        return warnings;
    }

    public Map<String, Integer> pagesPerLanguage() {
        return pagesPerLanguage;
    }

    public List<SkippedPage> skipped() {
        return skipped;
    }

    public Duration time() {
        return time;
    }

    public Map<String, Duration> stages() {
        return stages;
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
