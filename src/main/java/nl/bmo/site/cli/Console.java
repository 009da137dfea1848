package nl.bmo.site.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.bmo.site.Messages;
import nl.bmo.site.Problem;
import nl.bmo.site.model.OutputPath;
import nl.bmo.site.model.SkippedPage;
import nl.bmo.site.pipeline.BuildResult;
import nl.bmo.site.pipeline.BuildStamp;
import nl.bmo.site.pipeline.Rebuild;

/** All console text of the CLI, in one place, in the staff's language ({@code cli.*} in the message bundles). */
final class Console {
    /** Errors and warnings by file and line, then the notes (info), which only explain or point elsewhere. */
    private static final Comparator<Problem> PRINT_ORDER =
            Comparator.comparing(Problem::isInfo).thenComparing(Comparator.naturalOrder());

    private final PrintWriter out;
    private final PrintWriter err;
    private final Messages messages;

    Console(PrintWriter out, PrintWriter err, Messages messages) {
        this.out = out;
        this.err = err;
        this.messages = messages;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    Messages messages() {
        return messages;
    }

    /** Prints problems compiler-style, sorted, with a count line. */
    void problems(List<Problem> problems) {
        problems.stream().sorted(PRINT_ORDER).forEach(p -> err.println(messages.format(p)));
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.stream().filter(Problem::isWarning).count();
        if (errors > 0) {
            err.println(
                    warnings > 0
                            ? messages.text(
                                    "cli.count.both",
                                    count(errors, "common.count.error"),
                                    count(warnings, "common.count.warning"))
                            : count(errors, "common.count.error"));
        }
        err.flush();
    }

    void warnings(List<Problem> warnings) {
        warnings.stream().sorted(PRINT_ORDER).forEach(p -> err.println(messages.format(p)));
        err.flush();
    }

    /** {@code Built 24 pages (nl 12, en 12), 97 files in 0.41 s → target/site}. */
    void built(BuildResult r, int files, String destination) {
        out.println(messages.text("cli.built", summary(r), files, seconds(r), destination));
        skipped(r);
        out.flush();
    }

    /**
     * {@code Nothing changed since the last build: 24 pages (nl 12, en 12), 97 files in target/site are up to date
     * (0.05 s)}: a build skipped because its output is up to date.
     */
    void upToDate(BuildStamp.Summary s, Duration time, String destination) {
        out.println(messages.text(
                "cli.upToDate",
                summary(s.pagesPerLanguage()),
                s.files(),
                destination,
                String.format(Locale.ROOT, "%.2f s", time.toNanos() / 1e9)));
        out.flush();
    }

    /** {@code --verbose}: where the build's time went. */
    void stages(BuildResult r) {
        out.println(messages.text(
                "cli.stages",
                r.stages().entrySet().stream()
                        .map(e -> messages.text(
                                "cli.stage", e.getKey(), e.getValue().toMillis()))
                        .collect(Collectors.joining(", "))));
        out.flush();
    }

    /** {@code 24 pages (nl 12, en 12)}. */
    String summary(BuildResult r) {
        return summary(r.pagesPerLanguage());
    }

    private String summary(Map<String, Integer> pagesPerLanguage) {
        int total =
                pagesPerLanguage.values().stream().mapToInt(Integer::intValue).sum();
        String per = pagesPerLanguage.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return messages.text("cli.pages", count(total, "common.count.page"), per);
    }

    /** The drafts and future-dated pages left out, each by file and reason. */
    void skipped(BuildResult r) {
        if (r.skipped().isEmpty()) return;
        out.println(messages.text(
                "cli.skipped",
                count(r.skippedDrafts(), "common.count.draft"),
                count(r.skippedFuture(), "common.count.future")));
        r.skipped()
                .forEach(s -> out.println("  " + s.file() + ": "
                        + (s.reason() == SkippedPage.Reason.DRAFT
                                ? messages.text("cli.skipped.draft")
                                : messages.text(
                                        "cli.skipped.future",
                                        s.date().map(Object::toString).orElse("?")))));
    }

    /**
     * GitHub Actions workflow commands: one annotation per problem ({@code ::error}, {@code ::warning},
     * {@code ::notice}).
     */
    void github(List<Problem> problems) {
        for (Problem p : problems.stream().sorted(PRINT_ORDER).toList()) {
            StringBuilder sb = new StringBuilder("::")
                    .append(
                            switch (p.severity()) {
                                case ERROR -> "error";
                                case WARNING -> "warning";
                                case INFO -> "notice";
                            })
                    .append(" file=")
                    .append(escapeProperty(p.where().file()));
            if (p.where().line() > 0) sb.append(",line=").append(p.where().line());
            if (p.where().column() > 0) sb.append(",col=").append(p.where().column());
            String hint = messages.hint(p);
            String text = messages.format(p.message()) + (hint.isEmpty() ? "" : "\n" + hint);
            sb.append(",title=bmo-site::").append(escapeData(text));
            out.println(sb);
        }
        out.flush();
    }

    private static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }

