package nl.bmo.site.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run that {@code mvn package} makes to list the classes for the class data archive (a static CDS archive,
 * on JDK 17 and newer): runs {@code --help}, {@code --version}, a whole {@code build} of a site with an empty
 * share-image cache and a {@code check} in one JVM, so that the list holds every class these commands load, and the
 * lambda forms they spin. Not a command of the CLI.
 *
 * <p>Usage: {@code java -XX:DumpLoadedClassList=bmo-site.classlist -cp bmo-site.jar nl.bmo.site.cli.Training SITE
 * WORKDIR}, then {@code java -Xshare:dump -XX:SharedClassListFile=bmo-site.classlist -XX:SharedArchiveFile=bmo-site.jsa
 * -cp bmo-site.jar}.
 */
public final class Training {
    private Training() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: Training SITE WORKDIR");
            System.exit(2);
        }
        Path site = Path.of(args[0]);
        Path work = Path.of(args[1]);
        Files.createDirectories(work);
        Path cache = Files.createTempDirectory(work, "cache-");
        // what Main answers before picocli: the usage texts and the version
        UsageTexts.forArguments(new String[] {"--help"});
        UsageTexts.forArguments(new String[] {"build", "--help"});
        VersionProvider.lines();
        run("--help");
        run("--version");
        run("build", "--help");
        int built = run(
                "build", "-s", site.toString(), "-d", work.resolve("site").toString(), "--cache-dir", cache.toString());
        int checked = run("check", "-s", site.toString());
        System.out.println("Training run: build exit " + built + ", check exit " + checked);
        System.exit(built == ExitCodes.INTERNAL || checked == ExitCodes.INTERNAL ? 1 : 0);
    }

    private static int run(String... args) {
        StringWriter sink = new StringWriter();
        return Main.commandLine(new PrintWriter(sink), new PrintWriter(sink)).execute(args);
    }
}
