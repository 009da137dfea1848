package nl.bmo.site.data;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.bmo.site.Message;
import nl.bmo.site.Problem;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.Suggestion;
import nl.bmo.site.internal.IsoDates;
import nl.bmo.site.model.Ask;
import nl.bmo.site.model.Assessment;
import nl.bmo.site.model.Language;
import nl.bmo.site.model.Page;
import nl.bmo.site.model.SiteModel;
import nl.bmo.site.model.Tracker;
import nl.bmo.site.model.TrackerStatus;
import nl.bmo.site.model.UiStrings;
import nl.bmo.site.yaml.YamlNode;

/**
 * Reads {@code data/tracker.yaml}:
 *
 * <pre>
 * feed: updates            # optional: the section (translationKey) whose Atom feed lists every change of status
 * asks:
 *   2-2:                   # an ask id of the site; an ask that is not listed, or has [], is not yet assessed
 *     - status: partly-adopted                    # adopted, partly-adopted, not-adopted or not-yet-assessed
 *       date: 2026-02-12                          # the date of the assessment
 *       source:
 *         title: "Coalitieakkoord 2026"
 *         url: https://…                          # https only
 *       explanation:                              # one short text per language of the site
 *         nl: "…"
 *         en: "…"
 * </pre>
 *
 * Every problem is added to the list with its line; the tracker returned holds the assessments that were valid.
 */
final class TrackerReader {
    private static final List<String> TOP = List.of("feed", "asks");
    private static final List<String> ENTRY = List.of("status", "date", "source", "explanation");
    private static final List<String> SOURCE = List.of("title", "url");

    private final SiteModel site;
    private final UiStrings strings;
    private final String file;

    TrackerReader(SiteModel site, UiStrings strings, String file) {
        this.site = site;
        this.strings = strings;
        this.file = file;
    }

    Tracker read(YamlNode tree, List<Problem> problems) {
        if (!tree.isMap()) {
            problems.add(Problem.error(tree.where(), "tracker.notAMap"));
            return new Tracker(Map.of(), Optional.empty(), labels(problems));
        }
        unknownFields(tree, TOP, Message.of("tracker.field.ofTracker"), problems);
        Optional<String> feed = feed(tree.map().get("feed"), problems);
        Map<String, List<Assessment>> history = new LinkedHashMap<>();
        YamlNode asks = tree.map().get("asks");
        if (asks == null) {
            problems.add(Problem.error(tree.where(), "tracker.asks.missing"));
        } else if (asks.value() != null && !asks.isMap()) {
            problems.add(Problem.error(asks.where(), "tracker.asks.notAMap"));
        } else {
            Set<String> known = knownAsks();
            asks.map().forEach((id, list) -> {
                if (!known.contains(id)) {
                    problems.add(Problem.error(
                            list.where(), "tracker.ask.unknown", id, Suggestion.didYouMean(id, known), known));
                    return;
                }
                List<Assessment> entries = entries(id, list, problems);
                if (!entries.isEmpty()) history.put(id, entries);
            });
        }
        return new Tracker(history, feed, labels(problems));
    }

    /** The ids of the asks on the site's pages, in every language. */
    private Set<String> knownAsks() {
        Set<String> ids = new TreeSet<>(Ask::compareIds);
        for (Language l : site.config().languages())
            site.asks(l.code()).forEach(a -> ids.add(a.ask().id()));
        return ids;
    }

    private Optional<String> feed(YamlNode node, List<Problem> problems) {
        if (node == null || node.value() == null) return Optional.empty();
        String key = node.text();
        if (key == null || key.isBlank()) {
            problems.add(Problem.error(node.where(), "tracker.feed.empty"));
            return Optional.empty();
        }
        for (Language l : site.config().languages()) {
            Optional<Page> section = site.page(l.code(), key);
            if (section.isEmpty() || !section.get().meta().feed()) {
                problems.add(Problem.error(node.where(), "tracker.feed.noSection", key, l.name()));
                return Optional.empty();
            }
        }
        return Optional.of(key);
    }

    private List<Assessment> entries(String id, YamlNode list, List<Problem> problems) {
        if (list.value() == null) return List.of();
        if (!list.isList()) {
            problems.add(Problem.error(list.where(), "tracker.assessments.notAList", id));
            return List.of();
        }
        List<Assessment> out = new ArrayList<>();
        for (YamlNode entry : list.list()) {
            Assessment a = entry(id, entry, problems);
            if (a != null) out.add(a);
        }
        out.sort(Comparator.comparing(Assessment::date));
        return out;
    }

    private Assessment entry(String id, YamlNode entry, List<Problem> problems) {
        if (!entry.isMap()) {
            problems.add(Problem.error(entry.where(), "tracker.assessment.notAMap", id));
            return null;
        }
        int before = problems.size();
        unknownFields(entry, ENTRY, Message.of("tracker.field.ofAssessment"), problems);
        Map<String, YamlNode> f = entry.map();
        TrackerStatus status = status(id, f.get("status"), entry.where(), problems);
        LocalDate date = date(id, f.get("date"), entry.where(), problems);
        String[] source = source(id, f.get("source"), entry.where(), problems);
        Map<String, String> explanation = explanation(id, f.get("explanation"), entry.where(), problems);
        if (problems.size() > before) return null;
        return new Assessment(status, date, source[0], source[1], explanation);
    }

