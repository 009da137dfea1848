package nl.bmo.site.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.bmo.site.Problem;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.model.Language;
import nl.bmo.site.model.SiteModel;
import nl.bmo.site.model.UiStrings;

/**
 * Interface strings that nothing uses: a key is used when a template names it as a text literal
 * ({@code t("share.title")}), or names a prefix of it that it completes ({@code t("press.link-" + l.code)}), or the
 * generator reads it ({@link UiStrings#GENERATOR_KEYS}, {@link UiStrings#GENERATOR_PREFIXES}). An unused key is a
 * warning at its line.
 */
final class StringUsage {
    private static final Pattern LITERAL =
            Pattern.compile("\"([A-Za-z0-9_.-]+)\"(\\s*\\+)?|'([A-Za-z0-9_.-]+)'(\\s*\\+)?");

    private StringUsage() {}

    static List<Problem> check(SiteModel site, UiStrings strings) {
        Set<String> literals = new HashSet<>(UiStrings.GENERATOR_KEYS);
        List<String> prefixes = new ArrayList<>(UiStrings.GENERATOR_PREFIXES);
        for (String path : site.theme().list("templates/")) {
            Matcher m = LITERAL.matcher(site.theme().text(path).orElseThrow());
            while (m.find()) {
                String word = m.group(1) != null ? m.group(1) : m.group(3);
                boolean prefix = (m.group(1) != null ? m.group(2) : m.group(4)) != null;
                if (prefix) prefixes.add(word);
                else literals.add(word);
            }
        }
        String config = configText(site);
        List<Problem> problems = new ArrayList<>();
        for (Language l : site.config().languages()) {
            String file = site.theme().sourceOf("i18n/" + l.code() + ".yaml");
            String themeText = site.theme().text("i18n/" + l.code() + ".yaml").orElse("");
            // strings of a theme the site's theme extends are that theme's: the site cannot remove them
            boolean ownFile = site.theme().layers().get(0).paths().contains("i18n/" + l.code() + ".yaml");
            for (Map.Entry<String, String> e : new TreeMap<>(strings.of(l.code())).entrySet()) {
                String key = e.getKey();
                if (literals.contains(key) || prefixes.stream().anyMatch(key::startsWith)) continue;
                if (!ownFile && !l.strings().containsKey(key)) continue;
                SourcePosition where = l.strings().containsKey(key)
                        ? line(config, "content/site.yaml", key)
                        : line(themeText, file, key);
                problems.add(Problem.warning(where, "check.string.unused", key, l.code()));
            }
        }
        return problems;
    }

    private static String configText(SiteModel site) {
        try {
            return Files.readString(site.config().root().resolve("content/site.yaml"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static SourcePosition line(String text, String file, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].stripLeading();
            if (l.startsWith(key + ":") || l.startsWith("\"" + key + "\":") || l.startsWith("'" + key + "':")) {
                return SourcePosition.of(file, i + 1, lines[i].length() - l.length() + 1);
            }
        }
        return SourcePosition.of(file);
    }
}
