package nl.bmo.site.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.bmo.site.internal.Json;
import nl.bmo.site.model.Assessment;
import nl.bmo.site.model.Language;
import nl.bmo.site.model.OutputFile;
import nl.bmo.site.model.SiteConfig;
import nl.bmo.site.model.SiteModel;
import nl.bmo.site.model.SitePath;
import nl.bmo.site.model.Tracker;
import nl.bmo.site.model.TrackerStatus;

/**
 * The demand tracker as data: {@code tracker.json} per language (at the language's root: {@code tracker.json},
 * {@code en/tracker.json}) for data journalists. Data, not markup, so no template writes it.
 */
public final class TrackerFiles {
    private TrackerFiles() {}

    /** Every language's {@code tracker.json}; none when the site has no tracker. */
    public static List<OutputFile> json(SiteModel site) {
        Optional<Tracker> tracker = site.data().tracker();
        if (tracker.isEmpty()) return List.of();
        List<OutputFile> out = new ArrayList<>();
        for (Language l : site.config().languages()) out.add(json(site, tracker.get(), l));
        return out;
    }

    private static OutputFile json(SiteModel site, Tracker tracker, Language l) {
        SiteConfig c = site.config();
        List<SiteModel.PageAsk> asks = site.asks(l.code());
        int[] counts = new int[TrackerStatus.values().length];
        String updated = null;
        StringBuilder items = new StringBuilder();
        for (SiteModel.PageAsk pa : asks) {
            String id = pa.ask().id();
            TrackerStatus status = tracker.status(id);
            counts[status.ordinal()]++;
            Optional<Assessment> now = tracker.current(id);
            if (items.length() > 0) items.append(",\n");
            items.append("    {\"id\": ")
                    .append(Json.string(id))
                    .append(", \"number\": ")
                    .append(Json.string(pa.ask().number()))
                    .append(", \"permalink\": ")
                    .append(Json.string(c.absolute(pa.page().path()) + "#" + id))
                    .append(", \"text\": ")
                    .append(Json.string(plainText(pa.ask().html())))
                    .append(",\n     \"status\": ")
                    .append(Json.string(status.key()))
                    .append(", \"statusLabel\": ")
                    .append(Json.string(tracker.label(l.code(), status)))
                    .append(", \"date\": ")
                    .append(now.map(a -> Json.string(a.date().toString())).orElse("null"))
                    .append(",\n     \"source\": ")
                    .append(now.map(TrackerFiles::source).orElse("null"))
                    .append(",\n     \"explanation\": ")
                    .append(now.map(a -> Json.string(a.explanation().get(l.code())))
                            .orElse("null"))
                    .append(",\n     \"history\": [");
            List<Assessment> history = tracker.of(id);
            for (int i = 0; i < history.size(); i++) {
                Assessment a = history.get(i);
                if (updated == null || a.date().toString().compareTo(updated) > 0)
                    updated = a.date().toString();
                items.append(i == 0 ? "\n" : ",\n")
                        .append("       {\"status\": ")
                        .append(Json.string(a.status().key()))
                        .append(", \"date\": ")
                        .append(Json.string(a.date().toString()))
                        .append(", \"source\": ")
                        .append(source(a))
                        .append(", \"explanation\": ")
                        .append(Json.string(a.explanation().get(l.code())))
                        .append('}');
            }
            items.append(history.isEmpty() ? "]}" : "\n     ]}");
        }
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"language\": ")
                .append(Json.string(l.code()))
                .append(",\n  \"site\": ")
                .append(Json.string(c.absolute(SitePath.of(c.prefix(l.code())))))
                .append(",\n  \"updated\": ")
                .append(updated == null ? "null" : Json.string(updated))
                .append(",\n  \"statuses\": [");
        List<String> keys = TrackerStatus.keys();
        for (int i = 0; i < keys.size(); i++) {
            sb.append(i == 0 ? "" : ", ")
                    .append("{\"status\": ")
                    .append(Json.string(keys.get(i)))
                    .append(", \"label\": ")
                    .append(Json.string(tracker.label(l.code(), TrackerStatus.values()[i])))
                    .append(", \"count\": ")
                    .append(counts[i])
                    .append('}');
        }
        sb.append("],\n  \"total\": ")
                .append(asks.size())
                .append(",\n  \"asks\": [\n")
                .append(items)
                .append("\n  ]\n}\n");
        return OutputFile.of(c.prefix(l.code()) + "tracker.json", sb.toString());
    }

    private static String source(Assessment a) {
        return "{\"title\": " + Json.string(a.sourceTitle()) + ", \"url\": " + Json.string(a.sourceUrl()) + "}";
    }

    /** The text of a bit of HTML: tags dropped, the entities flexmark writes decoded. */
    static String plainText(String html) {
        return html.replaceAll("<[^>]*>", "")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
