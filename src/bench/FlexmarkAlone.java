import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The floor flexmark sets: parses and renders every Markdown body of a corpus (front matter cut off) with flexmark
 * alone, on THREADS threads, with the extensions the bench corpus uses and none of the generator's code. Run it in a
 * fresh JVM with the launcher's flags and time the process, beside Hugo's whole build of the same corpus:
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * java src/bench/GenCorpus.java -n 1000 -o /tmp/corpus
 * javac -cp target/bmo-site.jar -d target/bench-classes src/bench/FlexmarkAlone.java
 * time java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms32m -cp target/bmo-site.jar:target/bench-classes \
 *     FlexmarkAlone /tmp/corpus/content 2
 * </pre>
 */
public final class FlexmarkAlone {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: FlexmarkAlone CONTENT_DIR THREADS");
            System.exit(2);
        }
        long start = System.nanoTime();
        List<String> bodies;
        try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
            bodies = s.filter(p -> p.toString().endsWith(".md")).map(FlexmarkAlone::body).toList();
        }
        MutableDataSet options = new MutableDataSet();
        options.set(
                Parser.EXTENSIONS,
                List.of(
                        TablesExtension.create(),
                        StrikethroughExtension.create(),
                        FootnoteExtension.create(),
                        TypographicExtension.create()));
        Parser parser = Parser.builder(options).build();
        HtmlRenderer renderer = HtmlRenderer.builder(options).build();
        int threads = Integer.parseInt(args[1]);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            parts.add(pool.submit(() -> {
                long chars = 0;
                for (int i = first; i < bodies.size(); i += threads)
                    chars += renderer.render(parser.parse(bodies.get(i))).length();
                return chars;
            }));
        }
        long chars = 0;
        for (Future<Long> part : parts) chars += part.get();
        pool.shutdown();
        System.out.printf(
                "%d bodies, %d characters of HTML, %.2f s in main%n",
                bodies.size(), chars, (System.nanoTime() - start) / 1e9);
    }

    private static String body(Path p) {
        try {
            String text = Files.readString(p);
            int end = text.startsWith("---") ? text.indexOf("\n---", 3) : -1;
            return end < 0 ? text : text.substring(end + 4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
