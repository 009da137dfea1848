package nl.bmo.site.check;

/** Test access to the launch gate's package-private helpers. */
public final class ReleaseCheckAccess {
    private ReleaseCheckAccess() {}

    public static boolean isPlaceholder(String host) {
        return ReleaseCheck.isPlaceholder(host);
    }
}
