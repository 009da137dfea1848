/** Stage 1: reads {@code content/site.yaml} into a {@link nl.bmo.site.model.SiteConfig} and the theme into memory. */
package nl.bmo.site.config;
