package nl.bmo.site.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.bmo.site.Problem;
import nl.bmo.site.SiteException;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.Suggestion;
import nl.bmo.site.model.Language;
import nl.bmo.site.model.SiteConfig;
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
            throw SiteException.at(SourcePosition.of(FILE), "no site configuration",
                    "Run the command in the site's folder or pass it with --source; the folder must hold " + FILE + ".");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw SiteException.at(SourcePosition.of(FILE), "cannot read the site configuration: " + e.getMessage(), "");
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        RawConfig raw = yaml.read(text, RawConfig.class, FILE, 1, "configuration");
        return validate(root, raw);
    }

    private static SiteConfig validate(Path root, RawConfig raw) {
        List<Problem> problems = new ArrayList<>();
        SourcePosition at = SourcePosition.of(FILE);
        List<Language> languages = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        if (raw.languages() == null || raw.languages().isEmpty()) {
            problems.add(Problem.error(at, "no languages configured",
                    "Add 'languages:' with at least one entry such as '- code: nl'."));
        } else {
            for (RawLanguage l : raw.languages()) {
                if (!Language.isValidCode(l.code())) {
                    problems.add(Problem.error(at, "invalid language code \"" + l.code() + "\"",
                            "Use a lowercase ISO 639 code such as nl, en or fr."));
                } else if (!codes.add(l.code())) {
                    problems.add(Problem.error(at, "language \"" + l.code() + "\" is configured twice", "Remove one of them."));
                } else if (l.quotes() != null && l.quotes().codePointCount(0, l.quotes().length()) != 4) {
                    problems.add(Problem.error(at, "quotes of language \"" + l.code() + "\" must be four characters",
                            "Give open and close double quote, then open and close single quote, such as \"“”‘’\"."));
                } else {
                    languages.add(new Language(l.code(), l.name(), l.locale(), l.title(), l.description(), l.quotes(), l.strings()));
                }
            }
        }
        String def = raw.defaultLanguage();
        if (def == null && !languages.isEmpty()) def = languages.get(0).code();
        if (def != null && !codes.contains(def) && !codes.isEmpty()) {
            problems.add(Problem.error(at, "the default language \"" + def + "\" is not one of the languages",
                    Suggestion.didYouMean(def, codes) + "Configured: " + String.join(", ", codes) + "."));
        }
        String baseUrl = raw.baseUrl() == null ? "" : raw.baseUrl().trim();
        String baseUrlProblem = baseUrlProblem(baseUrl);
        if (baseUrlProblem != null) problems.add(Problem.error(at, baseUrlProblem,
                "Set 'baseUrl:' to the absolute address the site is published at, such as https://example.org/campaign/."));
        SiteException.throwIfErrors(problems);
        return new SiteConfig(root.toAbsolutePath().normalize(), languages, def,
                Boolean.TRUE.equals(raw.defaultLanguageInSubdir()), baseUrl, raw.theme(), raw.menu(), raw.params(),
                raw.release() == null || raw.release().required() == null ? List.of() : raw.release().required());
    }

    /** Why a base URL cannot be used, or null when it can. */
    public static String baseUrlProblem(String baseUrl) {
        if (baseUrl.isEmpty()) return "no base URL configured";
        try {
            URI uri = new URI(baseUrl);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()))
                return "the base URL \"" + baseUrl + "\" is not an http(s) address";
            if (uri.getHost() == null) return "the base URL \"" + baseUrl + "\" has no host";
            if (uri.getQuery() != null || uri.getFragment() != null)
                return "the base URL \"" + baseUrl + "\" may not have a query or fragment";
        } catch (URISyntaxException e) {
            return "the base URL \"" + baseUrl + "\" is not a valid URL: " + e.getReason();
        }
        return null;
    }
}
