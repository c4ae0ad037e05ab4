// The Playwright Test fixtures every scenario runs with: today's ScenarioContext on top of Playwright's own page.
// A scenario fails on an uncaught error in the page and on any Content-Security-Policy violation.
import { fileURLToPath } from 'node:url';
import { test as base } from '@playwright/test';
import { noSeriousA11yViolations, watchCspViolations } from './helpers.mjs';

/**
 * @typedef {object} ScenarioContext
 * @property {import('@playwright/test').Page} page
 * @property {(path: string) => Promise<import('@playwright/test').Response | null>} go open a portal path
 * @property {(name: string) => Promise<void>} shot save e2e/artifacts/<name>.png
 * @property {(label: string) => Promise<void>} axe  fail on serious/critical axe violations, at every A11Y_VIEWPORTS size
 * @property {() => Promise<string[]>} cspViolations the CSP violations the page reported so far (and forgets them)
 */

const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));

/** axe checks the page on a Chromebook and on a tablet held upright; then the scenario's own size comes back. */
export const A11Y_VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 768, height: 1024 },
];

/** @param {import('@playwright/test').Page} page */
async function afterLayout(page) {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/** @param {import('@playwright/test').Page} page @param {string} label */
async function axeAtEverySize(page, label) {
  const own = page.viewportSize();
  try {
    for (const size of A11Y_VIEWPORTS) {
      await page.setViewportSize(size);
      await afterLayout(page);
      await noSeriousA11yViolations(page, `${label} (${size.width}×${size.height})`);
    }
  } finally {
    if (own) await page.setViewportSize(own);
  }
}

export const test = base.extend({
  // The CSP watcher is installed on the context before its page exists, so it sees the first document too.
  csp: async ({ context }, use) => {
    await use(await watchCspViolations(context));
  },
  page: async ({ context, csp }, use) => {
    void csp;
    await use(await context.newPage());
  },
  // The ScenarioContext a scenario runs with; afterwards its page errors and CSP violations fail the test, and the
  // state the scenario ends in is checked with axe too (at both sizes), whether or not the scenario checked it.
  scenario: async ({ page, csp }, use, testInfo) => {
    /** @type {string[]} */
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await use({
      page,
      go: (path) => page.goto(path, { waitUntil: 'domcontentloaded' }),
      shot: async (name) => {
        await page.waitForLoadState('networkidle').catch(() => undefined);
        await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
      },
      axe: (label) => axeAtEverySize(page, label),
      cspViolations: () => csp.take(page),
    });
    if (pageErrors.length > 0) throw new Error(`uncaught error in the page: ${pageErrors.join('; ')}`);
    if (testInfo.status === testInfo.expectedStatus && page.url().startsWith('http')) {
      await axeAtEverySize(page, 'the state the scenario ends in');
    }
    const violations = await csp.take(page);
    if (violations.length > 0) {
      throw new Error(`the page broke its Content-Security-Policy:\n  ${violations.join('\n  ')}`);
    }
  },
});
