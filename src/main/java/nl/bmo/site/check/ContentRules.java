package nl.bmo.site.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.bmo.site.Message;
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
import nl.bmo.site.yaml.YamlKind;
import nl.bmo.site.yaml.YamlNode;
import nl.bmo.site.yaml.YamlReader;

/**
 * The site's own content rules, {@code content/rules.yaml}: what {@code check} holds every page to besides its built-in
 * checks. The generator knows no campaign; the site says what matters to it:
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
 * Every rule is optional; a site without the file has none. A broken rule is reported at its line in the file; a page
 * that breaks a rule is a warning at its own line, with the fix and the line of the rule.
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
            throw SiteException.at(SourcePosition.of(FILE), "rules.cannotRead", e.getMessage());
        }
    }

    /** Reads the rules from the bytes of {@value #FILE}; every mistake in it is reported at once, at its line. */
    static ContentRules parse(byte[] bytes) {
        YamlNode tree = new YamlReader().readTree(bytes, FILE, YamlKind.RULES_FILE);
        List<Problem> problems = new ArrayList<>();
        if (!tree.isMap()) {
            throw SiteException.at(tree.where(), "rules.notSections", SECTIONS);
        }
        unknownKeys(tree, SECTIONS, "rules.unknown.section", "", problems);
        List<FieldRule> fields = fields(tree.map().get("fields"), problems);
        List<LayoutRule> layouts = layouts(tree.map().get("layouts"), problems);
        boolean recorded = false;
        int recordedLine = 0;
        YamlNode translations = tree.map().get("translations");
        if (translations != null && map(translations, Message.of("rules.notAMap", "translations"), problems)) {
            unknownKeys(translations, List.of("recorded"), "rules.unknown.rule", "translations", problems);
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
        if (node == null || !map(node, Message.of("rules.notAMap", "fields"), problems)) return out;
        unknownKeys(node, TEXT_FIELDS, "rules.unknown.field", "fields", problems);
        node.map().forEach((name, rule) -> {
            if (!TEXT_FIELDS.contains(name)) return;
            if (!map(rule, Message.of("rules.notAMap", "fields." + name), problems)) return;
            unknownKeys(
                    rule, List.of("required", "maxLength", "why"), "rules.unknown.option", "fields." + name, problems);
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
        if (node == null || !map(node, Message.of("rules.notAMap", "layouts"), problems)) return out;
        node.map().forEach((name, rule) -> {
            if (!map(rule, Message.of("rules.notAMap", "layouts." + name), problems)) return;
            unknownKeys(rule, List.of("asks", "why"), "rules.unknown.option", "layouts." + name, problems);
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
            problems.add(Problem.error(node.where(), "rules.forbidden.notAList"));
            return out;
        }
        for (YamlNode entry : node.list()) {
            if (!map(entry, Message.of("rules.forbidden.entryNotAMap"), problems)) continue;
            unknownKeys(
                    entry,
                    List.of("text", "use", "why"),
                    "rules.unknown.option",
                    Message.of("rules.aForbiddenText"),
                    problems);
            YamlNode text = entry.map().get("text");
            String t = text == null ? null : text.text();
            if (t == null || t.isEmpty()) {
                problems.add(Problem.error(entry.where(), "rules.forbidden.noText"));
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

    /** Whether {@code node} is a map; if not, the error {@code notAMap} says so. */
    private static boolean map(YamlNode node, Message notAMap, List<Problem> problems) {
        if (node.isMap()) return true;
        problems.add(Problem.error(node.where(), notAMap, Message.of("rules.notAMap.hint")));
        return false;
    }

    /**
     * An error for every key of {@code node} that is not {@code known}: the message {@code key} ("unknown option "key"
     * in OWNER") with the key and {@code owner} (a path such as {@code fields.summary}, or a {@link Message}).
     */
    private static void unknownKeys(
            YamlNode node, List<String> known, String key, Object owner, List<Problem> problems) {
        for (Map.Entry<String, YamlNode> e : node.map().entrySet()) {
            if (known.contains(e.getKey())) continue;
            problems.add(Problem.error(
                    e.getValue().where(),
                    Message.of(key, e.getKey(), owner),
                    Message.of("common.known", Suggestion.didYouMean(e.getKey(), known), known)));
        }
    }

    private static boolean bool(YamlNode node, String what, List<Problem> problems) {
        if (node.value() instanceof Boolean b) return b;
        problems.add(Problem.error(node.where(), "rules.notBoolean", what));
        return false;
    }

    private static int count(YamlNode node, String what, List<Problem> problems) {
        if (node.value() instanceof Integer i && i >= 0) return i;
        problems.add(Problem.error(node.where(), "rules.notCount", what));
        return -1;
    }

    private static String why(YamlNode rule, List<Problem> problems) {
        YamlNode why = rule.map().get("why");
        if (why == null) return "";
        if (why.text() == null) {
            problems.add(Problem.error(why.where(), "rules.why.notText"));
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
                    "rules.layout.unknown",
                    r.layout(),
                    Suggestion.didYouMean(r.layout(), known)));
        }
        for (Page p : site.pages()) {
            for (FieldRule r : fields) checkField(p, r, problems);
            for (LayoutRule r : layouts) {
                if (r.asks() < 0 || !r.layout().equals(p.layout())) continue;
                int asks = p.content().asks().size();
                if (asks != r.asks()) {
                    problems.add(Problem.warning(
                            p.source().fieldPosition("layout"),
                            "rules.asks.count",
                            Message.of(asks == 1 ? "common.count.ask.one" : "common.count.ask.other", asks),
                            r.layout(),
                            r.asks(),
                            why(r.why()),
                            rule(r.line())));
                }
            }
            if (!forbidden.isEmpty()) {
                SourceFile s = p.source();
                scan(s.path().value(), s.frontMatter(), s.frontMatterLine(), problems);
                scan(s.path().value(), s.body(), s.bodyLine(), problems);
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
        Optional<String> value = switch (r.field()) {
            case "title" -> Optional.of(p.meta().title());
            case "summary" -> p.meta().summary();
            default -> p.meta().description();
        };
        if (value.isEmpty() || value.get().isBlank()) {
            if (r.required()) {
                Message hint = r.maxLength() >= 0
                        ? Message.of(
                                "rules.field.missing.hintLimit", r.field(), r.maxLength(), why(r.why()), rule(r.line()))
                        : Message.of("rules.field.missing.hint", r.field(), why(r.why()), rule(r.line()));
                problems.add(Problem.warning(
                        p.source().fieldPosition(r.field()), Message.of("rules.field.missing", r.field()), hint));
            }
            return;
        }
        int length = value.get().codePointCount(0, value.get().length());
        if (r.maxLength() >= 0 && length > r.maxLength()) {
            problems.add(Problem.warning(
                    p.source().fieldPosition(r.field()),
                    "rules.field.tooLong",
                    r.field(),
                    length,
                    r.maxLength(),
                    length - r.maxLength(),
                    why(r.why()),
                    rule(r.line())));
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
                            Message.of("rules.forbidden.found", visible(f.text())),
                            f.use().isEmpty()
                                    ? Message.of("rules.forbidden.found.hintRemove", why(f.why()), rule(f.line()))
                                    : Message.of(
                                            "rules.forbidden.found.hintUse",
                                            visible(f.use()),
                                            why(f.why()),
                                            rule(f.line()))));
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
                        "rules.recorded.missing",
                        c.source(),
                        c.file(),
                        language(c.source()),
                        c.current(),
                        rule(recordedLine)));
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
                } catch (IOException | UncheckedIOException e) {
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

    /**
     * The rule's own reason, a text of the site, as an argument that stands right after a sentence's full stop
     * ({@code ….{3} (Rule: …)}): with a space before it, or nothing.
     */
    private static String why(String why) {
        return why.isEmpty() ? "" : " " + why;
    }

    /** "(Rule: content/rules.yaml:3.)", the end of a hint. */
    private static Message rule(int line) {
        return Message.of("rules.rule", FILE, line);
    }
}
