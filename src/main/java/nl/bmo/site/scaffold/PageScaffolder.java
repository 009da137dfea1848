package nl.bmo.site.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import nl.bmo.site.Message;
import nl.bmo.site.Problem;
import nl.bmo.site.SiteException;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.Suggestion;
import nl.bmo.site.internal.Slugs;
import nl.bmo.site.model.ContentFile;
import nl.bmo.site.model.ContentParser;
import nl.bmo.site.model.Language;
import nl.bmo.site.model.SiteConfig;
import nl.bmo.site.model.TranslatableText;
import nl.bmo.site.model.Translation;

/**
 * Plans and writes a new page in every configured language ({@code new}). The section is found in the original's
 * language by its folder, and in the other languages by its {@code _index.md}'s translationKey. The layout is the one
 * most pages of the section use; a section whose pages have dates gets today's date; one whose pages have weights gets
 * the next weight. Never overwrites a file.
 */
public final class PageScaffolder {
    /** One file to write: its path relative to the site root and its text. */
    public record PlannedFile(String path, String text) {}

    private final SiteConfig config;
    private final List<ContentFile> files;
    private final ContentParser parser;

    /**
     * @param files every content file of the site, drafts included
     * @param parser parses the new original page, to record its hash in the translations
     */
    public PageScaffolder(SiteConfig config, List<ContentFile> files, ContentParser parser) {
        this.config = config;
        this.files = List.copyOf(files);
        this.parser = parser;
    }

    /** The files {@code new} would write, original first; throws {@link SiteException} with every problem. */
    public List<PlannedFile> plan(NewPage request) {
        String lang = request.lang().orElse(config.defaultLanguage());
        if (config.language(lang).isEmpty()) {
            throw SiteException.at(SourcePosition.of("--lang"), "scaffold.language.unknown", lang, codes());
        }
        for (String l : request.titles().keySet()) {
            if (config.language(l).isEmpty() || l.equals(lang)) {
                throw SiteException.at(
                        SourcePosition.of("--title-in"),
                        "scaffold.titleIn.notOther",
                        l,
                        codes().stream()
                                .filter(c -> !c.equals(lang))
                                .findFirst()
                                .orElse("en"));
            }
        }
        String path = request.path().replace('\\', '/').strip();
        if (path.startsWith("content/" + lang + "/")) path = path.substring(("content/" + lang + "/").length());
        if (path.endsWith(".md")) path = path.substring(0, path.length() - 3);
        path = path.replaceAll("^/+|/+$", "");
        int slash = path.lastIndexOf('/');
        String folder = slash < 0 ? "" : path.substring(0, slash);
        String name = path.substring(slash + 1);
        String slug = Slugs.of(name);
        if (slug.isEmpty() || name.startsWith("_")) {
            throw SiteException.at(
                    SourcePosition.of(request.path()), "scaffold.name.invalid", name, exampleSection(lang));
        }
        ContentFile section = section(lang, folder);
        Map<String, String> folders = folders(section, lang, folder);
        List<ContentFile> siblings = files.stream()
                .filter(f -> f.source().lang().equals(lang)
                        && f.source().folder().equals(folder)
                        && !f.source().isIndex())
                .toList();
        String key = request.key().orElse(folder.isEmpty() ? slug : sectionKey(section) + "-" + slug);
        checkKeyIsNew(key);
        String title =
                request.title().map(String::strip).filter(t -> !t.isEmpty()).orElse(null);
        Shape shape = Shape.of(siblings, request.today());

        List<Problem> problems = new ArrayList<>();
        Map<String, String> paths = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(List.of(lang));
        codes().stream().filter(c -> !c.equals(lang)).forEach(order::add);
        for (String l : order) {
            String s = l.equals(lang)
                    ? slug
                    : Optional.ofNullable(request.titles().get(l))
                            .map(Slugs::of)
                            .filter(x -> !x.isEmpty())
                            .orElse(slug);
            String dir = folders.get(l);
            String file = "content/" + l + "/" + (dir.isEmpty() ? "" : dir + "/") + s + ".md";
            checkFree(file, l, dir, s, problems);
            paths.put(l, file);
        }
        SiteException.throwIfErrors(problems);

        String originalTitle = title == null ? humanise(name) : title;
        String original = shape.text(new Shape.Texts(
                originalTitle,
                title == null,
                key,
                Optional.empty(),
                "Write the page here, in Markdown. Start headings at ## (the title is the page's only main heading)."));
        String hash = TranslatableText.hash(parser.parse(paths.get(lang), original.getBytes(StandardCharsets.UTF_8)));
        List<PlannedFile> planned = new ArrayList<>();
        planned.add(new PlannedFile(paths.get(lang), original));
        for (String l : order.subList(1, order.size())) {
            String given = request.titles().get(l);
            String text = shape.text(new Shape.Texts(
                    given == null ? originalTitle : given.strip(),
                    given == null,
                    key,
                    Optional.of(new Translation(lang, hash)),
                    "Translate " + paths.get(lang) + " here. When the translation is done, run: translated "
                            + paths.get(l)));
            planned.add(new PlannedFile(paths.get(l), text));
        }
        return planned;
    }

