package nl.bmo.site.translation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.bmo.site.Message;
import nl.bmo.site.Problem;
import nl.bmo.site.model.ContentFile;
import nl.bmo.site.model.Language;
import nl.bmo.site.model.SiteConfig;
import nl.bmo.site.model.TranslatableText;
import nl.bmo.site.model.Translation;

/**
 * Works out, per translation key, which page is the original and whether each translation is missing, up to date or
 * behind. A translation records the hash of its original's {@link TranslatableText} in {@code translation.source}; it
 * is behind when the original's text hashes differently now.
 *
 * <p>The original of a key is the page that its translations name in {@code translation.from}; without such a record,
 * the default language's page, else the first configured language's page that records no translation itself.
 */
public final class TranslationStatus {
    private final SiteConfig config;
    private final SourceHistory history;

    public TranslationStatus(SiteConfig config, SourceHistory history) {
        this.config = config;
        this.history = history;
    }

    /** The status of these content files. */
    public StatusReport report(List<ContentFile> files) {
        Map<String, Map<String, ContentFile>> byKey = byKey(files);
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, Map<String, ContentFile>> e : byKey.entrySet()) {
            rows.add(row(e.getKey(), e.getValue(), byKey, problems));
        }
        rows.sort(Comparator.comparing(r -> firstFile(r)));
        problems.sort(null);
        return new StatusReport(config.languages(), rows, problems);
    }

    private static String firstFile(Row r) {
        return r.cells().stream()
                .filter(c -> c.state() == State.ORIGINAL)
                .map(Cell::file)
                .findFirst()
                .orElse(r.cells().stream()
                        .filter(c -> c.state() != State.MISSING)
                        .map(Cell::file)
                        .findFirst()
                        .orElse(""));
    }

    /** The key that links translations: {@code translationKey}, else the path below the language folder. */
    public static String key(ContentFile f) {
        return f.meta().translationKey().orElse(f.source().langPath());
    }

    /** The content files by translation key, then by language (the first file of a language wins). */
    public static Map<String, Map<String, ContentFile>> byKey(List<ContentFile> files) {
        Map<String, Map<String, ContentFile>> byKey = new LinkedHashMap<>();
        files.stream()
                .sorted(Comparator.comparing(f -> f.source().path()))
                .forEach(f -> byKey.computeIfAbsent(key(f), k -> new LinkedHashMap<>())
                        .putIfAbsent(f.source().lang(), f));
        return byKey;
    }

    /** The language of a key's original page (see the class comment), or empty when it has no page. */
    public Optional<String> originalLanguage(Map<String, ContentFile> pages) {
        for (Language l : config.languages()) {
            for (ContentFile f : pages.values()) {
                Optional<String> from = f.meta().translation().map(Translation::from);
                if (from.isPresent() && from.get().equals(l.code()) && pages.containsKey(l.code())) return from;
            }
        }
        ContentFile def = pages.get(config.defaultLanguage());
        if (def != null && def.meta().translation().isEmpty()) return Optional.of(config.defaultLanguage());
        for (Language l : config.languages()) {
            ContentFile f = pages.get(l.code());
            if (f != null && f.meta().translation().isEmpty()) return Optional.of(l.code());
        }
        return config.languages().stream()
                .map(Language::code)
                .filter(pages::containsKey)
                .findFirst();
    }

    private Row row(
            String key,
            Map<String, ContentFile> pages,
            Map<String, Map<String, ContentFile>> byKey,
            List<Problem> problems) {
        String originalLang = originalLanguage(pages).orElseThrow();
        ContentFile original = pages.get(originalLang);
        List<Cell> cells = new ArrayList<>();
        for (Language l : config.languages()) {
            ContentFile f = pages.get(l.code());
            if (f == null) {
                cells.add(new Cell(
                        l.code(),
                        State.MISSING,
                        suggestedPath(original, l.code(), byKey),
                        original.source().path().value(),
                        "",
                        "",
                        Optional.empty(),
                        Optional.empty()));
            } else if (f == original && f.meta().translation().isEmpty()) {
                cells.add(new Cell(
                        l.code(),
                        State.ORIGINAL,
                        f.source().path().value(),
                        "",
                        "",
                        "",
                        Optional.empty(),
                        Optional.empty()));
            } else {
                cells.add(translated(f, pages, original, problems));
            }
        }
        return new Row(key, cells);
    }

    private Cell translated(
            ContentFile f, Map<String, ContentFile> pages, ContentFile original, List<Problem> problems) {
        String path = f.source().path().value();
        String lang = f.source().lang();
        Optional<Translation> record = f.meta().translation();
        if (record.isEmpty()) {
            // Not a problem for check: a site that does not record translations yet still builds cleanly; status shows
            // it.
            return new Cell(
                    lang,
                    State.UNRECORDED,
                    path,
                    original.source().path().value(),
                    "",
                    TranslatableText.hash(original),
                    Optional.empty(),
                    Optional.of(Message.of("status.note.notRecorded")));
        }
        Translation t = record.get();
        ContentFile source = pages.get(t.from());
        if (config.language(t.from()).isEmpty() || t.from().equals(lang)) {
            problems.add(
                    Problem.error(f.source().fieldPosition("translation"), "translation.from.invalid", t.from(), path));
            return new Cell(
                    lang,
                    State.UNRECORDED,
                    path,
                    "",
                    t.source(),
                    "",
                    Optional.empty(),
                    Optional.of(Message.of("status.note.unknownLanguage", t.from())));
        }
        if (source == null) {
            Message missing = f.meta().translationKey().isPresent()
                    ? Message.of("translation.original.gone", t.from(), key(f), path)
                    : Message.of(
                            "translation.original.goneNoKey",
                            t.from(),
                            "content/" + t.from() + "/" + f.source().langPath(),
                            path);
            problems.add(Problem.warning(
                    f.source().fieldPosition("translation"),
                    missing,
                    Message.of("translation.original.gone.hint", path)));
            return new Cell(
                    lang,
                    State.UNRECORDED,
                    path,
                    "",
                    t.source(),
                    "",
                    Optional.empty(),
                    Optional.of(Message.of("status.note.originalMissing", t.from())));
        }
        String now = TranslatableText.hash(source);
        if (now.equals(t.source())) {
            return new Cell(
                    lang,
                    State.UP_TO_DATE,
                    path,
                    source.source().path().value(),
                    t.source(),
                    now,
                    Optional.empty(),
                    Optional.empty());
        }
        problems.add(Problem.warning(
                f.source().fieldPosition("translation"),
                "translation.behind",
                source.source().path().value(),
                path,
                now));
        Optional<String> diff = history.text(source.source().path().value(), t.source())
                .flatMap(before -> TextDiff.lines(before, TranslatableText.of(source), TextDiff.MAX_LINES));
        return new Cell(
                lang, State.BEHIND, path, source.source().path().value(), t.source(), now, diff, Optional.empty());
    }

    /**
     * Where a missing translation belongs: the original's file name in the folder of the same section in that language
     * (the folder whose {@code _index.md} has the same key as the original's folder), else the original's own path.
     */
    private String suggestedPath(ContentFile original, String lang, Map<String, Map<String, ContentFile>> byKey) {
        String folder = original.source().folder();
        String name = original.source().langPath().substring(folder.isEmpty() ? 0 : folder.length() + 1);
        String target = folder;
        if (!folder.isEmpty()) {
            for (Map<String, ContentFile> pages : byKey.values()) {
                ContentFile section = pages.get(original.source().lang());
                if (section != null
                        && section.source().isIndex()
                        && section.source().folder().equals(folder)
                        && pages.containsKey(lang)) {
                    target = pages.get(lang).source().folder();
                    break;
                }
            }
        }
        return "content/" + lang + "/" + (target.isEmpty() ? "" : target + "/") + name;
    }
}
