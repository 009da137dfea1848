package nl.bmo.site.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.bmo.site.Problem;
import nl.bmo.site.SiteException;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.internal.Digests;
import nl.bmo.site.internal.SitePaths;
import nl.bmo.site.model.Assets;
import nl.bmo.site.model.OutputFile;
import nl.bmo.site.model.SiteConfig;
import nl.bmo.site.model.Theme;

/**
 * Collects the theme's {@code static/} files and the site's own {@code static/} folder (which wins). CSS and JS get a
 * content hash in their name ({@code css/main.1a2b3c4d.css}) so hosts can cache them forever; a CSS file's local
 * {@code @import "x.css";} lines are inlined, so the theme can keep one file per component and pages load one.
 */
public final class StaticAssets {
    private static final Pattern IMPORT =
            Pattern.compile("(?m)^@import\\s+(?:url\\()?[\"']([^\"':)]+)[\"']\\)?\\s*;\\s*$");

    public Assets collect(SiteConfig config, Theme theme) {
        Map<String, byte[]> files = new TreeMap<>();
        for (String path : theme.list("static/"))
            files.put(path.substring("static/".length()), theme.files().get(path));
        Path own = config.root().resolve("static");
        if (Files.isDirectory(own)) readSiteStatic(own, files);
        Map<String, String> names = new TreeMap<>();
        List<OutputFile> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (var e : files.entrySet()) {
            String path = e.getKey();
            byte[] bytes = e.getValue();
            if (path.endsWith(".css")) {
                if (isPartial(path)) continue;
                bytes = inlineImports(path, bytes, files, theme, problems, 0).getBytes(StandardCharsets.UTF_8);
            }
            String name = path.endsWith(".css") || path.endsWith(".js") ? fingerprinted(path, bytes) : path;
            names.put(path, name);
            out.add(OutputFile.owning(name, bytes)); // a copy from the theme, a file just read, or new text
        }
        SiteException.throwIfErrors(problems);
        return new Assets(names, out);
    }

    /** A CSS file that another CSS file imports is written only inside it. */
    private static boolean isPartial(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.startsWith("_");
    }

    private static String inlineImports(
            String path, byte[] bytes, Map<String, byte[]> files, Theme theme, List<Problem> problems, int depth) {
        String css = new String(bytes, StandardCharsets.UTF_8);
        if (depth > 8) return css;
        Matcher m = IMPORT.matcher(css);
        StringBuilder sb = new StringBuilder();
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
        while (m.find()) {
            String target = SitePaths.normalise(folder + m.group(1)).orElse(null);
            byte[] imported = target == null ? null : files.get(target);
            if (imported == null) {
                problems.add(Problem.error(
                        SourcePosition.of(theme.sourceOf("static/" + path)), "output.css.missingImport", m.group(1)));
                m.appendReplacement(sb, "");
            } else {
                m.appendReplacement(
                        sb,
                        Matcher.quoteReplacement(inlineImports(target, imported, files, theme, problems, depth + 1)));
            }
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static String fingerprinted(String path, byte[] bytes) {
        int dot = path.lastIndexOf('.');
        return path.substring(0, dot) + "." + hash(bytes).substring(0, 10) + path.substring(dot);
    }

    static String hash(byte[] bytes) {
        return HexFormat.of().formatHex(Digests.sha256(bytes));
    }

    private static void readSiteStatic(Path dir, Map<String, byte[]> files) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) continue;
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith(".") || rel.contains("/.")) continue;
                files.put(rel, Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw SiteException.at(SourcePosition.of("static/"), "io.cannotRead", e.getMessage());
        }
    }
}
