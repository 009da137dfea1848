/**
 * Stage 6: renders pages, the files besides them (sitemap, robots.txt, feeds, redirects, language chooser, _headers:
 * {@link nl.bmo.site.render.SiteFiles}) and the preview's own pages through the theme's FreeMarker templates. The
 * template model is small and documented in {@link nl.bmo.site.render.TemplateRenderer} and
 * {@link nl.bmo.site.render.FileViews}.
 */
package nl.bmo.site.render;
