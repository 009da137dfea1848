/**
 * {@code new}: starts a page in every configured language at once, with the same translationKey, the section's layout,
 * a slug per language, the front matter filled in (and commented where a value is still to be written) and the
 * translations recorded. Uses only the model.
 */
package nl.bmo.site.scaffold;
