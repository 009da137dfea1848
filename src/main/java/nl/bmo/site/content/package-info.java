/** Stages 2–3: finds the Markdown files of every configured language and parses their front matter. */
package nl.bmo.site.content;
