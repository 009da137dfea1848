package nl.bmo.site.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.bmo.site.Problem;
import nl.bmo.site.TestSites;
import nl.bmo.site.pipeline.BuildOptions;
import nl.bmo.site.pipeline.Rebuild;
import nl.bmo.site.render.RenderOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark, not a test (skipped unless {@code -Dbench.corpus=DIR} is given): the time from saving one page to the
 * reload event, over 20 edits, on a corpus from {@code src/bench/GenCorpus.java} with the fixture's mini theme.
 *
 * <pre>
 * java src/bench/GenCorpus.java -n 1000 -o /tmp/corpus
 * mvn -q test -Dtest=ServeLatencyBenchmark -Dbench.corpus=/tmp/corpus -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * The figures go to {@code target/bench/serve-latency.txt}.
 */
@EnabledIfSystemProperty(named = "bench.corpus", matches = ".+")
class ServeLatencyBenchmark {
    private static final int WARM_UP = 5;
    private static final int EDITS = 20;

    @TempDir
    Path temp;

    @Test
    void saveToReloadLatency(TestReporter reporter) throws Exception {
        Path root = prepare(Path.of(System.getProperty("bench.corpus")));
        List<Rebuild> builds = new CopyOnWriteArrayList<>();
        // as ServeCommand runs it: what a build kept is read (here nothing, as after a clone)
        BuildOptions build = new BuildOptions(root, Optional.empty(), false, new RenderOptions(true, true))
                .withReadOnlyCache(root.resolve(BuildOptions.CACHE_DIR));
        long startBuild = System.nanoTime();
        try (Preview preview = Preview.start(
                        new PreviewOptions(build, InetAddress.getLoopbackAddress(), 0, PreviewOptions.DEFAULT_QUIET),
                        Clock.systemUTC(),
                        listener(builds));
                EventStream events = new EventStream(preview.address().resolve("__bmo/events"))) {
            double first = (System.nanoTime() - startBuild) / 1e6;
            events.next("hello", Duration.ofSeconds(30));
            // as a user would: open the page, read, then save; the preview rehearses edits meanwhile (JIT warm-up)
            long rehearsing = System.nanoTime();
            preview.rehearsed().get(60, TimeUnit.SECONDS);
            double rehearsal = (System.nanoTime() - rehearsing) / 1e6;
            List<Path> pages;
            try (Stream<Path> s = Files.list(root.resolve("content/nl"))) {
                pages = s.filter(p -> !p.getFileName().toString().startsWith("_"))
                        .sorted()
                        .toList();
            }
            List<Double> latencies = new ArrayList<>();
            List<Double> rebuilds = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            Map<String, List<Double>> stages = new LinkedHashMap<>();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long watchThread = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("serve-watch"))
                    .findFirst()
                    .orElseThrow()
                    .getId();
            for (int i = 0; i < WARM_UP + EDITS; i++) {
                Path page = pages.get((i * 37) % pages.size());
                String text = Files.readString(page) + "\nBewerking " + i + ".\n";
                long c0 = threads.getThreadCpuTime(watchThread);
                long t0 = System.nanoTime();
                Files.writeString(page, text);
                EventStream.Event e = events.next("reload", Duration.ofSeconds(30));
                assertThat(e.data()).contains("\"all\":false");
                if (i >= WARM_UP) {
                    latencies.add((e.at() - t0) / 1e6);
                    cpu.add((threads.getThreadCpuTime(watchThread) - c0) / 1e6);
                    rebuilds.add(builds.get(builds.size() - 1).result().time().toNanos() / 1e6);
                    builds.get(builds.size() - 1)
                            .result()
                            .stages()
                            .forEach((stage, d) -> stages.computeIfAbsent(stage, k -> new ArrayList<>())
                                    .add(d.toNanos() / 1e6));
                }
            }
            String report = report(root, first, rehearsal, latencies, rebuilds, cpu, builds.get(builds.size() - 1))
                    + "  median per stage: "
                    + stages.entrySet().stream()
                            .map(e ->
                                    e.getKey() + " " + String.format(Locale.ROOT, "%.1f", median(e.getValue())) + " ms")
                            .toList()
                    + "\n";
            Files.createDirectories(Path.of("target/bench"));
            Files.writeString(Path.of("target/bench/serve-latency.txt"), report);
            reporter.publishEntry("serve-latency", report);
        }
    }

    private static String report(
            Path root,
            double first,
            double rehearsal,
            List<Double> latencies,
            List<Double> rebuilds,
            List<Double> cpu,
            Rebuild last) {
        return String.format(
                Locale.ROOT,
                """
                corpus: %s, %d pages (%s), %d output files; %d CPUs
                first full build + start: %.0f ms; then the preview rehearsed %d edits in %.0f ms
                save → reload event over %d edits (after %d warm-up edits): median %.1f ms, min %.1f, p90 %.1f, max %.1f
                  of which the rebuild itself (Pipeline.update): median %.1f ms
                  CPU time of the rebuild thread per edit: median %.1f ms
                  load average: %.1f
                  all: %s
                """,
                root,
                last.result().site().pages().size(),
                last.result().pagesPerLanguage(),
                last.result().files().size(),
                Runtime.getRuntime().availableProcessors(),
                first,
                Preview.REHEARSALS,
                rehearsal,
                latencies.size(),
                WARM_UP,
                median(latencies),
                Collections.min(latencies),
                percentile(latencies, 0.9),
                Collections.max(latencies),
                median(rebuilds),
                median(cpu),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                latencies.stream()
                        .map(d -> String.format(Locale.ROOT, "%.1f", d))
                        .toList());
    }

    private static double median(List<Double> values) {
        return percentile(values, 0.5);
    }

    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = values.stream().sorted().toList();
        double index = p * (sorted.size() - 1);
        int lo = (int) Math.floor(index);
        int hi = (int) Math.ceil(index);
        return sorted.get(lo) + (sorted.get(hi) - sorted.get(lo)) * (index - lo);
    }

    /** A site from the corpus: its content, a site.yaml (Dutch at the root, English under /en/) and the mini theme. */
    private Path prepare(Path corpus) throws IOException {
        Path root = temp.resolve("site");
        Path content = root.resolve("content");
        for (String lang : List.of("nl", "en")) {
            Files.createDirectories(content.resolve(lang));
            try (Stream<Path> s = Files.list(corpus.resolve("content").resolve(lang))) {
                for (Path p : s.toList())
                    Files.copy(p, content.resolve(lang).resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(content.resolve("site.yaml"), """
                baseUrl: https://bench.example.org/
                theme: mini
                defaultLanguage: nl
                languages:
                  - code: nl
                    name: Nederlands
                    title: Benchmark
                  - code: en
                    name: English
                    title: Benchmark
                """);
        Path fixture = TestSites.fixture("serve-basic").resolve("themes");
        try (Stream<Path> walk = Files.walk(fixture)) {
            for (Path p : walk.toList()) {
                Path to = root.resolve("themes").resolve(fixture.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to);
            }
        }
        return root;
    }

    private static Preview.Listener listener(List<Rebuild> builds) {
        return new Preview.Listener() {
            @Override
            public void built(Rebuild rebuild) {
                builds.add(rebuild);
            }

            @Override
            public void failed(List<Problem> problems) {
                throw new AssertionError(problems);
            }

            @Override
            public void crashed(RuntimeException e) {
                throw new AssertionError(e);
            }
        };
    }
}
