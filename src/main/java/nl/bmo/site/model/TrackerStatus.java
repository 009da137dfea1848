package nl.bmo.site.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What became of an ask, as the tracker ({@code data/tracker.yaml}) records it. */
public enum TrackerStatus {
    NOT_YET_ASSESSED("not-yet-assessed"),
    ADOPTED("adopted"),
    PARTLY_ADOPTED("partly-adopted"),
    NOT_ADOPTED("not-adopted");

    private final String key;

    TrackerStatus(String key) {
        this.key = key;
    }

    /** How the status is written in the data file, in JSON and in interface-string keys: {@code partly-adopted}. */
    public String key() {
        return key;
    }

    public static Optional<TrackerStatus> of(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(TrackerStatus::key).toList();
    }
}
