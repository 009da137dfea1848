package nl.bmo.site.check;

import java.util.ArrayList;
import java.util.List;
import nl.bmo.site.Message;
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
                Message hint = s.date()
                        .map(d -> Message.of("unpublished.draft.hintDated", d))
                        .orElse(Message.of("unpublished.draft.hint"));
                problems.add(Problem.info(where, Message.of("unpublished.draft"), hint));
            } else {
                String date = s.date().map(Object::toString).orElse("?");
                problems.add(Problem.info(where, "unpublished.future", date));
            }
        }
        return problems;
    }
}
