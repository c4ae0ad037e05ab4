// Small assertion helpers on top of playwright-core locators (which already wait).
import { AxeBuilder } from '@axe-core/playwright';

export const TIMEOUT = Number(process.env.E2E_TIMEOUT ?? 15_000);

export class AssertionError extends Error {
  name = 'AssertionError';
}

export function assert(condition, message) {
  if (!condition) throw new AssertionError(message);
}

/** Waits until the (first) element is visible. */
export async function visible(locator, what = String(locator)) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout: TIMEOUT });
  } catch {
    throw new AssertionError(`expected to see ${what}`);
  }
  return locator.first();
}

/** Waits until the locator matches at least `min` elements; returns the count. */
export async function atLeast(locator, min, what = String(locator)) {
  const deadline = Date.now() + TIMEOUT;
  let count = 0;
  while (Date.now() < deadline) {
    count = await locator.count();
    if (count >= min) return count;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new AssertionError(`expected at least ${min} × ${what}, found ${count}`);
}

/** Waits until the page URL matches. */
export async function urlMatches(page, pattern) {
  try {
    await page.waitForURL(pattern, { timeout: TIMEOUT });
  } catch {
    throw new AssertionError(`expected URL to match ${pattern}, was ${page.url()}`);
  }
}

/** Waits until an element's text matches. */
export async function textMatches(locator, pattern, what = String(locator)) {
  const deadline = Date.now() + TIMEOUT;
  let text = '';
  while (Date.now() < deadline) {
    text =
      (await locator
        .first()
        .textContent()
        .catch(() => '')) ?? '';
    if (pattern.test(text)) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new AssertionError(`expected ${what} to match ${pattern}, was "${text.trim().slice(0, 200)}"`);
}

/**
 * A student's language switch saves her choice (PUT /api/me/language), and her next login opens in it. A scenario that
 * only looks at the English pages answers that save in the browser, so the student's saved language stays Dutch for
 * the scenarios that run next to it (the notifications scenario saves lotte's for real).
 */
export async function keepSavedLanguage(page) {
  await page.route('**/api/me/language', (route) =>
    route.request().method() === 'PUT' ? route.fulfill({ status: 204 }) : route.continue(),
  );
}

/**
 * Runs axe (WCAG 2.x A/AA rules) on the page and fails on serious or critical violations.
 * AxeBuilder needs a page from browser.newContext(), which the runner gives every scenario.
 */
export async function noSeriousA11yViolations(page, label) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length > 0) {
    const detail = bad
      .map(
        (v) =>
          `  [${v.impact}] ${v.id}: ${v.help}\n` +
          v.nodes
            .slice(0, 3)
            .map((n) => `      ${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ')}`)
            .join('\n'),
      )
      .join('\n');
    throw new AssertionError(`axe found ${bad.length} serious/critical violation(s) on ${label}:\n${detail}`);
  }
  return results.violations.length;
}

/**
 * Collects the Content-Security-Policy violations of every page of a browser context, through two channels so that
 * neither a missed event nor a changed console text hides one: the `securitypolicyviolation` event (a listener that
 * every document gets before its own scripts run, reporting through a binding) and Chromium's console message
 * ("Refused to …" / "… violates the following Content Security Policy directive …"). The first channel names the
 * directive and the blocked URL; a violation that only reached the console is kept as its text.
 * `take(page)` lets pending reports arrive, then returns and forgets what was collected.
 * @param {import('playwright-core').BrowserContext} context
 */
export async function watchCspViolations(context) {
  /** @type {string[]} */
  const events = [];
  /** @type {string[]} */
  const consoleMessages = [];
  await context.exposeBinding('__e2eCspViolation', (_source, violation) => {
    events.push(
      `${violation.effectiveDirective} blocked ${violation.blockedURI || '(inline)'}` +
        `${violation.sourceFile ? ` at ${violation.sourceFile}:${violation.lineNumber}` : ''}` +
        `${violation.sample ? ` (${violation.sample})` : ''} on ${violation.documentURI}`,
    );
  });
  await context.addInitScript(() => {
    window.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = /** @type {any} */ (window).__e2eCspViolation;
        if (typeof report !== 'function') return;
        void report({
          effectiveDirective: event.effectiveDirective,
          blockedURI: event.blockedURI,
          sourceFile: event.sourceFile,
          lineNumber: event.lineNumber,
          sample: event.sample,
          documentURI: event.documentURI,
        });
      },
      true,
    );
  });
  const CSP_CONSOLE = /Content Security Policy|^Refused to /;
  context.on('console', (message) => {
    if (CSP_CONSOLE.test(message.text())) consoleMessages.push(message.text());
  });
  return {
    /** @param {import('playwright-core').Page} page */
    async take(page) {
      // A round trip through the page lets queued events and binding calls arrive.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50))).catch(() => undefined);
      const fromConsole = consoleMessages.map((text) => `console: ${text.split('\n')[0].slice(0, 300)}`);
      const found = events.length >= consoleMessages.length ? [...events] : [...events, ...fromConsole];
      events.length = 0;
      consoleMessages.length = 0;
      return found;
    },
  };
}
