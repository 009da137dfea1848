package nl.bmo.site.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.bmo.site.Problem;
import nl.bmo.site.SiteException;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.internal.SitePaths;
import nl.bmo.site.model.OutputPath;
import nl.bmo.site.model.Page;
import nl.bmo.site.model.SiteModel;
import nl.bmo.site.model.SitePath;
import org.jsoup.Jsoup;

/**
 * The committed list of published URLs ({@code content/published.txt}): every page and every ask anchor the press may
 * have linked to. A URL that disappears is an error unless an alias redirects it; a page not yet in the list is named
 * as an info. {@code build --update-published} rewrites the list; it is reviewed like code.
 */
public final class PublishedUrls {
    public static final String FILE = "content/published.txt";
    private static final String HEADER = """
            # Published URLs of the site: every page and every ask anchor that may be linked from elsewhere.
            # `check` fails when one of them disappears, unless an alias (front matter `aliases:`) redirects it.
            # Update with `java -jar target/bmo-site.jar build --update-published` and review the change like code.
            """;

    private final Path root;

    public PublishedUrls(Path root) {
        this.root = root;
    }

    /** The URLs the site publishes now, sorted: {@code /eisen/x/} and {@code /eisen/x/#2-1}. */
    public static List<String> of(SiteModel site) {
        TreeSet<String> urls = new TreeSet<>();
        for (Page p : site.pages()) {
            urls.add(p.path().urlPath());
            for (String id : Jsoup.parse(p.content().html()).select("li[id]").eachAttr("id")) {
                if (!id.startsWith("fn")) urls.add(p.path().urlPath() + "#" + id);
            }
            for (String alias : p.meta().aliases()) urls.add("/" + SitePaths.fromUrlPath(alias));
        }
        return new ArrayList<>(urls);
    }

    /** Writes the list for the site as it is now. Returns the number of URLs. */
    public int write(SiteModel site) {
        List<String> urls = of(site);
        try {
            Files.writeString(root.resolve(FILE), HEADER + String.join("\n", urls) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw SiteException.at(SourcePosition.of(FILE), "published.cannotWrite", e.getMessage());
        }
        return urls.size();
    }

    /**
     * The published ask anchors of the site at {@code root}, as site path and fragment ({@code eisen/x/#2-1}), with
     * their line in {@link #FILE}; none when the file is missing or unreadable (the check reports that).
     */
    public static Map<String, Integer> anchors(Path root) {
        Map<String, Integer> out = new HashMap<>();
        try {
            Path file = root.resolve(FILE);
            if (!Files.isRegularFile(file)) return out;
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                int hash = line.indexOf('#');
                if (line.startsWith("#") || hash < 0) continue;
                out.putIfAbsent(SitePaths.fromUrlPath(line.substring(0, hash)) + "#" + line.substring(hash + 1), i + 1);
            }
        } catch (IOException e) {
            // reported by the check
        }
        return out;
    }

    List<Problem> check(SiteModel site, HtmlIndex index) {
        Path file = root.resolve(FILE);
        List<Problem> problems = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            // Not wrong before launch, so not a warning (which blocks every change); 'check --release' requires it.
            problems.add(Problem.info(SourcePosition.of(FILE), "published.list.missing", FILE));
            return problems;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(Problem.error(SourcePosition.of(FILE), "io.cannotRead", e.getMessage()));
            return problems;
        }
        Map<SitePath, Page> aliasTargets = new HashMap<>();
        for (Page p : site.pages()) {
            for (String a : p.meta().aliases()) SitePath.fromUrlPath(a).ifPresent(path -> aliasTargets.put(path, p));
        }
        Set<String> listed = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (!line.contains("#")) listed.add(SitePaths.fromUrlPath(line));
            SourcePosition where = SourcePosition.of(FILE, i + 1, 1);
            int hash = line.indexOf('#');
            Optional<SitePath> path = SitePath.fromUrlPath(hash < 0 ? line : line.substring(0, hash));
            String fragment = hash < 0 ? "" : line.substring(hash + 1);
            Page alias = path.map(aliasTargets::get).orElse(null);
            OutputPath target = alias != null
                    ? alias.outputFile()
                    : path.flatMap(p -> index.resolve(p.value())).orElse(null);
            if (target == null) {
                String old = hash < 0 ? line : line.substring(0, hash);
                problems.add(Problem.error(where, "published.url.removed", line, old));
            } else if (!fragment.isEmpty() && !index.ids(target).contains(fragment)) {
                problems.add(
                        Problem.error(where, "published.anchor.removedFromPage", line, "/" + pathOf(target), fragment));
            }
        }
        for (Page p : site.pages()) {
            if (listed.contains(p.path().value())) continue;
            problems.add(Problem.info(
                    p.source().position(1, 1), "published.page.new", p.path().urlPath(), FILE));
        }
        return problems;
    }

    private static String pathOf(OutputPath file) {
        String outputFile = file.value();
        return outputFile.endsWith("index.html")
                ? outputFile.substring(0, outputFile.length() - "index.html".length())
                : outputFile;
    }
}
