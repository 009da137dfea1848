package nl.bmo.site.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.bmo.site.internal.DeepCopy;

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
        files = DeepCopy.of(files);
        Objects.requireNonNull(tracker, "tracker");
    }
}
