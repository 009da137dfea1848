package nl.bmo.site.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nl.bmo.site.model.OutputFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The built files, with every HTML file parsed once (jsoup) and the ids of each page. */
final class HtmlIndex {
    private final Map<String, OutputFile> files = new HashMap<>();
    private final Map<String, Document> documents;
    private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();

    HtmlIndex(List<OutputFile> outputs) {
        outputs.forEach(f -> files.put(f.path(), f));
        documents = outputs.parallelStream()
                .filter(f -> f.path().endsWith(".html"))
                .collect(Collectors.toConcurrentMap(OutputFile::path, f -> Jsoup.parse(f.text(), "")));
    }

    Map<String, Document> documents() {
        return documents;
    }

    /** The output file a site path names: the file itself, or the folder's index.html. */
    Optional<String> resolve(String sitePath) {
        if (files.containsKey(sitePath)) return Optional.of(sitePath);
        String index = (sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath : sitePath + "/") + "index.html";
        return files.containsKey(index) ? Optional.of(index) : Optional.empty();
    }

    /** The ids of a page, collected once per page. */
    Set<String> ids(String outputFile) {
        Document d = documents.get(outputFile);
        if (d == null) return Set.of();
        return ids.computeIfAbsent(outputFile, f -> Set.copyOf(d.select("[id]").eachAttr("id")));
    }

    boolean isRedirect(String outputFile) {
        Document d = documents.get(outputFile);
        return d != null && !d.select("meta[http-equiv=refresh]").isEmpty();
    }
}