    private TrackerStatus status(String id, YamlNode node, SourcePosition entry, List<Problem> problems) {
        if (node == null || node.text() == null) {
            problems.add(Problem.error(
                    node == null ? entry : node.where(), "tracker.status.missing", id, TrackerStatus.keys()));
            return null;
        }
        Optional<TrackerStatus> s = TrackerStatus.of(node.text());
        if (s.isEmpty()) {
            problems.add(Problem.error(
                    node.where(),
                    "tracker.status.unknown",
                    id,
                    TrackerStatus.keys(),
                    node.text(),
                    Suggestion.didYouMean(node.text(), TrackerStatus.keys())));
            return null;
        }
        return s.get();
    }

    private LocalDate date(String id, YamlNode node, SourcePosition entry, List<Problem> problems) {
        if (node == null || node.text() == null || node.text().isBlank()) {
            problems.add(Problem.error(node == null ? entry : node.where(), "tracker.date.missing", id));
            return null;
        }
        try {
            if (!node.text().matches("\\d{4}-\\d{2}-\\d{2}"))
                throw new DateTimeParseException("format", node.text(), 0);
            return IsoDates.parse(node.text());
        } catch (DateTimeParseException e) {
            problems.add(Problem.error(node.where(), "tracker.date.invalid", id, node.text()));
            return null;
        }
    }

    private String[] source(String id, YamlNode node, SourcePosition entry, List<Problem> problems) {
        if (node == null || node.value() == null) {
            problems.add(Problem.error(entry, "tracker.source.missing", id));
            return new String[2];
        }
        if (!node.isMap()) {
            problems.add(Problem.error(node.where(), "tracker.source.notAMap", id));
            return new String[2];
        }
        unknownFields(node, SOURCE, Message.of("tracker.field.ofSource"), problems);
        YamlNode title = node.map().get("title");
        YamlNode url = node.map().get("url");
        if (title == null || title.text() == null || title.text().isBlank()) {
            problems.add(Problem.error(title == null ? node.where() : title.where(), "tracker.source.noTitle", id));
        }
        if (url == null || url.text() == null || url.text().isBlank()) {
            problems.add(Problem.error(url == null ? node.where() : url.where(), "tracker.source.noUrl", id));
        } else if (!url.text().matches("https://[^\\s/?#]+\\.[^\\s/?#]+(/\\S*)?")) {
            problems.add(Problem.error(url.where(), "tracker.source.notHttps", id, url.text()));
        }
        return new String[] {title == null ? null : title.text(), url == null ? null : url.text()};
    }

    private Map<String, String> explanation(String id, YamlNode node, SourcePosition entry, List<Problem> problems) {
        List<String> codes =
                site.config().languages().stream().map(Language::code).toList();
        List<String> fields = codes.stream().map(c -> c + ": …").toList();
        if (node == null || !node.isMap()) {
            problems.add(Problem.error(node == null ? entry : node.where(), "tracker.explanation.missing", id, fields));
            return Map.of();
        }
        unknownFields(node, codes, Message.of("tracker.field.ofExplanation"), problems);
        Map<String, String> out = new LinkedHashMap<>();
        for (Language l : site.config().languages()) {
            YamlNode text = node.map().get(l.code());
            if (text == null || text.text() == null || text.text().isBlank()) {
                problems.add(Problem.error(
                        text == null ? node.where() : text.where(),
                        "tracker.explanation.missingIn",
                        id,
                        fields,
                        l.name() + " (" + l.code() + ")"));
            } else {
                out.put(l.code(), text.text().strip());
            }
        }
        return out;
    }

    private void unknownFields(YamlNode map, List<String> allowed, Message what, List<Problem> problems) {
        for (Map.Entry<String, YamlNode> e : map.map().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                problems.add(Problem.error(
                        e.getValue().where(),
                        "tracker.field.unknown",
                        what,
                        e.getKey(),
                        Suggestion.didYouMean(e.getKey(), allowed),
                        allowed));
            }
        }
    }

    /** The status labels and the feed-entry title of every language, from the interface strings. */
    private Map<String, Map<String, String>> labels(List<Problem> problems) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        for (Language l : site.config().languages()) {
            Map<String, String> m = new LinkedHashMap<>();
            for (String key : TrackerStatus.keys()) {
                strings.get(l.code(), "tracker.status." + key)
                        .ifPresentOrElse(v -> m.put(key, v), () -> missing.add(l.code() + "\0tracker.status." + key));
            }
            strings.get(l.code(), "tracker.feed-entry")
                    .ifPresentOrElse(v -> m.put("feed-entry", v), () -> missing.add(l.code() + "\0tracker.feed-entry"));
            out.put(l.code(), m);
        }
        for (String m : missing) {
            String[] parts = m.split("\0");
            problems.add(Problem.error(
                    SourcePosition.of(site.theme().sourceOf("i18n/" + parts[0] + ".yaml")),
                    "tracker.string.missing",
                    parts[1],
                    parts[0],
                    file,
                    site.theme().sourceOf("i18n/" + parts[0] + ".yaml")));
        }
        return out;
    }
}
