<#--
  robots.txt. sitemap: the absolute address of sitemap.xml. Plain text output (.ftl): nothing is escaped.
-->
User-agent: *
Allow: /

Sitemap: ${sitemap}
