package nl.bmo.site.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.bmo.site.model.Assessment;
import nl.bmo.site.model.Language;
import nl.bmo.site.model.Page;
import nl.bmo.site.model.SiteModel;
import nl.bmo.site.model.Tracker;
import nl.bmo.site.model.TrackerStatus;

/** The demand tracker as templates see it ({@code data.tracker}), in one language, with URLs relative to one page. */
public final class TrackerViews {
    private TrackerViews() {}

    /**
     * The tracker in one language.
     *
     * @param total the number of asks on the language's pages
     * @param assessed how many of them have a status other than not-yet-assessed
     * @param updated the ISO date of the latest assessment, or empty
     * @param json relative URL of the language's {@code tracker.json}
     * @param demands the pages that hold asks, each with its asks, in the order of the ask ids
     * @param asks every ask, ordered by id
     */
    public record TrackerView(
            int total,
            int assessed,
            int adopted,
            int partlyAdopted,
            int notAdopted,
            int notYetAssessed,
            String updated,
            String updatedText,
            String json,
            List<DemandView> demands,
            List<AskView> asks) {
        /** The ask with this id ({@code "2-2"}), or null. */
        public AskView ask(String id) {
            return asks.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
        }
    }

    /** A page with asks (a demand), and its asks. */
    public record DemandView(Views.PageView page, List<AskView> asks) {}

    /**
     * One ask and its current status.
     *
     * @param text the ask's text as HTML (print it with {@code ?no_esc})
     * @param url relative link to the ask ({@code ../eisen/x/#2-2}); {@code permalink} is absolute
     * @param status {@code not-yet-assessed}, {@code adopted}, {@code partly-adopted} or {@code not-adopted}
     * @param date ISO date of the latest assessment, or empty; {@code dateText} the same written out
     * @param explanation the latest assessment's explanation in this language, or empty
     * @param history every assessment, oldest first
     */
    public record AskView(
            String id,
            String number,
            String text,
            String url,
            String permalink,
            String status,
            boolean assessed,
            String date,
            String dateText,
            String sourceTitle,
            String sourceUrl,
            String explanation,
            List<AssessmentView> history) {}

    public record AssessmentView(
            String status, String date, String dateText, String sourceTitle, String sourceUrl, String explanation) {}

    static TrackerView of(SiteModel site, SiteReads reads, Tracker tracker, String lang, ViewFactory views) {
        Language language = site.config().language(lang).orElseThrow();
        Map<Page, List<AskView>> byPage = new LinkedHashMap<>();
        List<AskView> asks = new ArrayList<>();
        int[] counts = new int[TrackerStatus.values().length];
        LocalDate updated = null;
        for (SiteModel.PageAsk pa : reads.asks(lang)) {
            String id = pa.ask().id();
            List<AssessmentView> history = new ArrayList<>();
            for (Assessment a : tracker.of(id)) {
                history.add(new AssessmentView(
                        a.status().key(),
                        a.date().toString(),
                        text(a.date(), language),
                        a.sourceTitle(),
                        a.sourceUrl(),
                        a.explanation().getOrDefault(lang, "")));
                if (updated == null || a.date().isAfter(updated)) updated = a.date();
            }
            TrackerStatus status = tracker.status(id);
            counts[status.ordinal()]++;
            AssessmentView now = history.isEmpty() ? null : history.get(history.size() - 1);
            AskView view = new AskView(
                    id,
                    pa.ask().number(),
                    pa.ask().html(),
                    views.links().to(pa.page().path()) + "#" + id,
                    site.config().absolute(pa.page().path()) + "#" + id,
                    status.key(),
                    status != TrackerStatus.NOT_YET_ASSESSED,
                    now == null ? "" : now.date(),
                    now == null ? "" : now.dateText(),
                    now == null ? "" : now.sourceTitle(),
                    now == null ? "" : now.sourceUrl(),
                    now == null ? "" : now.explanation(),
                    history);
            asks.add(view);
            byPage.computeIfAbsent(pa.page(), p -> new ArrayList<>()).add(view);
        }
        List<DemandView> demands = new ArrayList<>();
        byPage.forEach((p, list) -> demands.add(new DemandView(views.page(p), list)));
        int notYet = counts[TrackerStatus.NOT_YET_ASSESSED.ordinal()];
        return new TrackerView(
                asks.size(),
                asks.size() - notYet,
                counts[TrackerStatus.ADOPTED.ordinal()],
                counts[TrackerStatus.PARTLY_ADOPTED.ordinal()],
                counts[TrackerStatus.NOT_ADOPTED.ordinal()],
                notYet,
                updated == null ? "" : updated.toString(),
                updated == null ? "" : text(updated, language),
                views.links().toWritten(site.config().prefix(lang) + "tracker.json"),
                demands,
                asks);
    }

    private static String text(LocalDate date, Language language) {
        return date.format(ViewFactory.dateFormat(language.locale()));
    }
}
