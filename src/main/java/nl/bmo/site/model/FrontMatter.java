package nl.bmo.site.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.bmo.site.internal.DeepCopy;

/**
 * The fields a page may set in its front matter. Only {@code title} is required. {@code translation} records what a
 * translated page was translated from ({@link Translation}).
 */
public record FrontMatter(
        String title,
        Optional<String> slug,
        Optional<String> translationKey,
        Optional<String> layout,
        Optional<String> summary,
        Optional<String> description,
        Optional<LocalDate> date,
        boolean draft,
        Optional<Integer> weight,
        List<String> aliases,
        Optional<String> image,
        boolean feed,
        Map<String, Object> extra,
        Optional<Translation> translation) {

    /** The field names, in the order the documentation lists them. */
    public static final List<String> FIELDS = List.of(
            "title",
            "slug",
            "translationKey",
            "layout",
            "summary",
            "description",
            "date",
            "draft",
            "weight",
            "aliases",
            "image",
            "feed",
            "extra",
            "translation");

    public FrontMatter {
        Objects.requireNonNull(title, "title");
        aliases = List.copyOf(aliases);
        extra = DeepCopy.of(extra);
        Objects.requireNonNull(translation, "translation");
    }

    /** The meta description: {@code description}, else {@code summary}, else empty. */
    public String metaDescription() {
        return description.or(() -> summary).orElse("");
    }
}
