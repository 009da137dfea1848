package nl.bmo.site.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nl.bmo.site.model.OutputFile;
import nl.bmo.site.model.OutputPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The built files, with every HTML file parsed once (jsoup) and the ids of each page. */
final class HtmlIndex {
    private final Map<OutputPath, OutputFile> files = new HashMap<>();
    private final Map<OutputPath, Document> documents;
    private final Map<OutputPath, Set<String>> ids = new ConcurrentHashMap<>();

    HtmlIndex(List<OutputFile> outputs) {
        outputs.forEach(f -> files.put(f.path(), f));
        documents = outputs.parallelStream()
                .filter(f -> f.path().endsWith(".html"))
                .collect(Collectors.toConcurrentMap(OutputFile::path, f -> Jsoup.parse(f.text(), "")));
    }

    Map<OutputPath, Document> documents() {
        return documents;
    }

    /** The output file a site path names: the file itself, or the folder's index.html. */
    Optional<OutputPath> resolve(String sitePath) {
        if (!sitePath.isEmpty() && !sitePath.endsWith("/")) {
            OutputPath file = OutputPath.of(sitePath);
            if (files.containsKey(file)) return Optional.of(file);
        }
        OutputPath index = OutputPath.of(
                (sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath : sitePath + "/") + "index.html");
        return files.containsKey(index) ? Optional.of(index) : Optional.empty();
    }

    /** The ids of a page, collected once per page. */
    Set<String> ids(OutputPath outputFile) {
        Document d = documents.get(outputFile);
        if (d == null) return Set.of();
        return ids.computeIfAbsent(outputFile, f -> Set.copyOf(d.select("[id]").eachAttr("id")));
    }

    boolean isRedirect(OutputPath outputFile) {
        Document d = documents.get(outputFile);
        return d != null && !d.select("meta[http-equiv=refresh]").isEmpty();
    }
}
