package nl.bmo.site.check;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.bmo.site.Problem;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.model.SiteConfig;

/**
 * The launch gate ({@code check --release}): what keeps a site that builds from going live. A base URL on a placeholder
 * host, a value that {@code release.required} in {@code content/site.yaml} asks for and that is still empty (the press
 * contact), drafts that the build would publish, and a site without its list of published URLs. Missing translations
 * and every other warning fail the gate too, as they fail every {@code check}.
 */
public final class ReleaseCheck {
    private static final String CONFIG = "content/site.yaml";
    /** Hosts that can never be the real address (RFC 2606, RFC 6761). */
    private static final List<String> PLACEHOLDER_TLDS = List.of(".example", ".test", ".invalid", ".localhost");

    private static final List<String> PLACEHOLDER_HOSTS =
            List.of("localhost", "example.com", "example.net", "example.org");

    /**
     * @param baseUrlGiven whether the base URL came from {@code --base-url} rather than {@code site.yaml}
     * @param drafts whether the build includes drafts and future-dated pages ({@code --drafts})
     */
    public List<Problem> check(SiteConfig config, boolean baseUrlGiven, boolean drafts) {
        List<Problem> problems = new ArrayList<>();
        String text = configText(config.root());
        String host = host(config.baseUrl());
        if (isPlaceholder(host)) {
            problems.add(Problem.error(
                    baseUrlGiven ? SourcePosition.of("--base-url") : position(text, "baseUrl"),
                    "release.baseUrl.placeholder",
                    config.baseUrl(),
                    host));
        }
        for (String path : config.releaseRequired()) {
            Object value = config.param(path).orElse(null);
            if (value == null || String.valueOf(value).isBlank()) {
                problems.add(Problem.error(position(text, "params." + path), "release.param.empty", "params." + path));
            }
        }
        if (!Files.isRegularFile(config.root().resolve(PublishedUrls.FILE))) {
            problems.add(Problem.error(
                    SourcePosition.of(PublishedUrls.FILE), "release.published.missing", PublishedUrls.FILE));
        }
        if (drafts) {
            problems.add(Problem.error(SourcePosition.of("--drafts"), "release.drafts"));
        }
        return problems;
    }

    static boolean isPlaceholder(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) h = h.substring(0, h.length() - 1);
        if (PLACEHOLDER_HOSTS.contains(h) || h.equals("127.0.0.1") || h.equals("[::1]")) return true;
        for (String tld : PLACEHOLDER_TLDS) if (h.endsWith(tld) || h.equals(tld.substring(1))) return true;
        for (String domain : PLACEHOLDER_HOSTS) if (h.endsWith("." + domain)) return true;
        return false;
    }

    private static String host(String url) {
        try {
            String h = URI.create(url).getHost();
            return h == null ? "" : h;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String configText(Path root) {
        try {
            return Files.readString(root.resolve(CONFIG), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * The line of a dotted key path ({@code params.press.email}) in the configuration: each key is looked for below the
     * previous one, at a deeper indent. The deepest key found gives the line; none found gives the file.
     */
    static SourcePosition position(String text, String dottedPath) {
        String[] lines = text.split("\n", -1);
        SourcePosition found = SourcePosition.of(CONFIG);
        int from = 0;
        int parentIndent = -1;
        for (String key : dottedPath.split("\\.")) {
            int at = -1;
            for (int i = from; i < lines.length; i++) {
                String l = lines[i].stripLeading();
                if (l.isEmpty() || l.startsWith("#")) continue;
                int indent = lines[i].length() - l.length();
                if (indent <= parentIndent) break;
                if (l.startsWith(key + ":") || l.startsWith("\"" + key + "\":")) {
                    at = i;
                    parentIndent = indent;
                    break;
                }
            }
            if (at < 0) return found;
            found = SourcePosition.of(CONFIG, at + 1, parentIndent + 1);
            from = at + 1;
        }
        return found;
    }
}
