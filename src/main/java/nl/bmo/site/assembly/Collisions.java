package nl.bmo.site.assembly;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.bmo.site.Problem;
import nl.bmo.site.SourcePosition;
import nl.bmo.site.model.Page;

/**
 * Finds pages that claim the same URL or the same translation key. Each collision is reported at the line that makes it
 * in the first file (its {@code slug:} or {@code translationKey:}) and names the other file with its line, such as
 * {@code content/nl/a.md:3 and content/nl/b.md:3}; a URL or key that comes from the file's name or path has no line, so
 * the file alone is named.
 */
final class Collisions {
    private Collisions() {}

    static void checkUrls(List<Page> pages, List<Problem> problems) {
        for (List<Page> same : groups(pages, p -> p.path().value())) {
            List<Page> sorted = sorted(same, "slug");
            Page first = sorted.get(0);
            for (Page other : sorted.subList(1, sorted.size())) {
                problems.add(Problem.error(
                        origin(first, "slug"),
                        "site.url.twice",
                        first.path().urlPath(),
                        name(origin(first, "slug")),
                        name(origin(other, "slug"))));
            }
        }
    }

    static void checkTranslationKeys(List<Page> pages, List<Problem> problems) {
        for (List<Page> same : groups(pages, p -> p.lang() + "\0" + p.translationKey())) {
            List<Page> sorted = sorted(same, "translationKey");
            Page first = sorted.get(0);
            for (Page other : sorted.subList(1, sorted.size())) {
                problems.add(Problem.error(
                        origin(first, "translationKey"),
                        "site.translationKey.twice",
                        first.translationKey(),
                        name(origin(first, "translationKey")),
                        name(origin(other, "translationKey"))));
            }
        }
    }

    /**
     * Where a page sets {@code field}: its line; or, when the page does not write it (the URL comes from the file name,
     * the key from the path), the file without a line.
     */
    static SourcePosition origin(Page p, String field) {
        boolean written = field.equals("slug")
                ? p.meta().slug().isPresent()
                : p.meta().translationKey().isPresent();
        return written
                ? p.source().fieldPosition(field)
                : SourcePosition.of(p.source().path().value());
    }

    /** {@code content/nl/a.md:3}: a file and line, as the other side of a collision is named. */
    static String name(SourcePosition where) {
        return where.line() == 0 ? where.file() : where.file() + ":" + where.line();
    }

    /** The pages that share a key, for every key that more than one page has, in the pages' order. */
    private static List<List<Page>> groups(List<Page> pages, Function<Page, String> key) {
        Map<String, List<Page>> byKey = new LinkedHashMap<>();
        for (Page p : pages)
            byKey.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(p);
        return byKey.values().stream().filter(g -> g.size() > 1).toList();
    }

    /** The pages that write {@code field} first (the line to report at), then by file. */
    private static List<Page> sorted(List<Page> same, String field) {
        return same.stream()
                .sorted(Comparator.comparing((Page p) -> origin(p, field).line() == 0)
                        .thenComparing(p -> p.source().path()))
                .toList();
    }
}
