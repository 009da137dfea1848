package nl.bmo.site.pipeline;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.bmo.site.model.OutputPath;

/**
 * What one run of a {@link Pipeline} did.
 *
 * @param result the whole site as it is now
 * @param changed the output paths whose bytes changed, appeared or disappeared since the previous build
 * @param full true when every page (and 404.html) went through the templates again
 * @param rendered how many pages were rendered again through the templates
 */
public record Rebuild(BuildResult result, Set<OutputPath> changed, boolean full, int rendered) {
    public Rebuild {
        Objects.requireNonNull(result, "result");
        changed = Collections.unmodifiableSet(new TreeSet<>(changed));
    }

    /** Whether the output is the same as before (a save without a change, say). */
    public boolean isUnchanged() {
        return changed.isEmpty();
    }
}
