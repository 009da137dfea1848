package nl.bmo.site.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.bmo.site.Problem;
import nl.bmo.site.SiteException;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.Suggestion;
import nl.bmo.site.model.Page;
import nl.bmo.site.model.SiteModel;
import nl.bmo.site.model.SourceFile;
import nl.bmo.site.translation.Cell;
import nl.bmo.site.translation.Row;
import nl.bmo.site.translation.State;
import nl.bmo.site.translation.StatusReport;
import nl.bmo.site.yaml.YamlNode;
import nl.bmo.site.yaml.YamlReader;

/**
 * The site's own content rules, {@code content/rules.yaml}: what {@code check} holds every page to besides its
 * built-in checks. The generator knows no campaign; the site says what matters to it:
 *
 * <pre>
 * fields:                  # front matter fields: required, and at most so many characters
 *   summary: {required: true, maxLength: 160, why: "…"}
 * layouts:                 # per layout: how many asks (numbered-list items with an {#id}) a page has
 *   demand: {asks: 3}
 * translations:
 *   recorded: true         # every translation records what it translates ('translated')
 * forbidden:               # text that must never appear in a page or a data file, with what to write instead
 *   - {text: "januar i", use: "januari", why: "…"}
 * </pre>
 *
 * Every rule is optional; a site without the file has none. A broken rule is reported at its line in the file; a
 * page that breaks a rule is a warning at its own line, with the fix and the line of the rule.
 */
public final class ContentRules {
    public static final String FILE = "content/rules.yaml";
    /** The front matter fields a rule may constrain: the texts a page writes. */
    static final List<String> TEXT_FIELDS = List.of("title", "summary", "description");

    private static final List<String> SECTIONS = List.of("fields", "layouts", "translations", "forbidden");

    /** A rule on a front matter field. */
    record FieldRule(String field, boolean required, int maxLength, String why, int line) {}

    /** A rule on the pages of a layout: exactly {@code asks} asks (-1: no rule). */
    record LayoutRule(String layout, int asks, String why, int line) {}

    /** Text that must not appear; {@code use} is what to write instead (may be empty). */
    record Forbidden(String text, String use, String why, int line) {}

    /** No rules at all: a site without {@value #FILE}. */
    public static final ContentRules NONE = new ContentRules(List.of(), List.of(), false, 0, List.of());

    private final List<FieldRule> fields;
    private final List<LayoutRule> layouts;
    private final boolean recorded;
    private final int recordedLine;
    private final List<Forbidden> forbidden;

    private ContentRules(
            List<FieldRule> fields,
            List<LayoutRule> layouts,
            boolean recorded,
            int recordedLine,
            List<Forbidden> forbidden) {
        this.fields = List.copyOf(fields);
        this.layouts = List.copyOf(layouts);
        this.recorded = recorded;
        this.recordedLine = recordedLine;
        this.forbidden = List.copyOf(forbidden);
    }

