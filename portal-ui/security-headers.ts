// The security headers the portal is served with: by the Vite preview server (./run.sh, the end-to-end tests) from
// here, and by nginx (docker compose) from nginx.conf, which spells out the same values (a unit test keeps them equal).
//
// The portal holds a bearer token for children's data, so the Content-Security-Policy lets the page run and load
// only what comes from its own origin: no inline script or style (the build has none; React sets style properties
// through the CSSOM, which CSP does not restrict), no eval, no plugins, no other site's images, fonts or API calls,
// and no framing. Titles carry no remote cover URL today; a deployment that fills title.cover_url with another host's
// images adds that host to img-src (until then a blocked cover falls back to the generated placeholder).

/** The Content-Security-Policy, one directive per entry. */
export const contentSecurityPolicyDirectives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
] as const;

/** Every header the portal's pages and assets are sent with, by name. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicyDirectives.join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
