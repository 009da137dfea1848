package nl.bmo.site.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A theme, read into memory once: its files by path below the theme folder ({@code templates/layouts/base.ftlh},
 * {@code static/css/main.css}, {@code i18n/nl.yaml}).
 *
 * @param name the theme's name
 * @param location where it came from, for messages: {@code themes/bmo} or {@code bundled theme "bmo"}
 * @param sourcePrefix the prefix that makes a theme path a site-relative path in messages ({@code themes/bmo/})
 * @param files the files, sorted by path
 * @param shareImage how to draw share images, or empty when the theme has none
 */
public record Theme(String name, String location, String sourcePrefix, Map<String, byte[]> files, Optional<ShareImageStyle> shareImage) {

    /**
     * The look of generated share images ({@code shareImage:} in {@code theme.yaml}).
     *
     * @param font a TrueType font file in the theme ({@code fonts/Lato-Bold.ttf})
     * @param background, foreground, accent colours as {@code #rrggbb}
     */
    public record ShareImageStyle(String font, String background, String foreground, String accent) {}

    public Theme {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shareImage, "shareImage");
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    public Optional<byte[]> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /** The paths below {@code folder} (which ends in {@code /}), sorted. */
    public List<String> list(String folder) {
        return files.keySet().stream().filter(p -> p.startsWith(folder)).toList();
    }
}
