package nl.bmo.site.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.bmo.site.Problem;
import nl.bmo.site.pipeline.BuildResult;
import nl.bmo.site.pipeline.Rebuild;

/** All console text of the CLI, in one place. */
final class Console {
    /** Errors and warnings by file and line, then the notes (info), which only explain or point elsewhere. */
    private static final java.util.Comparator<Problem> PRINT_ORDER =
            java.util.Comparator.comparing(Problem::isInfo).thenComparing(java.util.Comparator.naturalOrder());

    private final PrintWriter out;
    private final PrintWriter err;

    Console(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    /** Prints problems compiler-style, sorted, with a count line. */
    void problems(List<Problem> problems) {
        problems.stream().sorted(PRINT_ORDER).forEach(p -> err.println(p.format()));
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.stream().filter(Problem::isWarning).count();
        if (errors > 0) err.println(count(errors, "error") + (warnings > 0 ? ", " + count(warnings, "warning") : ""));
        err.flush();
    }

    void warnings(List<Problem> warnings) {
        warnings.stream().sorted(PRINT_ORDER).forEach(p -> err.println(p.format()));
        err.flush();
    }

    /** {@code Built 24 pages (nl 12, en 12), 97 files in 0.41 s → target/site}. */
    void built(BuildResult r, int files, String destination) {
        out.println("Built " + summary(r) + ", " + files + " files in " + seconds(r) + " → " + destination);
        skipped(r);
        out.flush();
    }

    /** {@code --verbose}: where the build's time went. */
    void stages(BuildResult r) {
        out.println("Time per stage: " + r.stages().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().toMillis() + " ms").collect(Collectors.joining(", ")));
        out.flush();
    }

    String summary(BuildResult r) {
        int total = r.pagesPerLanguage().values().stream().mapToInt(Integer::intValue).sum();
        String per = r.pagesPerLanguage().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        return count(total, "page") + " (" + per + ")";
    }

    /** The drafts and future-dated pages left out, each by file and reason. */
    void skipped(BuildResult r) {
        if (r.skipped().isEmpty()) return;
        out.println("Left out " + count(r.skippedDrafts(), "draft") + " and " + count(r.skippedFuture(), "future-dated page")
                + " (build with --drafts to include them):");
        r.skipped().forEach(s -> out.println("  " + s.file() + ": " + s.explanation()));
    }

    /** GitHub Actions workflow commands: one annotation per problem ({@code ::error}, {@code ::warning}, {@code ::notice}). */
    void github(List<Problem> problems) {
        for (Problem p : problems.stream().sorted(PRINT_ORDER).toList()) {
            StringBuilder sb = new StringBuilder("::").append(switch (p.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            }).append(" file=").append(escapeProperty(p.where().file()));
            if (p.where().line() > 0) sb.append(",line=").append(p.where().line());
            if (p.where().column() > 0) sb.append(",col=").append(p.where().column());
            sb.append(",title=bmo-site::").append(escapeData(p.message() + (p.hint().isEmpty() ? "" : "\n" + p.hint())));
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
        String counts = count(errors, "error") + ", " + count(warnings, "warning") + (infos > 0 ? ", " + infos + " info" : "");
        (failed ? err : out).println((summary == null ? "Checked the site" : "Checked " + summary) + ": " + counts
                + (failed ? "" : ", ok") + ".");
        out.flush();
        err.flush();
    }

    /** After {@code check --release}: whether the site may go live. */
    void released(boolean ready) {
        if (ready) out.println("Ready for release.");
        else err.println("Not ready for release: fix every problem above, then run check --release again.");
        out.flush();
        err.flush();
    }

    /** After a build in {@code serve}: the whole summary for a full build, one line for an edit. */
    void rebuilt(Rebuild r) {
        BuildResult b = r.result();
        if (r.full()) {
            warnings(b.warnings());
            out.println("Built " + summary(b) + ", " + b.files().size() + " files in " + seconds(b));
            skipped(b);
        } else if (!r.isUnchanged()) {
            List<String> shown = r.changed().stream().limit(3).toList();
            String more = r.changed().size() > shown.size() ? " and " + (r.changed().size() - shown.size()) + " more" : "";
            out.println("Rebuilt " + String.join(", ", shown) + more + " in " + millis(b));
        }
        out.flush();
    }

    void serveProblems(List<Problem> problems) {
        problems(problems);
        err.println("The browser shows these problems until the next good save.");
        err.flush();
    }

    void serveCrashed(RuntimeException e) {
        err.println("internal error: " + e);
        e.printStackTrace(err);
        err.println("This is a bug in bmo-site. Please report it with the text above. The preview keeps running.");
        err.flush();
    }

    void serving(java.net.URI address, boolean network) {
        out.println("Serving the site at " + address + " (press Ctrl-C to stop)");
        if (network) out.println("Note: --bind makes the preview visible to other computers on this network.");
        out.flush();
    }

    void portBusy(String bind, int port, String reason) {
        err.println("cannot listen on " + bind + ":" + port + ": " + reason);
        err.println("  → Another program (perhaps another preview) uses this port. Stop it, or choose another with --port N"
                + " (--port 0 picks a free one).");
        err.flush();
    }

    void cannotOpenBrowser() {
        out.println("Cannot open a browser from here; open the address above yourself.");
        out.flush();
    }

    void stopped() {
        out.println("Stopped the preview.");
        out.flush();
    }

    static String millis(BuildResult r) {
        return r.time().toMillis() + " ms";
    }

    static String seconds(BuildResult r) {
        return String.format(Locale.ROOT, "%.2f s", r.time().toNanos() / 1e9);
    }

    static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
