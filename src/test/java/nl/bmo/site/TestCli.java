package nl.bmo.site;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import nl.bmo.site.cli.Main;

/** Runs the command line in-process, as tests need it: exit code and what it printed. */
public final class TestCli {
    private TestCli() {}

    /** What one run printed, and its exit code. */
    public record Run(int exit, String out, String err) {}

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** {@code build -s site -d out}. */
    public static Run build(Path site, Path out) {
        return run("build", "-s", site.toString(), "-d", out.toString());
    }
}
