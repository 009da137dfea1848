/**
 * Small rules that several stages share and that are not values: site paths and the relative links between them
 * ({@link SitePaths}), slugs ({@link Slugs}), which URL schemes are refused ({@link UrlSchemes}), how text is escaped
 * for HTML and XML ({@link Html}), and deep copies of YAML values ({@link DeepCopy}). JDK only: every package may use
 * it (the model too), and it uses none of them.
 */
package nl.bmo.site.internal;
