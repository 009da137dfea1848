package nl.bmo.site.cli;

/** The exit codes, in one place. */
final class ExitCodes {
    static final int OK = 0;
    static final int PROBLEMS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    private ExitCodes() {}
}
