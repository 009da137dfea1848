package nl.bmo.site.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.bmo.site.internal.DeepCopy;

/**
 * The site's configuration, from {@code content/site.yaml}.
 *
 * @param root the site root: the folder that holds {@code content/} and optionally {@code themes/}
 * @param languages the languages in their configured order
 * @param defaultLanguage the code of the default language (the {@code x-default})
 * @param defaultLanguageInSubdir false when the default language lives at the site root
 * @param baseUrl the absolute URL the site is published at, ending in {@code /}
 * @param theme the theme's name
 * @param menu translation keys of the pages in the main menu, in order
 * @param params free-form values for templates ({@code site.params})
 * @param editUrl the address that a page's source path is appended to for an "edit this page" link
 *     ({@code https://github.com/<org>/<repo>/edit/main/}), or {@code ""} for no such link
 * @param translationNotice whether a translation that is behind its original says so to readers
 * @param releaseRequired dotted paths under {@code params} ({@code press.email}) that the launch gate ({@code check
 *     --release}) requires to be filled in
 */
public record SiteConfig(
        Path root,
        List<Language> languages,
        String defaultLanguage,
        boolean defaultLanguageInSubdir,
        String baseUrl,
        String theme,
        List<String> menu,
        Map<String, Object> params,
        String editUrl,
        boolean translationNotice,
        List<String> releaseRequired) {

    public SiteConfig {
        Objects.requireNonNull(root, "root");
        languages = List.copyOf(languages);
        if (languages.isEmpty()) throw new IllegalArgumentException("no languages");
        Objects.requireNonNull(defaultLanguage, "defaultLanguage");
        if (languages.stream().noneMatch(l -> l.code().equals(defaultLanguage)))
            throw new IllegalArgumentException("default language not among the languages: " + defaultLanguage);
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!baseUrl.endsWith("/")) baseUrl = baseUrl + "/";
        theme = Objects.requireNonNullElse(theme, "bmo");
        menu = List.copyOf(Objects.requireNonNullElse(menu, List.of()));
        params = DeepCopy.of(Objects.requireNonNullElse(params, Map.of()));
        editUrl = Objects.requireNonNullElse(editUrl, "");
        if (!editUrl.isEmpty() && !editUrl.endsWith("/")) editUrl = editUrl + "/";
        releaseRequired = List.copyOf(Objects.requireNonNullElse(releaseRequired, List.of()));
    }

    /** A configuration without an edit link, translation notice or launch requirements. */
    public SiteConfig(
            Path root,
            List<Language> languages,
            String defaultLanguage,
            boolean defaultLanguageInSubdir,
            String baseUrl,
            String theme,
            List<String> menu,
            Map<String, Object> params) {
        this(
                root,
                languages,
                defaultLanguage,
                defaultLanguageInSubdir,
                baseUrl,
                theme,
                menu,
                params,
                "",
                false,
                List.of());
    }

    /** The value of a dotted path under {@code params} ({@code press.email}), when it is set. */
    public Optional<Object> param(String dottedPath) {
        Object v = params;
        for (String part : dottedPath.split("\\.")) {
            if (!(v instanceof Map<?, ?> m)) return Optional.empty();
            v = m.get(part);
        }
        return Optional.ofNullable(v);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(
                root,
                languages,
                defaultLanguage,
                defaultLanguageInSubdir,
                url,
                theme,
                menu,
                params,
                editUrl,
                translationNotice,
                releaseRequired);
    }

    public Optional<Language> language(String code) {
        return languages.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    public Language defaultLang() {
        return language(defaultLanguage).orElseThrow();
    }

    /** The URL prefix of a language's pages: {@code ""} for a default language at the root, else {@code "en/"}. */
    public String prefix(String lang) {
        return lang.equals(defaultLanguage) && !defaultLanguageInSubdir ? "" : lang + "/";
    }

    /** The absolute URL of a site path such as {@code en/demands/} (no leading slash). */
    public String absolute(SitePath sitePath) {
        return baseUrl + sitePath.value();
    }

    /** The path part of the base URL, such as {@code /} or {@code /campaign/}. */
    public String basePath() {
        int scheme = baseUrl.indexOf("://");
        int slash = scheme < 0 ? baseUrl.indexOf('/') : baseUrl.indexOf('/', scheme + 3);
        return slash < 0 ? "/" : baseUrl.substring(slash);
    }
}
