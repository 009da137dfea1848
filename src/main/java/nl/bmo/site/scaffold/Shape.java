package nl.bmo.site.scaffold;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.bmo.site.model.ContentFile;
import nl.bmo.site.model.Translation;

/**
 * What the pages of a section have in common, and the front matter of a new page in it: the most used layout, a date
 * when the section's pages are dated, the next weight when they are weighted, and the {@code extra} fields they set.
 */
record Shape(String layout, Optional<LocalDate> date, Optional<Integer> weight, List<String> extraKeys) {

    /** The texts of one language's file. */
    record Texts(
            String title, boolean titleToWrite, String key, Optional<Translation> translation, String bodyComment) {}

    static Shape of(List<ContentFile> siblings, LocalDate today) {
        Map<String, Long> layouts = new TreeMap<>();
        siblings.forEach(f -> layouts.merge(f.meta().layout().orElse("page"), 1L, Long::sum));
        String layout = layouts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse("page");
        boolean dated = siblings.stream().anyMatch(f -> f.meta().date().isPresent());
        Optional<Integer> weight = siblings.stream()
                .flatMap(f -> f.meta().weight().stream())
                .max(Integer::compare)
                .map(w -> w + 1);
        TreeSet<String> extra = new TreeSet<>();
        siblings.forEach(f -> extra.addAll(f.meta().extra().keySet()));
        return new Shape(layout, dated ? Optional.of(today) : Optional.empty(), weight, List.copyOf(extra));
    }

    /** The whole file: front matter, then a comment where the text goes. */
    String text(Texts t) {
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("title: ").append(quote(t.title()));
        if (t.titleToWrite())
            sb.append("  # ").append(t.translation().isPresent() ? "translate this title" : "write the title");
        sb.append('\n');
        sb.append("translationKey: ").append(quote(t.key())).append('\n');
        sb.append("layout: ").append(layout).append('\n');
        date.ifPresent(d -> sb.append("date: ").append(d).append('\n'));
        weight.ifPresent(w -> sb.append("weight: ").append(w).append("  # order in lists: lower comes first\n"));
        sb.append("summary: \"\"  # ")
                .append(
                        t.translation().isPresent()
                                ? "translate the summary"
                                : "one sentence of at most 160 characters for search engines and share previews")
                .append('\n');
        if (!extraKeys.isEmpty()) {
            sb.append("# Other pages of this section also set these; fill them in and remove the #, or delete the "
                    + "lines:\n# extra:\n");
            extraKeys.forEach(k -> sb.append("#   ").append(k).append(":\n"));
        }
        sb.append("# draft: true  # remove the # to keep the page off the site until it is ready\n");
        t.translation().ifPresent(tr -> sb.append(tr.yamlLine()).append('\n'));
        sb.append("---\n\n<!-- ").append(t.bodyComment().replace("--", "- -")).append(" -->\n");
        return sb.toString();
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20) sb.append(' ');
            else sb.append(c);
        }
        return sb.append('"').toString();
    }
}
