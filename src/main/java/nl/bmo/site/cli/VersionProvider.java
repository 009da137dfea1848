package nl.bmo.site.cli;

import picocli.CommandLine;

/** The version from the jar's manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"bmo-site " + (v == null ? "(development build)" : v), "Java " + System.getProperty("java.version")};
    }
}
