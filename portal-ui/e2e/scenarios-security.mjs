// End-to-end scenario of how the portal is served: the security headers on the page and on its scripts, and that
// the browser enforces the Content-Security-Policy (and the runner notices when it does). Every other scenario
// already fails on a CSP violation (e2e/fixtures.mjs).
import { assert } from './helpers.mjs';
import { scenarios } from './scenarios.mjs';

/** The headers every page and asset is sent with (security-headers.ts, nginx.conf). */
const EXPECTED = {
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^no-referrer$/,
  'x-frame-options': /^DENY$/,
  'permissions-policy': /camera=\(\).*microphone=\(\).*geolocation=\(\)/,
};
const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** Fails unless the response carries the strict CSP and every other security header. */
function assertSecurityHeaders(headers, what) {
  const csp = headers['content-security-policy'];
  assert(csp, `${what}: no Content-Security-Policy header`);
  const directives = csp.split(';').map((d) => d.trim().replace(/\s+/g, ' '));
  for (const directive of CSP_DIRECTIVES) {
    assert(directives.includes(directive), `${what}: the CSP lacks "${directive}": ${csp}`);
  }
  assert(
    !/unsafe-inline|unsafe-eval|\*/.test(csp),
    `${what}: the CSP allows inline code, eval or any host: ${csp}`,
  );
  for (const [name, pattern] of Object.entries(EXPECTED)) {
    assert(
      pattern.test(headers[name] ?? ''),
      `${what}: ${name} is "${headers[name] ?? ''}", expected ${pattern}`,
    );
  }
}

scenarios.push({
  name: 'security headers: the page and its scripts carry a strict CSP that the browser enforces',
  async run({ page, go, cspViolations }) {
    const response = await go('/');
    assert(response?.ok(), `GET / answered ${response?.status()}`);
    assertSecurityHeaders(response.headers(), 'GET /');

    const deepLink = await go('/zoeken');
    assert(deepLink?.ok(), `GET /zoeken answered ${deepLink?.status()}`);
    assertSecurityHeaders(deepLink.headers(), 'GET /zoeken (the single-page fallback)');

    const assets = await page.evaluate(() => [
      ...[...document.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')),
      ...[...document.querySelectorAll('link[rel=stylesheet]')].map((l) => l.getAttribute('href')),
    ]);
    const script = assets.find((src) => /^\/assets\/.+\.js$/.test(src ?? ''));
    const stylesheet = assets.find((src) => /^\/assets\/.+\.css$/.test(src ?? ''));
    assert(
      script && stylesheet,
      `expected an /assets/*.js and an /assets/*.css in the page, found ${assets}`,
    );
    for (const asset of [script, stylesheet]) {
      const answer = await page.request.get(new URL(asset, page.url()).href);
      assert(answer.ok(), `GET ${asset} answered ${answer.status()}`);
      assertSecurityHeaders(answer.headers(), `GET ${asset}`);
    }
    assert((await page.locator('script:not([src])').count()) === 0, 'the page has an inline script');
    assert((await page.locator('style, [style]').count()) === 0, 'the page has an inline style');
    assert((await cspViolations()).length === 0, 'the page reported a CSP violation by itself');

    // The browser refuses an injected inline script and an inline style, and the runner hears of both: the check
    // that fails every scenario on a violation does see one.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.head.append(script);
      const style = document.createElement('style');
      style.textContent = 'body { --e2e-injected: yes; }';
      document.head.append(style);
      return {
        script: window.__injected === true,
        style: getComputedStyle(document.body).getPropertyValue('--e2e-injected').trim() === 'yes',
      };
    });
    assert(!ran.script, 'an injected inline script ran: the CSP is not enforced');
    assert(!ran.style, 'an injected inline style applied: the CSP is not enforced');
    const violations = await cspViolations();
    assert(
      violations.some((v) => v.startsWith('script-src-elem')) &&
        violations.some((v) => v.startsWith('style-src-elem')),
      `expected the runner to report the blocked script and style, got: ${violations.join(' | ') || 'nothing'}`,
    );
  },
});
