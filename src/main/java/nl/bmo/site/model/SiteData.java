package nl.bmo.site.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The site's data files ({@code data/*.yaml}), read strictly.
 *
 * @param files every data file's content by file name without {@code .yaml}: maps, lists and scalars (text, numbers,
 *     true/false, null), unmodifiable
 * @param tracker the demand tracker, when {@code data/tracker.yaml} exists
 */
public record SiteData(Map<String, Object> files, Optional<Tracker> tracker) {
    public static final SiteData NONE = new SiteData(Map.of(), Optional.empty());

    public SiteData {
        files = Collections2.deepCopy(files);
        Objects.requireNonNull(tracker, "tracker");
    }
}
