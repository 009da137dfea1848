<#--
  _headers: HTTP headers for hosts that read such a file. Written only when the site's theme has this template.
  The Content-Security-Policy comes from partials/csp.ftlh, the one every page carries as <meta>.
  Plain text output (.ftl): nothing is escaped.
-->
<#import "/partials/csp.ftlh" as csp>
# HTTP headers for hosts that read a _headers file (Netlify, Cloudflare Pages and others).
# The Content-Security-Policy is the one every page also carries as <meta>, plus what only a header can say.
/*
  Content-Security-Policy: <@csp.csp/>; frame-ancestors 'none'
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()
  Cross-Origin-Opener-Policy: same-origin
/css/*
  Cache-Control: public, max-age=31536000, immutable
/js/*
  Cache-Control: public, max-age=31536000, immutable
