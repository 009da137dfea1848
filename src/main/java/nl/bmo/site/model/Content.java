package nl.bmo.site.model;

import java.util.List;
import nl.bmo.site.Problem;

/**
 * What the content stage found: the files to build, the warnings, and the drafts and future-dated pages it left out.
 */
public record Content(List<ContentFile> files, List<Problem> warnings, List<SkippedPage> skipped) {
    public Content {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
        skipped = List.copyOf(skipped);
    }

    public int skippedDrafts() {
        return (int) skipped.stream()
                .filter(s -> s.reason() == SkippedPage.Reason.DRAFT)
                .count();
    }

    public int skippedFuture() {
        return (int) skipped.stream()
                .filter(s -> s.reason() == SkippedPage.Reason.FUTURE)
                .count();
    }
}
