package nl.bmo.site.assembly;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.bmo.site.Problem;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.model.Page;
import nl.bmo.site.model.SitePath;

/** Checks a page's {@code aliases}: old URLs that redirect to it. They must be safe and must not collide. */
final class AliasPlanner {
    private AliasPlanner() {}

    /** The site path of an alias as written ({@code /eisen/1/} → {@code eisen/1/}); empty when it is unsafe. */
    static Optional<SitePath> normalise(String alias) {
        return SitePath.fromUrlPath(alias).filter(AliasPlanner::safe);
    }

    private static boolean safe(SitePath path) {
        String a = path.value();
        if (a.isEmpty() || a.contains("?") || a.contains("#") || a.contains("%")) return false;
        for (String part : a.split("/")) {
            if (!part.matches("[A-Za-z0-9._-]+")) return false;
        }
        return true;
    }

    /**
     * Reports unsafe aliases, aliases that are a page's URL, and aliases of two pages: at the alias as written in the
     * first file, naming the other file with its line.
     */
    static void check(List<Page> pages, List<Problem> problems) {
        Map<SitePath, Page> claimed = new HashMap<>();
        for (Page p : pages) claimed.put(p.path(), p);
        Map<SitePath, Page> aliases = new HashMap<>();
        List<Page> byFile = pages.stream()
                .sorted(Comparator.comparing(p -> p.source().path()))
                .toList();
        for (Page p : byFile) {
            for (String alias : p.meta().aliases()) {
                SourcePosition where = p.source().valuePosition("aliases", alias);
                SitePath path = normalise(alias).orElse(null);
                if (path == null) {
                    problems.add(Problem.error(where, "site.alias.invalid", alias));
                    continue;
                }
                Page page = claimed.get(path);
                if (page != null) {
                    problems.add(Problem.error(
                            where, "site.alias.isPageUrl", alias, Collisions.name(Collisions.origin(page, "slug"))));
                }
                Page first = aliases.putIfAbsent(path, p);
                if (first != null && first != p) {
                    SourcePosition firstWhere = first.source().valuePosition("aliases", aliasOf(first, path));
                    problems.add(Problem.error(
                            firstWhere,
                            "site.alias.twice",
                            alias,
                            Collisions.name(firstWhere),
                            Collisions.name(where)));
                }
            }
        }
    }

    /** The alias of {@code p}, as written, that names {@code path}. */
    private static String aliasOf(Page p, SitePath path) {
        return p.meta().aliases().stream()
                .filter(a -> normalise(a).filter(path::equals).isPresent())
                .findFirst()
                .orElse("");
    }
}
