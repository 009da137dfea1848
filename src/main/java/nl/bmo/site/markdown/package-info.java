/** Stage 5: renders a page's Markdown to HTML with flexmark, resolving links between source files. */
package nl.bmo.site.markdown;
