package nl.bmo.site.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.bmo.site.Message;
import nl.bmo.site.Problem;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.Suggestion;
import nl.bmo.site.model.Page;
import nl.bmo.site.model.RenderHooks;
import nl.bmo.site.model.SiteModel;
import nl.bmo.site.model.Theme;

/**
 * Templates of a site's theme that do nothing: in a theme that extends another, a template that replaces no template of
 * the theme it extends and that nothing uses (no page's layout, not {@code layouts/404.ftlh}, no render hook, not
 * included or imported by a template) is most likely a misspelt override, such as {@code partials/heade.ftlh}. A
 * warning at the file, suggesting the closest template of the theme it extends.
 */
final class TemplateUsage {
    /** A literal {@code <#include "…">} or {@code <#import "…" as x>} (also in square-bracket syntax). */
    private static final Pattern LOADS = Pattern.compile("[<\\[]#(?:include|import)\\s+[\"']([^\"']+)[\"']");

    private static final String TEMPLATES = "templates/";

    private TemplateUsage() {}

    static List<Problem> check(SiteModel site) {
        Theme theme = site.theme();
        if (theme.layers().size() < 2) return List.of();
        Set<String> inherited = new TreeSet<>();
        for (Theme.Layer l : theme.layers().subList(1, theme.layers().size())) {
            for (String p : l.paths()) if (isTemplate(p)) inherited.add(p);
        }
        Set<String> used = used(site);
        List<Problem> problems = new ArrayList<>();
        Theme.Layer own = theme.layers().get(0);
        Theme.Layer parent = theme.layers().get(1);
        for (String path : own.paths()) {
            if (!isTemplate(path) || inherited.contains(path) || used.contains(path)) continue;
            Message closest = Suggestion.closest(path, inherited)
                    .map(c -> Message.of("common.didYouMean", c))
                    .orElse(Message.of("common.nothing"));
            problems.add(Problem.warning(
                    SourcePosition.of(own.sourcePrefix() + path),
                    Message.of("check.template.unused", path, parent.name()),
                    Message.of("check.template.unused.hint", closest, own.sourcePrefix())));
        }
        return problems;
    }

    /** The templates the site uses: its pages' layouts, 404, the render hooks, and what templates load. */
    private static Set<String> used(SiteModel site) {
        Set<String> used = new HashSet<>();
        for (Page p : site.pages()) used.add(TEMPLATES + "layouts/" + p.layout() + ".ftlh");
        used.add(TEMPLATES + "layouts/404.ftlh");
        for (String hook : RenderHooks.NAMES) used.add(RenderHooks.template(hook));
        for (String path : site.theme().list(TEMPLATES)) {
            if (!isTemplate(path)) continue;
            Matcher m = LOADS.matcher(site.theme().text(path).orElse(""));
            while (m.find()) used.add(resolve(path, m.group(1)));
        }
        return used;
    }

    /** The theme path a template name loaded from {@code from} refers to, as FreeMarker resolves it. */
    static String resolve(String from, String name) {
        String base = name.startsWith("/") ? TEMPLATES : from.substring(0, from.lastIndexOf('/') + 1);
        List<String> parts =
                new ArrayList<>(List.of(base.substring(0, base.length() - 1).split("/")));
        for (String part : (name.startsWith("/") ? name.substring(1) : name).split("/")) {
            if (part.equals("..")) {
                if (parts.size() > 1) parts.remove(parts.size() - 1);
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    private static boolean isTemplate(String path) {
        return path.startsWith(TEMPLATES)
                && (path.endsWith(".ftlh") || path.endsWith(".ftl") || path.endsWith(".ftlx"));
    }
}
