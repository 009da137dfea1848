package nl.bmo.site.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.bmo.site.Problem;
import nl.bmo.site.model.Page;
import nl.bmo.site.model.SitePaths;

/** Checks a page's {@code aliases}: old URLs that redirect to it. They must be safe and must not collide. */
final class AliasPlanner {
    private AliasPlanner() {}

    /** The site path of an alias as written ({@code /eisen/1/} → {@code eisen/1/}), or null when it is unsafe. */
    static String normalise(String alias) {
        String a = SitePaths.fromUrlPath(alias);
        if (a.isEmpty() || a.contains("\\") || a.contains("//") || a.contains("?") || a.contains("#") || a.contains("%"))
            return null;
        for (String part : a.split("/")) {
            if (part.equals("..") || part.equals(".") || !part.matches("[A-Za-z0-9._-]+")) return null;
        }
        return a;
    }

    static void check(List<Page> pages, List<Problem> problems) {
        Map<String, Page> claimed = new HashMap<>();
        for (Page p : pages) claimed.put(p.path(), p);
        Map<String, Page> aliases = new HashMap<>();
        for (Page p : pages) {
            for (String alias : p.meta().aliases()) {
                String path = normalise(alias);
                if (path == null) {
                    problems.add(Problem.error(p.source().fieldPosition("aliases"), "unsafe or invalid alias \"" + alias + "\"",
                            "An alias is a path from the site root such as /eisen/1/: letters, digits, '-', '_' and '.', no '..'."));
                    continue;
                }
                Page page = claimed.get(path);
                if (page != null) {
                    problems.add(Problem.error(p.source().fieldPosition("aliases"),
                            "alias \"" + alias + "\" is the URL of " + page.source().path(),
                            "Remove the alias; a page's own URL cannot also redirect."));
                }
                Page other = aliases.putIfAbsent(path, p);
                if (other != null && other != p) {
                    problems.add(Problem.error(p.source().fieldPosition("aliases"),
                            "alias \"" + alias + "\" is also an alias of " + other.source().path(),
                            "An old URL can redirect to one page only; remove one of the two aliases."));
                }
            }
        }
    }
}
