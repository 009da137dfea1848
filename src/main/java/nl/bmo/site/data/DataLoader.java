package nl.bmo.site.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.bmo.site.Message;
import nl.bmo.site.Problem;
import nl.bmo.site.SiteException;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.model.SiteData;
import nl.bmo.site.model.SiteModel;
import nl.bmo.site.model.Tracker;
import nl.bmo.site.model.UiStrings;
import nl.bmo.site.yaml.YamlKind;
import nl.bmo.site.yaml.YamlNode;
import nl.bmo.site.yaml.YamlReader;

/**
 * Reads every {@code data/<name>.yaml} of the site root (same strict rules as front matter: no duplicate keys, no
 * anchors, UTF-8 only, every error with file and line) for templates as {@code data.<name>}, and reads
 * {@code data/tracker.yaml} as the demand tracker, checked against the asks of the rendered pages. Runs after the
 * Markdown stage; collects every problem before it throws.
 */
public final class DataLoader {
    public static final String FOLDER = "data";
    private static final String TRACKER = "tracker";

    private final YamlReader yaml;

    public DataLoader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /** The site with its data; the site as it is when it has no {@code data/} folder. */
    public SiteModel load(SiteModel site, UiStrings strings) {
        Path folder = site.config().root().resolve(FOLDER);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) return site;
        List<Problem> problems = new ArrayList<>();
        Map<String, Object> files = new LinkedHashMap<>();
        Optional<Tracker> tracker = Optional.empty();
        for (Path file : list(folder)) {
            String name = file.getFileName().toString();
            String rel = FOLDER + "/" + name;
            if (name.startsWith(".")) continue;
            if (!name.endsWith(".yaml") || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(Problem.error(
                        SourcePosition.of(rel),
                        Message.of("data.file.notYaml"),
                        name.endsWith(".yml")
                                ? Message.of(
                                        "data.file.notYaml.hintRename", name.substring(0, name.length() - 4) + ".yaml")
                                : Message.of("data.file.notYaml.hint")));
                continue;
            }
            String key = name.substring(0, name.length() - ".yaml".length());
            if (!key.matches("[a-z][a-z0-9_]*")) {
                problems.add(Problem.error(
                        SourcePosition.of(rel), "data.file.badName", key, "data." + key.replaceAll("[^a-z0-9_]", "_")));
                continue;
            }
            try {
                YamlNode tree = yaml.readTree(Files.readAllBytes(file), rel, YamlKind.DATA_FILE);
                files.put(key, tree.plain());
                if (key.equals(TRACKER))
                    tracker = Optional.of(new TrackerReader(site, strings, rel).read(tree, problems));
            } catch (SiteException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(Problem.error(SourcePosition.of(rel), "data.file.cannotRead", e.getMessage()));
            }
        }
        SiteException.throwIfErrors(problems);
        return site.withData(new SiteData(files, tracker));
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw SiteException.at(SourcePosition.of(FOLDER + "/"), "data.folder.cannotRead", e.getMessage());
        }
    }
}