    /** Writes the planned files; refuses (and writes nothing more) when one exists by now. */
    public void write(List<PlannedFile> planned) {
        for (PlannedFile f : planned) {
            try {
                Files.writeString(
                        config.root().resolve(f.path()),
                        f.text(),
                        StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW);
            } catch (FileAlreadyExistsException e) {
                throw SiteException.at(SourcePosition.of(f.path()), "scaffold.file.exists");
            } catch (IOException e) {
                throw SiteException.at(
                        SourcePosition.of(f.path()),
                        Message.of("io.cannotWriteFile", e.getMessage()),
                        Message.of("scaffold.cannotWrite.hint"));
            }
        }
    }

    private List<String> codes() {
        return config.languages().stream().map(Language::code).toList();
    }

    /** The section's {@code _index.md} in the original's language (the home for a top-level page). */
    private ContentFile section(String lang, String folder) {
        Optional<ContentFile> found = files.stream()
                .filter(f -> f.source().lang().equals(lang)
                        && f.source().isIndex()
                        && f.source().folder().equals(folder))
                .findFirst();
        if (found.isPresent()) return found.get();
        TreeSet<String> sections = sections(lang);
        String language = config.language(lang).orElseThrow().name();
        throw SiteException.at(
                SourcePosition.of("content/" + lang + "/" + folder + "/"),
                Message.of("scaffold.section.unknown", folder, language),
                sections.isEmpty()
                        ? Message.of("scaffold.section.unknown.hintNone")
                        : Message.of(
                                "scaffold.section.unknown.hint", Suggestion.didYouMean(folder, sections), sections));
    }

    private TreeSet<String> sections(String lang) {
        TreeSet<String> out = new TreeSet<>();
        files.stream()
                .filter(f -> f.source().lang().equals(lang)
                        && f.source().isIndex()
                        && !f.source().folder().isEmpty())
                .forEach(f -> out.add(f.source().folder()));
        return out;
    }

    private String exampleSection(String lang) {
        TreeSet<String> s = sections(lang);
        return s.isEmpty() ? "section" : s.first();
    }

    /** The folder of the section in every language, by the key of its {@code _index.md}. */
    private Map<String, String> folders(ContentFile section, String lang, String folder) {
        Map<String, String> out = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        String key = sectionKey(section);
        for (String l : codes()) {
            if (l.equals(lang)) {
                out.put(l, folder);
                continue;
            }
            Optional<ContentFile> match = files.stream()
                    .filter(f -> f.source().lang().equals(l)
                            && f.source().isIndex()
                            && sectionKey(f).equals(key))
                    .findFirst();
            if (match.isPresent()) out.put(l, match.get().source().folder());
            else
                problems.add(Problem.error(
                        SourcePosition.of(section.source().path().value()),
                        "scaffold.section.noTranslation",
                        config.language(l).orElseThrow().name() + " (" + l + ")",
                        key,
                        l));
        }
        SiteException.throwIfErrors(problems);
        return out;
    }

    private static String sectionKey(ContentFile f) {
        return f.meta().translationKey().orElse(f.source().langPath());
    }

    private void checkKeyIsNew(String key) {
        Optional<ContentFile> used = files.stream()
                .filter(f -> sectionKey(f).equals(key))
                .min(Comparator.comparing(f -> f.source().path()));
        if (used.isPresent()) {
            throw SiteException.at(used.get().source().fieldPosition("translationKey"), "scaffold.key.used", key);
        }
    }

    private void checkFree(String file, String lang, String dir, String slug, List<Problem> problems) {
        if (Files.exists(config.root().resolve(file))) {
            problems.add(Problem.error(SourcePosition.of(file), "scaffold.file.exists"));
            return;
        }
        for (ContentFile f : files) {
            if (f.source().lang().equals(lang)
                    && f.source().folder().equals(dir)
                    && !f.source().isIndex()
                    && f.meta().slug().orElse(Slugs.of(f.source().baseName())).equals(slug)) {
                problems.add(Problem.error(f.source().fieldPosition("slug"), "scaffold.address.taken", file));
            }
        }
    }

    /** {@code nieuwe-bijeenkomst} → {@code Nieuwe bijeenkomst}. */
    static String humanise(String name) {
        String s = name.replace('-', ' ').replace('_', ' ').strip();
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
