package nl.bmo.site.cli;

import picocli.CommandLine;

/** The version from the jar's manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return lines();
    }

    /** The version lines, without picocli: {@code --version} alone is answered before the command line is set up. */
    static String[] lines() {
        String v = Main.class.getPackage().getImplementationVersion();
        // concat, not +: string concatenation by invokedynamic spins method handles at the first call (about 20 ms)
        return new String[] {
            "bmo-site ".concat(v == null ? "(development build)" : v),
            "Java ".concat(System.getProperty("java.version"))
        };
    }
}
