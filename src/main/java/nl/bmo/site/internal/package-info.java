/**
 * Small rules that several stages share and that are not values: which URL schemes are refused ({@link UrlSchemes}),
 * how text is escaped for HTML and XML ({@link Html}). JDK only; every package may use it, it uses none of them.
 */
package nl.bmo.site.internal;
