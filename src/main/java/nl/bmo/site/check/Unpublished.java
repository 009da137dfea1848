package nl.bmo.site.check;

import java.util.ArrayList;
import java.util.List;
import nl.bmo.site.Problem;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.model.SkippedPage;

/**
 * Names, as infos, the pages that pass {@code check} but that the build leaves out: drafts, and pages dated in the
 * future with the date they would appear. Nothing is wrong with them, so they never fail a check.
 */
public final class Unpublished {
    private Unpublished() {}

    /** One info per page the build left out. */
    public static List<Problem> of(List<SkippedPage> skipped) {
        List<Problem> problems = new ArrayList<>();
        for (SkippedPage s : skipped) {
            SourcePosition where = SourcePosition.of(s.file());
            if (s.reason() == SkippedPage.Reason.DRAFT) {
                problems.add(Problem.info(where, "draft: not published",
                        "It is published by the first build after you remove 'draft: true'"
                                + s.date().map(d -> " (it is dated " + d + ")").orElse("")
                                + "; 'serve --drafts' shows it now."));
            } else {
                String date = s.date().map(Object::toString).orElse("?");
                problems.add(Problem.info(where, "dated " + date + ", in the future: not published until then",
                        "It appears with the first build on or after " + date + "; nothing publishes it by itself on that day,"
                                + " so someone has to run the build then. 'serve --drafts' shows it now."));
            }
        }
        return problems;
    }
}
