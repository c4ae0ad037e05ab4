import nginxConfText from '../../nginx.conf?raw';
import { contentSecurityPolicyDirectives, securityHeaders } from '../../security-headers';

// The portal is served by the Vite preview server (./run.sh, the end-to-end tests: security-headers.ts) and by nginx
// (docker compose: nginx.conf). Both must send the same headers, and the policy must stay strict.
const nginxConf = nginxConfText.replace(/#.*$/gm, ''); // without its comments

/** The server-level `add_header NAME "VALUE" always;` lines of nginx.conf, by name. */
function nginxHeaders(): Map<string, string> {
  const headers = new Map<string, string>();
  for (const match of nginxConf.matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]*)"\s+always;/gm)) {
    headers.set(match[1] ?? '', match[2] ?? '');
  }
  return headers;
}

describe('security headers', () => {
  it('nginx sends the same headers as the preview server, always', () => {
    expect(Object.fromEntries(nginxHeaders())).toEqual(securityHeaders);
  });

  it('no location in nginx.conf has add_header lines of its own (they would drop the server-level ones)', () => {
    const locations = nginxConf.match(/^\s*location\s+[^{]+\{[^}]*\}/gm) ?? [];
    expect(locations.length).toBeGreaterThanOrEqual(3);
    for (const location of locations) expect(location).not.toMatch(/add_header/);
  });

  it('the policy allows no inline code, no eval, no other host and no framing', () => {
    const csp = securityHeaders['Content-Security-Policy'];
    expect(csp).not.toMatch(/unsafe-|\*|https?:|data:/);
    for (const directive of [
      "script-src 'self'",
      "style-src 'self'",
      "object-src 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(contentSecurityPolicyDirectives).toContain(directive);
    }
    expect(securityHeaders['X-Frame-Options']).toBe('DENY');
    expect(securityHeaders['X-Content-Type-Options']).toBe('nosniff');
  });
});
