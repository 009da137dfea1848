package nl.bmo.site.model;

import java.util.List;
import nl.bmo.site.Problem;

/**
 * What the content stage found: the files to build, the warnings, and how many drafts and future-dated pages it left
 * out.
 */
public record Content(List<ContentFile> files, List<Problem> warnings, int skippedDrafts, int skippedFuture) {
    public Content {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}
