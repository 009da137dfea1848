package nl.bmo.site.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The demand tracker, from {@code data/tracker.yaml}: for each assessed ask its assessments, oldest first. An ask
 * without assessments is not yet assessed.
 *
 * @param history the assessments by ask id, each list oldest first and never empty
 * @param feed the translation key of the section whose Atom feed gets an entry for every change of status, or empty
 * @param labels per language: the label of every status ({@code adopted → Overgenomen}) and the title pattern of a feed
 *     entry under the key {@code feed-entry} ({@code {0}} the ask's number, {@code {1}} the status label)
 */
public record Tracker(
        Map<String, List<Assessment>> history, Optional<String> feed, Map<String, Map<String, String>> labels) {
    public Tracker {
        TreeMap<String, List<Assessment>> sorted = new TreeMap<>(Ask::compareIds);
        history.forEach((id, list) -> sorted.put(id, List.copyOf(list)));
        history = Collections.unmodifiableMap(sorted);
        Objects.requireNonNull(feed, "feed");
        Map<String, Map<String, String>> l = new LinkedHashMap<>();
        labels.forEach((lang, m) -> l.put(lang, Map.copyOf(m)));
        labels = Collections.unmodifiableMap(l);
    }

    /** The assessments of an ask, oldest first; empty when it is not yet assessed. */
    public List<Assessment> of(String askId) {
        return history.getOrDefault(askId, List.of());
    }

    /** The latest assessment of an ask, if any. */
    public Optional<Assessment> current(String askId) {
        List<Assessment> h = of(askId);
        return h.isEmpty() ? Optional.empty() : Optional.of(h.get(h.size() - 1));
    }

    public TrackerStatus status(String askId) {
        return current(askId).map(Assessment::status).orElse(TrackerStatus.NOT_YET_ASSESSED);
    }

    /** The assessments that changed an ask's status (the first one always does), oldest first. */
    public List<Assessment> changes(String askId) {
        List<Assessment> out = new ArrayList<>();
        TrackerStatus before = TrackerStatus.NOT_YET_ASSESSED;
        for (Assessment a : of(askId)) {
            if (a.status() != before) out.add(a);
            before = a.status();
        }
        return out;
    }

    public String label(String lang, TrackerStatus status) {
        return labels.getOrDefault(lang, Map.of()).getOrDefault(status.key(), status.key());
    }

    /** The title of a feed entry: the language's pattern with the ask's number and the status label. */
    public String entryTitle(String lang, String number, TrackerStatus status) {
        String pattern = labels.getOrDefault(lang, Map.of()).getOrDefault("feed-entry", "{0}: {1}");
        return pattern.replace("{0}", number).replace("{1}", label(lang, status));
    }
}
