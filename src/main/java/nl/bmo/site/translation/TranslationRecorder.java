package nl.bmo.site.translation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.bmo.site.Message;
import nl.bmo.site.SiteException;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.model.ContentFile;
import nl.bmo.site.model.ContentParser;
import nl.bmo.site.model.SiteConfig;
import nl.bmo.site.model.TranslatableText;
import nl.bmo.site.model.Translation;

/**
 * Records that translations are up to date ({@code translated}): writes {@code translation: {from: …, source: …}} into
 * their front matter, with the hash of their original's text now. Changes only that line of each file.
 */
public final class TranslationRecorder {
    /** What was recorded for one file. */
    public record Recorded(String file, String from, String source, String hash, boolean changed) {}

    private final SiteConfig config;
    private final List<ContentFile> files;
    private final ContentParser parser;

    /**
     * @param files every content file of the site, drafts included
     * @param parser checks each rewritten file before it is written
     */
    public TranslationRecorder(SiteConfig config, List<ContentFile> files, ContentParser parser) {
        this.config = config;
        this.files = List.copyOf(files);
        this.parser = parser;
    }

    /**
     * Records the page at {@code path} (relative to the site root) as translated from the current text of its original:
     * the page in {@code from}, else the language its front matter already names, else the key's original. Checks every
     * file before it writes any; throws {@link SiteException} with all problems.
     */
    public List<Recorded> record(List<String> paths, Optional<String> from) {
        List<nl.bmo.site.Problem> problems = new ArrayList<>();
        List<Recorded> planned = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String path : paths) {
            try {
                Recorded r = plan(path, from);
                String text = withTranslation(read(path), new Translation(r.from(), r.hash()));
                ContentFile check = parser.parse(path, text.getBytes(StandardCharsets.UTF_8));
                if (!check.meta().translation().map(Translation::source).equals(Optional.of(r.hash()))) {
                    throw SiteException.at(SourcePosition.of(path), "translation.record.cannotWrite");
                }
                planned.add(r);
                texts.add(text);
            } catch (SiteException e) {
                problems.addAll(e.problems());
            }
        }
        SiteException.throwIfErrors(problems);
        for (int i = 0; i < planned.size(); i++) {
            if (planned.get(i).changed()) write(planned.get(i).file(), texts.get(i));
        }
        return planned;
    }

    private Recorded plan(String path, Optional<String> from) {
        ContentFile page = files.stream()
                .filter(f -> f.source().path().value().equals(path))
                .findFirst()
                .orElseThrow(() -> SiteException.at(SourcePosition.of(path), "translation.notAPage"));
        String key = TranslationStatus.key(page);
        Map<String, ContentFile> pages = TranslationStatus.byKey(files).get(key);
        String lang = from.or(() -> page.meta().translation().map(Translation::from))
                .or(() -> new TranslationStatus(config, SourceHistory.NONE).originalLanguage(pages))
                .orElseThrow();
        if (config.language(lang).isEmpty()) {
            throw SiteException.at(
                    SourcePosition.of(path),
                    "translation.language.unknown",
                    lang,
                    config.languages().stream().map(l -> l.code()).toList());
        }
        if (lang.equals(page.source().lang())) {
            List<String> others = pages.values().stream()
                    .filter(f -> f != page)
                    .map(f -> f.source().path().value())
                    .toList();
            throw SiteException.at(
                    SourcePosition.of(path),
                    Message.of("translation.isOriginal", key),
                    others.isEmpty()
                            ? Message.of("translation.isOriginal.hintNone")
                            : Message.of("translation.isOriginal.hint", String.join(" ", others)));
        }
        ContentFile source = pages.get(lang);
        if (source == null) {
            throw SiteException.at(
                    page.source().fieldPosition("translationKey"), "translation.original.missing", lang, key);
        }
        String hash = TranslatableText.hash(source);
        boolean changed = !page.meta().translation().equals(Optional.of(new Translation(lang, hash)));
        return new Recorded(path, lang, source.source().path().value(), hash, changed);
    }

    /**
     * The file's text with its {@code translation:} entry (and any lines indented below it) replaced by
     * {@link Translation#yamlLine}, or that line added at the end of the front matter. Keeps the line endings.
     */
    public static String withTranslation(String text, Translation t) {
        String nl = text.contains("\r\n") ? "\r\n" : "\n";
        boolean bom = text.startsWith("\uFEFF");
        List<String> lines = new ArrayList<>(List.of((bom ? text.substring(1) : text).split("\r?\n", -1)));
        if (lines.isEmpty() || !lines.get(0).stripTrailing().equals("---"))
            throw new IllegalArgumentException("no front matter");
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).stripTrailing().equals("---")) {
                close = i;
                break;
            }
        }
        if (close < 0) throw new IllegalArgumentException("front matter not closed");
        int at = close;
        for (int i = 1; i < close; i++) {
            if (lines.get(i).startsWith("translation:")) {
                at = i;
                int end = i + 1;
                while (end < close
                        && (lines.get(end).startsWith(" ") || lines.get(end).startsWith("\t"))) end++;
                lines.subList(i, end).clear();
                break;
            }
        }
        lines.add(at, t.yamlLine());
        return (bom ? "\uFEFF" : "") + String.join(nl, lines);
    }

    private String read(String path) {
        try {
            return Files.readString(config.root().resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw SiteException.at(SourcePosition.of(path), "io.cannotReadFile", e.getMessage());
        }
    }

    private void write(String path, String text) {
        try {
            Files.writeString(config.root().resolve(path), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw SiteException.at(
                    SourcePosition.of(path),
                    Message.of("io.cannotWriteFile", e.getMessage()),
                    Message.of("translation.cannotWrite.hint"));
        }
    }
}
