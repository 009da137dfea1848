/**
 * Stage 6: renders pages through the theme's FreeMarker templates. The template model is small and documented in
 * {@link nl.bmo.site.render.TemplateRenderer}.
 */
package nl.bmo.site.render;