    /** The last line of {@code check}; infos are counted only when there are some, and never fail. */
    void checked(String summary, long errors, long warnings, long infos, boolean failed) {
        String e = count(errors, "common.count.error");
        String w = count(warnings, "common.count.warning");
        String counts = infos > 0
                ? messages.text("cli.checked.countsWithInfo", e, w, count(infos, "common.count.info"))
                : messages.text("cli.checked.counts", e, w);
        String what = summary == null ? messages.text("cli.checked.site") : summary;
        (failed ? err : out).println(messages.text(failed ? "cli.checked.failed" : "cli.checked.ok", what, counts));
        out.flush();
        err.flush();
    }

    /** After {@code check --release}: whether the site may go live. */
    void released(boolean ready) {
        if (ready) out.println(messages.text("cli.release.ready"));
        else err.println(messages.text("cli.release.notReady"));
        out.flush();
        err.flush();
    }

    /** After {@code build --update-published}. */
    void publishedWritten(int urls, String file) {
        out.println(messages.text("cli.published.written", urls, file));
        out.flush();
    }

    /** After {@code new}: the files written, and what to do next. */
    void created(List<String> files) {
        out.println(messages.text("cli.new.wrote"));
        files.forEach(f -> out.println("  " + f));
        out.println(messages.text(files.size() > 2 ? "cli.new.next.many" : "cli.new.next", files.get(0)));
        out.flush();
    }

    /** After {@code translated}: one line per file. */
    void recorded(String file, boolean changed, String source, String hash) {
        out.println(messages.text(changed ? "cli.translated.recorded" : "cli.translated.already", file, source, hash));
    }

    /** After a build in {@code serve}: the whole summary for a full build, one line for an edit. */
    void rebuilt(Rebuild r) {
        BuildResult b = r.result();
        if (r.full()) {
            warnings(b.warnings());
            out.println(
                    messages.text("cli.serve.built", summary(b), b.filesByPath().size(), seconds(b)));
            skipped(b);
        } else if (!r.isUnchanged()) {
            List<String> shown =
                    r.changed().stream().limit(3).map(OutputPath::value).toList();
            int more = r.changed().size() - shown.size();
            out.println(
                    more > 0
                            ? messages.text("cli.serve.rebuiltMore", String.join(", ", shown), more, millis(b))
                            : messages.text("cli.serve.rebuilt", String.join(", ", shown), millis(b)));
        }
        out.flush();
    }

    void serveProblems(List<Problem> problems) {
        problems(problems);
        err.println(messages.text("cli.serve.problemsShown"));
        err.flush();
    }

    void serveCrashed(RuntimeException e) {
        err.println(messages.text("cli.internalError", e));
        e.printStackTrace(err);
        err.println(messages.text("cli.serve.bug"));
        err.flush();
    }

    /** An internal error of a command (exit code 3). */
    void crashed(Exception e) {
        err.println(messages.text("cli.internalError", e));
        e.printStackTrace(err);
        err.println(messages.text("cli.bug"));
        err.flush();
    }

    void serving(URI address, boolean network, URI translations) {
        out.println(messages.text("cli.serve.serving", address));
        if (network) out.println(messages.text("cli.serve.network"));
        out.println(messages.text("cli.serve.translations", translations));
        out.flush();
    }

    void portBusy(String bind, int port, String reason) {
        err.println(messages.text("cli.serve.portBusy", bind + ":" + port, reason));
        err.println("  → " + messages.text("cli.serve.portBusy.hint"));
        err.flush();
    }

    /** {@code check --strict}: the option is gone, as {@code check} alone now fails on warnings. */
    void strictGone() {
        err.println(messages.text("cli.check.strictGone"));
        err.println("  → " + messages.text("cli.check.strictGone.hint"));
        err.flush();
    }

    void cannotOpenBrowser() {
        out.println(messages.text("cli.serve.noBrowser"));
        out.flush();
    }

    void stopped() {
        out.println(messages.text("cli.serve.stopped"));
        out.flush();
    }

    static String millis(BuildResult r) {
        return r.time().toMillis() + " ms";
    }

    static String seconds(BuildResult r) {
        return String.format(Locale.ROOT, "%.2f s", r.time().toNanos() / 1e9);
    }

    /** {@code 1 error}, {@code 2 errors}: the message {@code key.one} or {@code key.other}. */
    private String count(long n, String key) {
        return messages.count(key, n);
    }
}
