package nl.bmo.site.i18n;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.bmo.site.Problem;
import nl.bmo.site.SiteException;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.model.Language;
import nl.bmo.site.model.SiteConfig;
import nl.bmo.site.model.Theme;
import nl.bmo.site.model.UiStrings;
import nl.bmo.site.yaml.YamlReader;

/**
 * Loads {@code themes/<theme>/i18n/<lang>.yaml} for every configured language and lays the site's own {@code strings:}
 * (per language in {@code site.yaml}) over it. A language with no strings at all is an error.
 */
public final class MessagesLoader {
    private final YamlReader yaml;

    public MessagesLoader(YamlReader yaml) {
        this.yaml = yaml;
    }

    public UiStrings load(SiteConfig config, Theme theme) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Map<String, String>> all = new HashMap<>();
        for (Language l : config.languages()) {
            String path = "i18n/" + l.code() + ".yaml";
            Map<String, String> strings = new TreeMap<>();
            var bytes = theme.file(path);
            if (bytes.isPresent()) {
                try {
                    strings.putAll(
                            yaml.readStrings(new String(bytes.get(), StandardCharsets.UTF_8), theme.sourceOf(path)));
                } catch (SiteException e) {
                    problems.addAll(e.problems());
                }
            } else if (l.strings().isEmpty()) {
                problems.add(Problem.error(
                        SourcePosition.of(theme.sourceOf(path)),
                        "strings.language.missing",
                        l.code(),
                        theme.sourceOf(path)));
            }
            strings.putAll(l.strings());
            all.put(l.code(), strings);
        }
        SiteException.throwIfErrors(problems);
        return new UiStrings(all);
    }
}
