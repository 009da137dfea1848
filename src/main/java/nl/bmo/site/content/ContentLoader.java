package nl.bmo.site.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Stream;
import nl.bmo.site.Problem;
import nl.bmo.site.SiteException;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.model.Content;
import nl.bmo.site.model.ContentFile;
import nl.bmo.site.model.ContentParser;
import nl.bmo.site.model.FrontMatter;
import nl.bmo.site.model.Language;
import nl.bmo.site.model.SiteConfig;
import nl.bmo.site.model.SkippedPage;
import nl.bmo.site.model.SourceFile;
import nl.bmo.site.yaml.YamlReader;

/**
 * Finds {@code content/<lang>/**\/*.md} for every configured language, reads and parses each file once (in parallel),
 * and leaves out drafts and future-dated pages unless asked for. Collects the problems of all files before it throws.
 */
public final class ContentLoader {
    private final FrontMatterParser frontMatter;
    private final Clock clock;

    public ContentLoader(YamlReader yaml, Clock clock) {
        this.frontMatter = new FrontMatterParser(yaml);
        this.clock = clock;
    }

    /** Loads all content of the site. */
    public Content load(SiteConfig config, boolean includeDrafts) {
        return load(config, scan(config), includeDrafts, new ConcurrentHashMap<>());
    }

    /**
     * The Markdown files of every configured language, found by walking the language folders, with the problems met on
     * the way (a missing language folder, links that leave the site, files that are not Markdown).
     */
    public record Scan(List<Candidate> candidates, List<Problem> problems) {
        public Scan {
            candidates = List.copyOf(candidates);
            problems = List.copyOf(problems);
        }

        /** The site-relative paths of the files found. */
        public Set<String> paths() {
            Set<String> out = new HashSet<>();
            for (Candidate c : candidates) out.add(c.path());
            return out;
        }
    }

    /** Walks the content folders; reads no file. */
    public Scan scan(SiteConfig config) {
        List<Problem> problems = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        Path content = config.root().resolve("content");
        for (Language lang : config.languages()) {
            Path dir = content.resolve(lang.code());
            if (!Files.isDirectory(dir)) {
                problems.add(Problem.error(
                        SourcePosition.of("content/" + lang.code() + "/"), "content.folder.missing", lang.code()));
                continue;
            }
            candidates.addAll(find(config.root(), dir, lang.code(), problems));
        }
        warnAboutStrayFolders(config, content, problems);
        candidates.sort(Comparator.comparing(Candidate::path)); // pages come out in this order: sort once
        return new Scan(candidates, problems);
    }

