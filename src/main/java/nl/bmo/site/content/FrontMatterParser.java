package nl.bmo.site.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.bmo.site.Problem;
import nl.bmo.site.SiteException;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.internal.IsoDates;
import nl.bmo.site.model.FrontMatter;
import nl.bmo.site.model.SourceFile;
import nl.bmo.site.model.Translation;
import nl.bmo.site.yaml.YamlKind;
import nl.bmo.site.yaml.YamlReader;

/** Parses and validates a page's front matter. Thread-safe. */
public final class FrontMatterParser {

    /** The front matter as Jackson reads it; {@link FrontMatter} is the validated form. */
    record Raw(
            String title,
            String slug,
            String translationKey,
            String layout,
            String summary,
            String description,
            String date,
            Boolean draft,
            Integer weight,
            List<String> aliases,
            String image,
            Boolean feed,
            Map<String, Object> extra,
            RawTranslation translation) {}

    /** {@code translation: {from: nl, source: 1a2b3c4d5e6f}}. */
    record RawTranslation(String from, String source) {}

    private final YamlReader yaml;

    public FrontMatterParser(YamlReader yaml) {
        this.yaml = yaml;
    }

    public FrontMatter parse(SourceFile source) {
        SourcePosition start = source.position(Math.max(1, source.frontMatterLine() - 1), 1);
        if (source.frontMatter().isBlank()) {
            throw SiteException.at(start, "content.frontMatter.empty");
        }
        Raw raw = yaml.read(
                source.frontMatter(),
                Raw.class,
                source.path().value(),
                source.frontMatterLine(),
                YamlKind.FRONT_MATTER);
        List<Problem> problems = new ArrayList<>();
        String title = raw.title() == null ? "" : raw.title().strip();
        if (title.isEmpty()) {
            problems.add(Problem.error(start, "content.title.missing"));
        }
        Optional<LocalDate> date = Optional.empty();
        if (raw.date() != null) {
            try {
                date = Optional.of(IsoDates.parse(raw.date().strip()));
            } catch (DateTimeParseException e) {
                problems.add(Problem.error(source.fieldPosition("date"), "content.date.invalid", raw.date()));
            }
        }
        List<String> aliases = raw.aliases() == null ? List.of() : raw.aliases();
        for (String a : aliases) {
            if (a == null || a.isBlank())
                problems.add(Problem.error(source.fieldPosition("aliases"), "content.alias.empty"));
        }
        Optional<Translation> translation = translation(raw.translation(), source, problems);
        SiteException.throwIfErrors(problems);
        return new FrontMatter(
                title,
                blankToEmpty(raw.slug()),
                blankToEmpty(raw.translationKey()),
                blankToEmpty(raw.layout()),
                blankToEmpty(raw.summary()),
                blankToEmpty(raw.description()),
                date,
                Boolean.TRUE.equals(raw.draft()),
                Optional.ofNullable(raw.weight()),
                aliases.stream().filter(Objects::nonNull).map(String::strip).toList(),
                blankToEmpty(raw.image()),
                Boolean.TRUE.equals(raw.feed()),
                raw.extra() == null ? Map.of() : raw.extra(),
                translation);
    }

    private static Optional<Translation> translation(RawTranslation raw, SourceFile source, List<Problem> problems) {
        if (raw == null) return Optional.empty();
        if (raw.from() == null
                || raw.from().isBlank()
                || raw.source() == null
                || raw.source().isBlank()) {
            problems.add(Problem.error(
                    source.fieldPosition("translation"),
                    "content.translation.incomplete",
                    source.path().value()));
            return Optional.empty();
        }
        return Optional.of(new Translation(raw.from().strip(), raw.source().strip()));
    }

    private static Optional<String> blankToEmpty(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }
}
