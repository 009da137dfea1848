/** Reads the theme's interface strings, {@code i18n/<lang>.yaml}, and merges the site's overrides. */
package nl.bmo.site.i18n;
