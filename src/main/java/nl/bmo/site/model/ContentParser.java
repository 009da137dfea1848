package nl.bmo.site.model;

/**
 * Parses the bytes of a content file (as it is, or as it was in an older version) the way the build does. Throws
 * {@code SiteException} when the bytes are not a valid page.
 */
@FunctionalInterface
public interface ContentParser {
    /** @param path the file's path relative to the site root: {@code content/nl/brief.md} */
    ContentFile parse(String path, byte[] bytes);
}