    /** The rules of the site at {@code root}; none without the file. Throws {@link SiteException} for a broken file. */
    public static ContentRules load(Path root) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) return NONE;
        try {
            return parse(Files.readAllBytes(file));
        } catch (IOException e) {
            throw SiteException.at(
                    SourcePosition.of(FILE), "cannot read: " + e.getMessage(), "Check the file's permissions.");
        }
    }

    /** Reads the rules from the bytes of {@value #FILE}; every mistake in it is reported at once, at its line. */
    static ContentRules parse(byte[] bytes) {
        YamlNode tree = new YamlReader().readTree(bytes, FILE, "rules file");
        List<Problem> problems = new ArrayList<>();
        if (!tree.isMap()) {
            throw SiteException.at(
                    tree.where(),
                    "the rules file is not a map of sections",
                    "Start with one of: " + String.join(", ", SECTIONS) + " (see the comment in the file).");
        }
        unknownKeys(tree, SECTIONS, "section", "", problems);
        List<FieldRule> fields = fields(tree.map().get("fields"), problems);
        List<LayoutRule> layouts = layouts(tree.map().get("layouts"), problems);
        boolean recorded = false;
        int recordedLine = 0;
        YamlNode translations = tree.map().get("translations");
        if (translations != null && map(translations, "translations", problems)) {
            unknownKeys(translations, List.of("recorded"), "rule", "translations", problems);
            YamlNode r = translations.map().get("recorded");
            if (r != null) {
                recorded = bool(r, "translations.recorded", problems);
                recordedLine = r.where().line();
            }
        }
        List<Forbidden> forbidden = forbidden(tree.map().get("forbidden"), problems);
        SiteException.throwIfErrors(problems);
        return new ContentRules(fields, layouts, recorded, recordedLine, forbidden);
    }

    private static List<FieldRule> fields(YamlNode node, List<Problem> problems) {
        List<FieldRule> out = new ArrayList<>();
        if (node == null || !map(node, "fields", problems)) return out;
        unknownKeys(node, TEXT_FIELDS, "front matter field", "fields", problems);
        node.map().forEach((name, rule) -> {
            if (!TEXT_FIELDS.contains(name) || !map(rule, "fields." + name, problems)) return;
            unknownKeys(rule, List.of("required", "maxLength", "why"), "option", "fields." + name, problems);
            YamlNode required = rule.map().get("required");
            YamlNode max = rule.map().get("maxLength");
            out.add(new FieldRule(
                    name,
                    required != null && bool(required, "fields." + name + ".required", problems),
                    max == null ? -1 : count(max, "fields." + name + ".maxLength", problems),
                    why(rule, problems),
                    rule.where().line()));
        });
        return out;
    }

    private static List<LayoutRule> layouts(YamlNode node, List<Problem> problems) {
        List<LayoutRule> out = new ArrayList<>();
        if (node == null || !map(node, "layouts", problems)) return out;
        node.map().forEach((name, rule) -> {
            if (!map(rule, "layouts." + name, problems)) return;
            unknownKeys(rule, List.of("asks", "why"), "option", "layouts." + name, problems);
            YamlNode asks = rule.map().get("asks");
            out.add(new LayoutRule(
                    name,
                    asks == null ? -1 : count(asks, "layouts." + name + ".asks", problems),
                    why(rule, problems),
                    rule.where().line()));
        });
        return out;
    }

    private static List<Forbidden> forbidden(YamlNode node, List<Problem> problems) {
        List<Forbidden> out = new ArrayList<>();
        if (node == null) return out;
        if (!node.isList()) {
            problems.add(Problem.error(
                    node.where(),
                    "\"forbidden\" must be a list",
                    "Write one '- text: \"…\"' line per text, with 'use:' and 'why:' below it."));
            return out;
        }
        for (YamlNode entry : node.list()) {
            if (!map(entry, "an entry of forbidden", problems)) continue;
            unknownKeys(entry, List.of("text", "use", "why"), "option", "a forbidden text", problems);
            YamlNode text = entry.map().get("text");
            String t = text == null ? null : text.text();
            if (t == null || t.isEmpty()) {
                problems.add(Problem.error(
                        entry.where(),
                        "a forbidden entry without its text",
                        "Give the text that must not appear: '- text: \"…\"' (in quotes, so that spaces count)."));
                continue;
            }
            YamlNode use = entry.map().get("use");
            out.add(new Forbidden(
                    t,
                    use == null || use.text() == null ? "" : use.text(),
                    why(entry, problems),
                    text.where().line()));
        }
        return out;
    }

    private static boolean map(YamlNode node, String what, List<Problem> problems) {
        if (node.isMap()) return true;
        problems.add(Problem.error(
                node.where(),
                "\"" + what + "\" must be a map of 'name: value' lines",
                "Indent its options below it, one 'name: value' per line."));
        return false;
    }

    /** An error for every key of {@code node} that is not {@code known}: "unknown KIND "key" of OWNER". */
    private static void unknownKeys(
            YamlNode node, List<String> known, String kind, String owner, List<Problem> problems) {
        for (Map.Entry<String, YamlNode> e : node.map().entrySet()) {
            if (known.contains(e.getKey())) continue;
            problems.add(Problem.error(
                    e.getValue().where(),
                    "unknown " + kind + " \"" + e.getKey() + "\"" + (owner.isEmpty() ? "" : " in " + owner),
                    Suggestion.didYouMean(e.getKey(), known) + "Known: " + String.join(", ", known) + "."));
        }
    }

    private static boolean bool(YamlNode node, String what, List<Problem> problems) {
        if (node.value() instanceof Boolean b) return b;
        problems.add(Problem.error(node.where(), "\"" + what + "\" must be true or false", "Write true or false."));
        return false;
    }

    private static int count(YamlNode node, String what, List<Problem> problems) {
        if (node.value() instanceof Integer i && i >= 0) return i;
        problems.add(Problem.error(
                node.where(), "\"" + what + "\" must be a whole number", "Write a number such as 3, without quotes."));
        return -1;
    }

    private static String why(YamlNode rule, List<Problem> problems) {
        YamlNode why = rule.map().get("why");
        if (why == null) return "";
        if (why.text() == null) {
            problems.add(
                    Problem.error(why.where(), "\"why\" must be text", "Say in one sentence why the rule exists."));
            return "";
        }
        return why.text().strip();
    }

    /** The problems of the site's pages and data files under these rules, sorted. */
    public List<Problem> check(SiteModel site, StatusReport status) {
        List<Problem> problems = new ArrayList<>();
        for (LayoutRule r : layouts) {
            if (site.theme().has("templates/layouts/" + r.layout() + ".ftlh")) continue;
            List<String> known = site.theme().list("templates/layouts/").stream()
                    .map(l -> l.substring("templates/layouts/".length()).replaceFirst("\\.ftlh$", ""))
                    .toList();
            problems.add(Problem.error(
                    SourcePosition.of(FILE, r.line(), 1),
                    "the theme has no layout \"" + r.layout() + "\"",
                    Suggestion.didYouMean(r.layout(), known)
                            + "Name a layout of the theme's templates/layouts/ folder."));
        }
        for (Page p : site.pages()) {
            for (FieldRule r : fields) checkField(p, r, problems);
            for (LayoutRule r : layouts) {
                if (r.asks() < 0 || !r.layout().equals(p.layout())) continue;
                int asks = p.content().asks().size();
                if (asks != r.asks()) {
                    problems.add(Problem.warning(
                            p.source().fieldPosition("layout"),
                            count(asks, "ask") + ", but a page with layout \"" + r.layout() + "\" has " + r.asks(),
                            "An ask is an item of a numbered list that ends in its own id, such as '1. … {#2-1}'. Add"
                                    + " or remove asks, or end each one with its {#id}." + why(r.why())
                                    + rule(r.line())));
                }
            }
            if (!forbidden.isEmpty()) {
                SourceFile s = p.source();
                scan(s.path(), s.frontMatter(), s.frontMatterLine(), problems);
                scan(s.path(), s.body(), s.bodyLine(), problems);
            }
        }
        if (!forbidden.isEmpty()) {
            for (Map.Entry<String, String> data :
                    dataFiles(site.config().root()).entrySet()) scan(data.getKey(), data.getValue(), 1, problems);
        }
        if (recorded) checkRecorded(status, problems);
        Collections.sort(problems);
        return problems;
    }

    private void checkField(Page p, FieldRule r, List<Problem> problems) {
        Optional<String> value =
                switch (r.field()) {
                    case "title" -> Optional.of(p.meta().title());
                    case "summary" -> p.meta().summary();
                    default -> p.meta().description();
                };
        String limit = r.maxLength() >= 0 ? " (at most " + r.maxLength() + " characters)" : "";
        if (value.isEmpty() || value.get().isBlank()) {
            if (r.required()) {
                problems.add(Problem.warning(
                        p.source().fieldPosition(r.field()),
                        "no " + r.field(),
                        "Add a line '" + r.field() + ": \"…\"' to the front matter" + limit + "." + why(r.why())
                                + rule(r.line())));
            }
            return;
        }
        int length = value.get().codePointCount(0, value.get().length());
        if (r.maxLength() >= 0 && length > r.maxLength()) {
            problems.add(Problem.warning(
                    p.source().fieldPosition(r.field()),
                    r.field() + " is " + length + " characters long, more than " + r.maxLength(),
                    "Shorten it by " + (length - r.maxLength()) + " characters." + why(r.why()) + rule(r.line())));
        }
    }

    /** Every forbidden text in {@code text}, whose first line is line {@code firstLine} of {@code file}. */
    private void scan(String file, String text, int firstLine, List<Problem> problems) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (Forbidden f : forbidden) {
                for (int at = lines[i].indexOf(f.text());
                        at >= 0;
                        at = lines[i].indexOf(f.text(), at + f.text().length())) {
                    int column = lines[i].codePointCount(0, at) + 1;
                    problems.add(Problem.warning(
                            SourcePosition.of(file, firstLine + i, column),
                            "\"" + visible(f.text()) + "\" must not appear on the site",
                            (f.use().isEmpty() ? "Remove it." : "Write \"" + visible(f.use()) + "\" instead.")
                                    + why(f.why())
                                    + rule(f.line())));
                }
            }
        }
    }

    /** A translation without a record of what it translates ({@code status}: not recorded). */
    private void checkRecorded(StatusReport status, List<Problem> problems) {
        for (Row row : status.rows()) {
            for (Cell c : row.cells()) {
                if (c.state() != State.UNRECORDED || c.source().isEmpty()) continue;
                problems.add(Problem.warning(
                        SourcePosition.of(c.file(), 1, 1),
                        "translation is not recorded: nothing says which version of " + c.source() + " it translates",
                        "When it says what " + c.source() + " says, run: translated " + c.file()
                                + " (working on the git host:"
                                + " add the line 'translation: {from: " + language(c.source()) + ", source: "
                                + c.current() + "}'"
                                + " to its front matter instead). From then on, check says when the original changes."
                                + rule(recordedLine)));
            }
        }
    }

    /** The language folder of a content path: {@code nl} for {@code content/nl/a.md}. */
    private static String language(String contentPath) {
        String[] parts = contentPath.split("/");
        return parts.length > 1 ? parts[1] : "";
    }

    /**
     * The text of every {@code data/*.yaml} file by site-relative path (an unreadable one is the data stage's to
     * report).
     */
    private static Map<String, String> dataFiles(Path root) {
        Map<String, String> out = new LinkedHashMap<>();
        Path data = root.resolve("data");
        if (!Files.isDirectory(data)) return out;
        try (Stream<Path> s = Files.list(data)) {
            for (Path f : (Iterable<Path>) s.sorted()::iterator) {
                if (!f.getFileName().toString().endsWith(".yaml") || !Files.isRegularFile(f)) continue;
                try {
                    out.put("data/" + f.getFileName(), Files.readString(f).replace("\r\n", "\n"));
                } catch (IOException | java.io.UncheckedIOException e) {
                    // not UTF-8 or unreadable: the data stage stops the build with that first
                }
            }
        } catch (IOException e) {
            // idem
        }
        return out;
    }

    /** Spaces at the ends of a forbidden text are what make it one: show them. */
    private static String visible(String text) {
        return text.replace("\t", "\\t");
    }

    private static String why(String why) {
        return why.isEmpty() ? "" : " " + why;
    }

    private static String rule(int line) {
        return " (Rule: " + FILE + ":" + line + ".)";
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
