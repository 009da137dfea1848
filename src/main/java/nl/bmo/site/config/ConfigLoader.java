package nl.bmo.site.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.bmo.site.Message;
import nl.bmo.site.Problem;
import nl.bmo.site.SiteException;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.Suggestion;
import nl.bmo.site.model.Language;
import nl.bmo.site.model.SiteConfig;
import nl.bmo.site.yaml.YamlKind;
import nl.bmo.site.yaml.YamlPositions;
import nl.bmo.site.yaml.YamlReader;

/** Reads and validates {@code content/site.yaml}. */
public final class ConfigLoader {
    public static final String FILE = "content/site.yaml";

    /** The fields of {@code site.yaml}, as Jackson reads them. */
    record RawConfig(
            String baseUrl,
            String theme,
            String defaultLanguage,
            Boolean defaultLanguageInSubdir,
            List<RawLanguage> languages,
            List<String> menu,
            Map<String, Object> params,
            String editUrl,
            Boolean translationNotice,
            RawRelease release) {}

    /** {@code release:}: what the launch gate ({@code check --release}) requires besides the built-in checks. */
    record RawRelease(List<String> required) {}

    record RawLanguage(
            String code,
            String name,
            String locale,
            String title,
            String description,
            String quotes,
            Map<String, String> strings) {}

    private final YamlReader yaml;

    public ConfigLoader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /** Loads the configuration of the site rooted at {@code root}. */
    public SiteConfig load(Path root) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw SiteException.at(SourcePosition.of(FILE), "config.missing", FILE);
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw SiteException.at(SourcePosition.of(FILE), "config.cannotRead", e.getMessage());
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        RawConfig raw = yaml.read(text, RawConfig.class, FILE, 1, YamlKind.CONFIGURATION);
        return validate(root, raw, new YamlPositions(text, FILE, 1));
    }

    /**
     * The position of a value in the configuration of the site rooted at {@code root}, by JSON pointer
     * ({@code /theme}), for problems found after it was loaded; the file alone when the value is not written.
     */
    static SourcePosition position(Path root, String pointer) {
        try {
            String text = Files.readString(root.resolve(FILE), StandardCharsets.UTF_8);
            return new YamlPositions(text.startsWith("\uFEFF") ? text.substring(1) : text, FILE, 1).orFile(pointer);
        } catch (IOException e) {
            return SourcePosition.of(FILE);
        }
    }

    private static SiteConfig validate(Path root, RawConfig raw, YamlPositions at) {
        List<Problem> problems = new ArrayList<>();
        List<Language> languages = new ArrayList<>();
        Map<String, SourcePosition> codes = new LinkedHashMap<>();
        if (raw.languages() == null || raw.languages().isEmpty()) {
            problems.add(Problem.error(at.orFile("/languages"), "config.languages.none"));
        } else {
            for (int i = 0; i < raw.languages().size(); i++) {
                RawLanguage entry = raw.languages().get(i);
                Language l = entry == null ? null : language(entry, "/languages/" + i, at, codes, problems);
                if (entry == null)
                    problems.add(Problem.error(at.orFile("/languages/" + i), "config.languages.emptyEntry"));
                if (l != null) languages.add(l);
            }
        }
        String def = raw.defaultLanguage();
        if (def == null && !languages.isEmpty()) def = languages.get(0).code();
        if (def != null && !codes.containsKey(def) && !codes.isEmpty()) {
            problems.add(Problem.error(
                    at.orFile("/defaultLanguage"),
                    "config.defaultLanguage.unknown",
                    def,
                    Suggestion.didYouMean(def, codes.keySet()),
                    new TreeSet<>(codes.keySet())));
        }
        String baseUrl = raw.baseUrl() == null ? "" : raw.baseUrl().trim();
        Message baseUrlProblem = baseUrlProblem(baseUrl);
        if (baseUrlProblem != null)
            problems.add(Problem.error(at.orFile("/baseUrl"), baseUrlProblem, Message.of("config.baseUrl.hint")));
        String editUrl = raw.editUrl() == null ? "" : raw.editUrl().trim();
        Message editUrlProblem = editUrl.isEmpty() ? null : urlProblem(editUrl, Message.of("config.url.editUrl"));
        if (editUrlProblem != null)
            problems.add(Problem.error(at.orFile("/editUrl"), editUrlProblem, Message.of("config.editUrl.hint")));
        SiteException.throwIfErrors(problems);
        return new SiteConfig(
                root.toAbsolutePath().normalize(),
                languages,
                def,
                Boolean.TRUE.equals(raw.defaultLanguageInSubdir()),
                baseUrl,
                raw.theme(),
                raw.menu(),
                raw.params(),
                editUrl,
                Boolean.TRUE.equals(raw.translationNotice()),
                raw.release() == null || raw.release().required() == null
                        ? List.of()
                        : raw.release().required());
    }

    /** One entry of {@code languages:}, validated; null (and a problem) when it is wrong. */
    private static Language language(
            RawLanguage l,
            String pointer,
            YamlPositions at,
            Map<String, SourcePosition> codes,
            List<Problem> problems) {
        SourcePosition code = at.of(pointer + "/code").orElse(at.orFile(pointer));
        if (!Language.isValidCode(l.code())) {
            problems.add(Problem.error(
                    code, l.code() == null ? "config.language.noCode" : "config.language.invalidCode", l.code()));
        } else if (codes.containsKey(l.code())) {
            SourcePosition first = codes.get(l.code());
            problems.add(Problem.error(
                    code,
                    Message.of("config.language.twice", l.code()),
                    first.line() > 0
                            ? Message.of("config.language.twice.hintLine", first.line())
                            : Message.of("config.language.twice.hint")));
        } else if (l.quotes() != null && l.quotes().codePointCount(0, l.quotes().length()) != 4) {
            codes.put(l.code(), code);
            problems.add(Problem.error(at.orFile(pointer + "/quotes"), "config.language.quotes", l.code()));
        } else {
            codes.put(l.code(), code);
            return new Language(l.code(), l.name(), l.locale(), l.title(), l.description(), l.quotes(), l.strings());
        }
        return null;
    }

    /** Why a base URL cannot be used, or null when it can. */
    public static Message baseUrlProblem(String baseUrl) {
        return urlProblem(baseUrl, Message.of("config.url.baseUrl"));
    }

    /** Why the address {@code url} cannot be used, or null when it can; {@code what} names it ("the base URL"). */
    private static Message urlProblem(String url, Message what) {
        if (url.isEmpty()) return Message.of("config.baseUrl.none");
        try {
            URI uri = new URI(url);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()))
                return Message.of("config.url.notHttp", what, url);
            if (uri.getHost() == null) return Message.of("config.url.noHost", what, url);
            if (uri.getQuery() != null || uri.getFragment() != null)
                return Message.of("config.url.queryOrFragment", what, url);
        } catch (URISyntaxException e) {
            return Message.of("config.url.invalid", what, url, e.getReason());
        }
        return null;
    }
}
