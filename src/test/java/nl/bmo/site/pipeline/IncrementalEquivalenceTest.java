package nl.bmo.site.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.bmo.site.SiteException;
import nl.bmo.site.TestSites;
import nl.bmo.site.model.OutputFile;
import nl.bmo.site.render.RenderOptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One build path, by test: on every fixture site and on the real site, a fixed list of edits (a body, a title, a slug,
 * a new and a removed page, a template, a partial, interface strings, a partial taken out of the site's theme and put
 * back as an override, the render hooks, the configuration, a static file) each runs incrementally on a warm pipeline,
 * and every result must equal, byte for byte, a fresh full build of the same files with an empty Markdown cache. So
 * must a full build that takes Markdown kept in the cache folder by all the builds before. Edits that make the site
 * invalid must fail the same way every way.
 */
class IncrementalEquivalenceTest {
    @TempDir
    Path root;

    @TempDir
    Path cache;

    @TempDir
    Path scratch;

    static Stream<String> sites() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(TestSites.resource("sites"))) {
            s.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .forEach(names::add);
        }
        names.add("(tracker site)");
        names.add("(theme override site)");
        names.add("(real site)");
        return names.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void everyIncrementalRunEqualsAFullBuild(String name) throws IOException {
        if (name.equals("(tracker site)")) {
            TestSites.copyTree(TestSites.resource("tracker-site"), root);
        } else if (name.equals("(theme override site)")) {
            TestSites.copyTree(TestSites.resource("theme-override-site"), root);
        } else if (name.equals("(real site)")) {
            Path project = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
            TestSites.copyTree(project.resolve("content"), root.resolve("content"));
            TestSites.copyTree(project.resolve("themes"), root.resolve("themes"));
        } else {
            TestSites.copy(name, root);
        }
        BuildOptions options =
                new BuildOptions(root, Optional.empty(), false, new RenderOptions(true, true)).withCacheDir(cache);
        Pipeline warm = Pipeline.inMemory(TestSites.CLOCK, options);
        Rebuild first = warm.build();
        assertThat(first.rendered()).isGreaterThan(1);
        int edits = 0;
        for (Edit edit : edits()) {
            List<Path> touched = edit.apply(root);
            if (touched.isEmpty()) continue;
            edits++;
            Outcome incremental = Outcome.of(() -> warm.update(touched).result());
            // a full build that renders all Markdown (its cache holds only the share images, drawn the same)
            Path empty = scratch.resolve("edit-" + edits);
            copyShareImages(cache, empty);
            Outcome fresh = Outcome.of(() -> Pipeline.inMemory(TestSites.CLOCK, options.withCacheDir(empty))
                    .build()
                    .result());
            // and a full build that takes what it can from the Markdown kept by all the builds before
            Outcome kept = Outcome.of(
                    () -> Pipeline.inMemory(TestSites.CLOCK, options).build().result());
            assertThat(incremental)
                    .as("%s: the files or error after the edit '%s'", name, edit.name())
                    .isEqualTo(fresh);
            assertThat(kept)
                    .as("%s: the files or error after the edit '%s', with kept Markdown", name, edit.name())
                    .isEqualTo(fresh);
        }
        assertThat(edits).as("edits that applied to %s", name).isGreaterThanOrEqualTo(6);
    }

    /** What a build gave: the digests of its files, or its error message. */
    private record Outcome(Map<String, String> files, String error) {
        static Outcome of(java.util.function.Supplier<BuildResult> build) {
            try {
                return new Outcome(digests(build.get().files()), null);
            } catch (SiteException e) {
                return new Outcome(null, e.getMessage());
            }
        }
    }

    private static void copyShareImages(Path cache, Path to) throws IOException {
        Path images = cache.resolve(ShareImageCache.FOLDER);
        if (Files.isDirectory(images)) TestSites.copyTree(images, to.resolve(ShareImageCache.FOLDER));
        else Files.createDirectories(to);
    }

    /** An edit of the site's files; returns the paths it touched (none when it does not apply to this site). */
    private record Edit(String name, Step step) {
        List<Path> apply(Path root) throws IOException {
            return step.apply(root);
        }
    }

    private interface Step {
        List<Path> apply(Path root) throws IOException;
    }

    private static List<Edit> edits() {
        return List.of(
                new Edit("append a paragraph to the first page of each language", root -> {
                    List<Path> out = new ArrayList<>();
                    for (Path lang : languageFolders(root)) {
                        Path page = contentFiles(lang).get(0);
                        Files.writeString(page, Files.readString(page) + "\n\nAn added paragraph.\n");
                        out.add(page);
                    }
                    return out;
                }),
                new Edit(
                        "then append a paragraph to the last page of each language (after a run that reused the model)",
                        root -> appendToPage(root, -1, "\n\nAnother added paragraph.\n")),
                new Edit("change the title of a page", root -> {
                    Path page = pageWith(root, "title:").orElse(null);
                    if (page == null) return List.of();
                    // inside the quotes of a quoted title: text after them would break the front matter for every later
                    // edit
                    replaceLine(
                            page,
                            "title:",
                            line -> line.matches(".*[\"']$")
                                    ? line.substring(0, line.length() - 1) + " (edited)"
                                            + line.charAt(line.length() - 1)
                                    : line + " (edited)");
                    return List.of(page);
                }),
                new Edit("give a page another slug", root -> {
                    for (Path lang : languageFolders(root)) {
                        for (Path page : contentFiles(lang)) {
                            String text = Files.readString(page);
                            if (page.getFileName().toString().equals("_index.md")
                                    || text.contains("\nslug:")
                                    || !text.startsWith("---\n")) continue;
                            Files.writeString(page, "---\nslug: a-moved-page" + text.substring(3));
                            return List.of(page);
                        }
                    }
                    return List.of();
                }),
                new Edit("add a page", root -> {
                    Path page = languageFolders(root).get(0).resolve("an-added-page.md");
                    Files.writeString(
                            page,
                            "---\ntitle: An added page\nsummary: Added while the preview runs.\n---\n\nNew text.\n");
                    return List.of(page);
                }),
                new Edit("remove the added page", root -> {
                    Path page = languageFolders(root).get(0).resolve("an-added-page.md");
                    Files.delete(page);
                    return List.of(page);
                }),
                new Edit("edit a layout", root -> appendTo(root, "templates/layouts/", "<#-- edited -->\n")),
                new Edit("edit a partial", root -> appendTo(root, "templates/partials/", "<#-- edited -->\n")),
                new Edit("add an interface string", root -> appendTo(root, "i18n/", "\nzz.added: Added\n")),
                new Edit(
                        "edit the sitemap template (or override the bundled one)",
                        IncrementalEquivalenceTest::editSitemapTemplate),
                new Edit("take a partial out of the site's theme (the extended theme's is used)", root -> {
                    Optional<Path> partial = themeFile(root, "templates/partials/", false);
                    if (partial.isEmpty()) return List.of();
                    Path aside =
                            partial.get().resolveSibling("." + partial.get().getFileName() + ".out");
                    Files.move(partial.get(), aside);
                    return List.of(partial.get(), aside);
                }),
                new Edit("put the partial back, changed: a file that overrides the extended theme's", root -> {
                    Optional<Path> aside = themeFile(root, "templates/partials/", true);
                    if (aside.isEmpty()) return List.of();
                    String name = aside.get().getFileName().toString();
                    Path partial = aside.get().resolveSibling(name.substring(1, name.length() - ".out".length()));
                    Files.writeString(
                            partial,
                            Files.readString(aside.get()).replaceFirst("</#macro>", "<!-- changed --></#macro>"));
                    Files.delete(aside.get());
                    return List.of(partial, aside.get());
                }),
                new Edit("edit the render hooks, or add one to a theme that extends another", root -> {
                    List<Path> out = new ArrayList<>();
                    for (Path theme : themeFolders(root)) {
                        Path ask = theme.resolve("templates/_markup/ask.ftlh");
                        if (Files.exists(ask)) {
                            Files.writeString(
                                    ask,
                                    Files.readString(ask).replace("${ask.text?no_esc}", "<em>${ask.text?no_esc}</em>"));
                            out.add(ask);
                        }
                        Path table = theme.resolve("templates/_markup/table.ftlh");
                        if (Files.exists(table)) {
                            Files.writeString(
                                    table, Files.readString(table).replace("<table", "<table data-edited=\"\""));
                            out.add(table);
                        } else if (!Files.exists(theme.resolve("theme.yaml"))
                                || !Files.readString(theme.resolve("theme.yaml"))
                                        .contains("extends: none")) {
                            Files.createDirectories(table.getParent());
                            Files.writeString(table, "<table class=\"edited\">\n${table.body?no_esc}</table>\n");
                            out.add(table);
                        }
                    }
                    return out;
                }),
                new Edit("change a demand number shown on share images", root -> {
                    Path page = pageWith(root, "  number:").orElse(null);
                    if (page == null) return List.of();
                    replaceLine(page, "  number:", line -> "  number: 9");
                    return List.of(page);
                }),
                new Edit("change the configuration", root -> {
                    Path config = root.resolve("content/site.yaml");
                    Files.writeString(
                            config, Files.readString(config).replaceFirst("(?m)^(\\s*-?\\s*title: )(.*)$", "$1$2 X"));
                    return List.of(config);
                }),
                new Edit("assess an ask in the tracker", root -> {
                    Path tracker = root.resolve("data/tracker.yaml");
                    if (!Files.exists(tracker)) return List.of();
                    String text = Files.readString(tracker);
                    Matcher m = Pattern.compile("(?m)^  (\\d+-\\d+): \\[\\]$").matcher(text);
                    if (!m.find()) return List.of();
                    Files.writeString(
                            tracker,
                            text.substring(0, m.start()) + "  " + m.group(1) + ":\n    - status: partly-adopted\n"
                                    + "      date: 2026-05-01\n      source:\n        title: \"Akkoord\"\n        url: "
                                    + "https://www.example.org/a\n"
                                    + "      explanation:\n        nl: \"Deels.\"\n        en: \"Partly.\""
                                    + text.substring(m.end()));
                    return List.of(tracker);
                }),
                new Edit("change the text of an ask", root -> {
                    for (Path lang : languageFolders(root)) {
                        for (Path page : contentFiles(lang)) {
                            String text = Files.readString(page);
                            Matcher m = Pattern.compile("(?m)^(\\d+\\. )(.*)(\\{#\\d+-\\d+\\})$")
                                    .matcher(text);
                            if (!m.find()) continue;
                            Files.writeString(
                                    page, text.substring(0, m.start(2)) + "Changed: " + text.substring(m.start(2)));
                            return List.of(page);
                        }
                    }
                    return List.of();
                }),
                new Edit("add a static file", root -> {
                    Path file = root.resolve("static/added.txt");
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, "added\n");
                    return List.of(file);
                }),
                new Edit("break the front matter", root -> {
                    Path page = contentFiles(languageFolders(root).get(0)).get(0);
                    Files.writeString(page, Files.readString(page).replaceFirst("title:", "titel:"));
                    return List.of(page);
                }),
                new Edit("mend the front matter", root -> {
                    Path page = contentFiles(languageFolders(root).get(0)).get(0);
                    Files.writeString(page, Files.readString(page).replaceFirst("titel:", "title:"));
                    return List.of(page);
                }),
                new Edit(
                        "append to the last pages again, then to the first ones (text edits after a failed run)",
                        root -> appendToPage(root, -1, "\n\nA third paragraph.\n")),
                new Edit("and to the first pages", root -> appendToPage(root, 0, "\n\nA fourth paragraph.\n")));
    }

    /** Appends {@code text} to the page at {@code index} (-1: the last) of each language. */
    private static List<Path> appendToPage(Path root, int index, String text) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path lang : languageFolders(root)) {
            List<Path> pages = contentFiles(lang);
            Path page = pages.get(index < 0 ? pages.size() + index : index);
            Files.writeString(page, Files.readString(page) + text);
            out.add(page);
        }
        return out;
    }

    private static List<Path> languageFolders(Path root) throws IOException {
        try (Stream<Path> s = Files.list(root.resolve("content"))) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static List<Path> contentFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    private static Optional<Path> pageWith(Path root, String linePrefix) throws IOException {
        for (Path lang : languageFolders(root)) {
            for (Path p : contentFiles(lang)) {
                if (Files.readString(p).lines().anyMatch(l -> l.startsWith(linePrefix))) return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static void replaceLine(Path file, String prefix, UnaryOperator<String> change) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                lines.set(i, change.apply(lines.get(i)));
                break;
            }
        }
        Files.writeString(file, String.join("\n", lines) + "\n");
    }

    /** The site's theme folders, sorted. */
    private static List<Path> themeFolders(Path root) throws IOException {
        Path themes = root.resolve("themes");
        if (!Files.isDirectory(themes)) return List.of();
        try (Stream<Path> s = Files.list(themes)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** The first file below {@code folder} of a site theme (sorted): a hidden one ({@code .x.out}) or a visible one. */
    private static Optional<Path> themeFile(Path root, String folder, boolean hidden) throws IOException {
        for (Path theme : themeFolders(root)) {
            Path dir = theme.resolve(folder);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.list(dir)) {
                Optional<Path> file = s.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().startsWith(".") == hidden)
                        .sorted()
                        .findFirst();
                if (file.isPresent()) return file;
            }
        }
        return Optional.empty();
    }

    /** Appends to the first theme file below {@code folder} (sorted), if the site has its own theme. */
    private static List<Path> appendTo(Path root, String folder, String text) throws IOException {
        Path themes = root.resolve("themes");
        if (!Files.isDirectory(themes)) return List.of();
        try (Stream<Path> s = Files.walk(themes)) {
            Optional<Path> file = s.filter(Files::isRegularFile)
                    .filter(p ->
                            themes.relativize(p).toString().replace('\\', '/').matches("[^/]+/" + folder + ".*"))
                    .sorted()
                    .findFirst();
            if (file.isEmpty()) return List.of();
            Files.writeString(file.get(), Files.readString(file.get()) + text);
            return List.of(file.get());
        }
    }

    /**
     * Changes what the sitemap template writes: the site theme's, or a new override of the bundled one in the site's
     * theme (then the sitemap goes from the bundled template to the site's).
     */
    private static List<Path> editSitemapTemplate(Path root) throws IOException {
        Path themes = root.resolve("themes");
        if (!Files.isDirectory(themes)) return List.of();
        Path theme;
        try (Stream<Path> s = Files.list(themes)) {
            theme = s.filter(Files::isDirectory).sorted().findFirst().orElse(null);
        }
        if (theme == null) return List.of();
        Path template = theme.resolve("templates/files/sitemap.xml.ftlx");
        if (!Files.exists(template)) {
            Path project = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
            Files.createDirectories(template.getParent());
            Files.copy(project.resolve("themes/bmo/templates/files/sitemap.xml.ftlx"), template);
        }
        Files.writeString(template, Files.readString(template) + "<!-- edited -->\n");
        return List.of(template);
    }

    private static Map<String, String> digests(List<OutputFile> files) {
        Map<String, String> out = new TreeMap<>();
        for (OutputFile f : files) {
            String text = f.path().endsWith(".png")
                    ? "png " + HexFormat.of().formatHex(sha256(f.bytes()))
                    : new String(f.bytes(), StandardCharsets.UTF_8);
            out.put(f.path().value(), text);
        }
        return out;
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