    /**
     * Reads and parses the files of a scan (in parallel), and leaves out drafts and future-dated pages unless asked
     * for. {@code parsed} holds files parsed before, by path: a file found there is not read again, and every file
     * parsed now is added to it. Collects the problems of all files before it throws.
     */
    public Content load(
            SiteConfig config, Scan scan, boolean includeDrafts, ConcurrentMap<String, ContentFile> parsed) {
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>(scan.problems()));
        // files parsed before are taken in one quick pass; only the others are read, on every core
        List<Candidate> toRead = new ArrayList<>();
        for (Candidate c : scan.candidates()) if (!parsed.containsKey(c.path())) toRead.add(c);
        (toRead.size() > 1 ? toRead.parallelStream() : toRead.stream()).forEach(c -> {
            ContentFile f = parse(c, problems);
            if (f != null) parsed.put(c.path(), f);
        });
        List<ContentFile> files = new ArrayList<>(scan.candidates().size());
        for (Candidate c : scan.candidates()) {
            ContentFile f = parsed.get(c.path());
            if (f != null) files.add(f);
        }
        SiteException.throwIfErrors(problems);
        LocalDate today = LocalDate.now(clock);
        List<SkippedPage> skipped = new ArrayList<>();
        List<ContentFile> kept = new ArrayList<>();
        for (ContentFile f : files) {
            FrontMatter m = f.meta();
            if (!includeDrafts && m.draft())
                skipped.add(new SkippedPage(f.source().path().value(), SkippedPage.Reason.DRAFT, m.date()));
            else if (!includeDrafts && m.date().map(d -> d.isAfter(today)).orElse(false))
                skipped.add(new SkippedPage(f.source().path().value(), SkippedPage.Reason.FUTURE, m.date()));
            else kept.add(f);
        }
        kept.sort(Comparator.comparing(f -> f.source().path()));
        List<Problem> warnings = new ArrayList<>(problems);
        Collections.sort(warnings);
        skipped.sort(Comparator.comparing(SkippedPage::file));
        return new Content(kept, warnings, skipped);
    }

    /**
     * The content of {@code last} with the files at {@code changed} read again, when that is all that changed: each is
     * a page {@code last} kept, it parses without a problem and it is still kept (no draft, not dated in the future).
     * Then no other file needs a look, and the result equals what {@link #load} would give. Empty otherwise (a new,
     * removed or failing file, a page that became a draft…): then {@link #load} does the work. {@code parsed} gets the
     * files read.
     *
     * @param index the position of every file of {@code last} by its path
     */
    public Optional<Content> reload(
            Content last,
            Map<String, Integer> index,
            Scan scan,
            Collection<String> changed,
            boolean includeDrafts,
            ConcurrentMap<String, ContentFile> parsed) {
        Map<String, Candidate> candidates = new HashMap<>();
        for (String path : changed) {
            if (!index.containsKey(path)) return Optional.empty();
            candidates.put(path, null);
        }
        for (Candidate c : scan.candidates()) if (candidates.containsKey(c.path())) candidates.put(c.path(), c);
        LocalDate today = LocalDate.now(clock);
        List<ContentFile> files = new ArrayList<>(last.files());
        for (Map.Entry<String, Candidate> e : candidates.entrySet()) {
            if (e.getValue() == null) return Optional.empty();
            List<Problem> problems = new ArrayList<>();
            ContentFile f = parse(e.getValue(), problems);
            if (f == null || !problems.isEmpty()) return Optional.empty();
            FrontMatter m = f.meta();
            boolean skip = !includeDrafts
                    && (m.draft() || m.date().map(d -> d.isAfter(today)).orElse(false));
            if (skip) return Optional.empty();
            parsed.put(e.getKey(), f);
            files.set(index.get(e.getKey()), f);
        }
        return Optional.of(new Content(files, last.warnings(), last.skipped()));
    }

    /**
     * Parses the bytes of a content file of this site as the build would ({@code content/<lang>/…/x.md}): for an older
     * version of a file, or a page about to be written. Throws {@link SiteException} when they are no valid page.
     */
    public ContentParser parser(SiteConfig config) {
        return (path, bytes) -> {
            String[] parts = path.split("/", 3);
            if (parts.length < 3
                    || !parts[0].equals("content")
                    || config.language(parts[1]).isEmpty()
                    || !path.endsWith(".md")) {
                throw SiteException.at(SourcePosition.of(path), "content.notAPage");
            }
            SourceFile source = SourceReader.read(path, parts[1], parts[2], bytes);
            return new ContentFile(source, frontMatter.parse(source));
        };
    }

    /** A Markdown file found by {@link #scan}: its path on disk, site-relative path, language and path below it. */
    public record Candidate(Path file, String path, String lang, String langPath) {}

    private ContentFile parse(Candidate c, List<Problem> problems) {
        try {
            byte[] bytes = readLimited(c);
            SourceFile source = SourceReader.read(c.path(), c.lang(), c.langPath(), bytes);
            return new ContentFile(source, frontMatter.parse(source));
        } catch (SiteException e) {
            problems.addAll(e.problems());
            return null;
        } catch (IOException e) {
            problems.add(Problem.error(SourcePosition.of(c.path()), "io.cannotReadFile", e.getMessage()));
            return null;
        }
    }

    private static byte[] readLimited(Candidate c) throws IOException {
        long size = Files.size(c.file());
        if (size > SourceReader.MAX_BYTES) {
            throw SiteException.at(SourcePosition.of(c.path()), "content.file.tooLarge", size / 1024);
        }
        return Files.readAllBytes(c.file());
    }

    private static List<Candidate> find(Path root, Path dir, String lang, List<Problem> problems) {
        List<Candidate> out = new ArrayList<>();
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            throw SiteException.at(SourcePosition.of("."), "content.cannotReadSite", e.getMessage());
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    String name = d.getFileName().toString();
                    return !d.equals(dir) && name.startsWith(".")
                            ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    String rel = root.relativize(f).toString().replace('\\', '/');
                    String name = f.getFileName().toString();
                    if (name.startsWith(".")) return FileVisitResult.CONTINUE;
                    if (attrs.isSymbolicLink()) {
                        Optional<Problem> p = checkLink(f, rel, realRoot);
                        if (p.isPresent()) {
                            problems.add(p.get());
                            return FileVisitResult.CONTINUE;
                        }
                        if (Files.isDirectory(f)) {
                            problems.add(Problem.warning(SourcePosition.of(rel), "content.link.folderNotFollowed"));
                            return FileVisitResult.CONTINUE;
                        }
                    }
                    if (name.endsWith(".md")) {
                        out.add(new Candidate(
                                f, rel, lang, dir.relativize(f).toString().replace('\\', '/')));
                    } else {
                        problems.add(Problem.warning(SourcePosition.of(rel), "content.notMarkdown"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    problems.add(Problem.error(
                            SourcePosition.of(root.relativize(f).toString().replace('\\', '/')),
                            "content.cannotRead",
                            e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(Problem.error(SourcePosition.of("content/" + lang + "/"), "io.cannotRead", e.getMessage()));
        }
        return out;
    }

    private static Optional<Problem> checkLink(Path f, String rel, Path realRoot) {
        try {
            Path target = f.toRealPath();
            if (!target.startsWith(realRoot)) {
                return Optional.of(Problem.error(SourcePosition.of(rel), "content.link.outside"));
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(Problem.error(SourcePosition.of(rel), "content.link.broken"));
        }
    }

    private static void warnAboutStrayFolders(SiteConfig config, Path content, List<Problem> problems) {
        if (!Files.isDirectory(content)) return;
        try (Stream<Path> s = Files.list(content)) {
            s.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".") && config.language(n).isEmpty())
                    .sorted()
                    .forEach(n -> problems.add(Problem.warning(
                            SourcePosition.of("content/" + n + "/"), "content.folder.notALanguage", n)));
        } catch (IOException e) {
            problems.add(Problem.error(SourcePosition.of("content/"), "io.cannotRead", e.getMessage()));
        }
    }
}
