package nl.bmo.site.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The theme's and site's static files as they will be written: {@code names} maps a logical path ({@code css/main.css})
 * to its fingerprinted output path ({@code css/main.1a2b3c4d.css}).
 */
public record Assets(Map<String, String> names, List<OutputFile> files) {
    public Assets {
        names = Map.copyOf(names);
        files = List.copyOf(files);
    }

    public Optional<String> outputPath(String logicalPath) {
        return Optional.ofNullable(names.get(logicalPath));
    }
}
