/**
 * Translation status: which pages are missing in a language, up to date with the page they were translated from, or
 * behind it ({@code status}, {@code check}, the preview); and recording a reviewed translation ({@code translated}).
 * Uses only the model; older versions of a source come from {@link nl.bmo.site.translation.SourceHistory}.
 */
package nl.bmo.site.translation;
