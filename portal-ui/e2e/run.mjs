#!/usr/bin/env node
// A tiny end-to-end runner: playwright-core + Debian's Chromium, no test framework.
//
//   PORTAL_URL=http://localhost:5173 node e2e/run.mjs [name filter]
//
// Runs every scenario of scenarios.mjs in its own browser context, prints ✔/✘ per scenario and a
// closing "N passed, N failed" line, saves screenshots to e2e/artifacts/*.png, exits 1 on any failure.
// A scenario also fails on an uncaught error in the page and on any Content-Security-Policy violation.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { noSeriousA11yViolations, TIMEOUT, watchCspViolations } from './helpers.mjs';
import { scenarios } from './scenarios.mjs';
import './scenarios-desk.mjs';
import './scenarios-security.mjs';
import './scenarios-session.mjs';
import './scenarios-staff.mjs';
import './scenarios-student.mjs';
import './scenarios-i18n.mjs';
// After the student scenarios (it uses their helpers), so the order of the others stays as it was.
import './scenarios-forms.mjs';

/**
 * @typedef {object} ScenarioContext
 * @property {import('playwright-core').Page} page
 * @property {(path: string) => Promise<import('playwright-core').Response | null>} go open a portal path
 * @property {(name: string) => Promise<void>} shot save e2e/artifacts/<name>.png
 * @property {(label: string) => Promise<void>} axe  fail on serious/critical axe violations
 * @property {() => Promise<string[]>} cspViolations the CSP violations the page reported so far (and forgets them)
 */

const PORTAL_URL = (process.env.PORTAL_URL ?? 'http://localhost:5173').replace(/\/$/, '');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
const filter = process.argv.slice(2).join(' ').toLowerCase();

async function portalIsUp() {
  try {
    const response = await fetch(`${PORTAL_URL}/`, { signal: AbortSignal.timeout(5000) });
    return response.ok;
  } catch {
    return false;
  }
}

async function main() {
  if (!(await portalIsUp())) {
    console.error(`The portal is not reachable at ${PORTAL_URL} (set PORTAL_URL).`);
    console.log('0 passed, 1 failed');
    return 1;
  }
  mkdirSync(ARTIFACTS, { recursive: true });

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  console.log(`e2e against ${PORTAL_URL} with ${CHROMIUM} (${browser.version()})`);

  const selected = scenarios.filter((s) => !filter || s.name.toLowerCase().includes(filter));
  let passed = 0;
  let failed = 0;
  try {
    for (const scenario of selected) {
      const started = Date.now();
      const context = await browser.newContext({
        viewport: { width: 1366, height: 768 },
        locale: 'nl-NL',
        timezoneId: 'Europe/Amsterdam',
      });
      const csp = await watchCspViolations(context);
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUT);
      const pageErrors = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      const slug = scenario.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 40);
      /** @type {ScenarioContext} */
      const t = {
        page,
        go: (path) => page.goto(`${PORTAL_URL}${path}`, { waitUntil: 'domcontentloaded' }),
        shot: async (name) => {
          await page.waitForLoadState('networkidle').catch(() => undefined);
          await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
        },
        axe: async (label) => {
          await noSeriousA11yViolations(page, label);
        },
        cspViolations: () => csp.take(page),
      };
      try {
        await scenario.run(t);
        if (pageErrors.length > 0) throw new Error(`uncaught error in the page: ${pageErrors.join('; ')}`);
        const violations = await csp.take(page);
        if (violations.length > 0) {
          throw new Error(`the page broke its Content-Security-Policy:\n  ${violations.join('\n  ')}`);
        }
        passed += 1;
        console.log(`✔ ${scenario.name} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
      } catch (error) {
        failed += 1;
        console.log(`✘ ${scenario.name} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
        console.log(
          `    ${String(error?.message ?? error)
            .split('\n')
            .join('\n    ')}`,
        );
        await page
          .screenshot({ path: `${ARTIFACTS}failed-${slug}.png`, fullPage: true })
          .then(() => console.log(`    screenshot: e2e/artifacts/failed-${slug}.png`))
          .catch(() => undefined);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && selected.length > 0 ? 0 : 1;
}

process.exitCode = await main();
