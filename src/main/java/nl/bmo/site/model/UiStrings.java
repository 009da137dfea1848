package nl.bmo.site.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The interface strings of every language ({@code share.title: Delen}), theme defaults merged with site overrides. */
public record UiStrings(Map<String, Map<String, String>> byLanguage) {
    /** Keys the generator itself reads (not only templates): the ask permalink's label, the tracker's feed entries. */
    public static final Set<String> GENERATOR_KEYS = Set.of("permalink.label", "tracker.feed-entry");
    /** Key prefixes the generator itself reads: menu titles ({@code menu.<key>}), tracker statuses. */
    public static final List<String> GENERATOR_PREFIXES = List.of("menu.", "tracker.status.");

    public UiStrings {
        byLanguage = byLanguage.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Map.copyOf(e.getValue())));
    }

    public Optional<String> get(String lang, String key) {
        return Optional.ofNullable(byLanguage.getOrDefault(lang, Map.of()).get(key));
    }

    public Map<String, String> of(String lang) {
        return byLanguage.getOrDefault(lang, Map.of());
    }
}
