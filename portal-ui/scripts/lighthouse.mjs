#!/usr/bin/env node
// Lighthouse (performance and accessibility) on four pages of the portal, desktop and mobile, in Debian's Chromium:
// the search page with a query, a title page (as student sanne), Mijn gegevens (sanne) and the check-in desk
// (bieb.centrum). Logging in goes through the API; the session is put where the portal keeps it (sessionStorage
// "bieb.session" of the tab Lighthouse then uses). Prints one table; run it against the production build
// (scripts/lighthouse.sh starts one).
//
//   PORTAL_URL=http://127.0.0.1:4173 node scripts/lighthouse.mjs [--runs N] [--page NAME]
// --runs N: the median of N runs per page and form; --page NAME: only the pages whose name contains NAME.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';

const PORTAL_URL = (process.env.PORTAL_URL ?? 'http://localhost:4173').replace(/\/$/, '');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PASSWORD = 'demo1234';
function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
}
const RUNS = Number(option('--runs', 1));
const ONLY = option('--page', '');

async function login(username) {
  const response = await fetch(`${PORTAL_URL}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`login ${username}: HTTP ${response.status}`);
  const body = await response.json();
  return {
    accessToken: body.accessToken,
    expiresAt: body.expiresAt,
    refreshToken: body.refreshToken,
    sessionExpiresAt: body.sessionExpiresAt,
    user: body.user,
  };
}

async function firstTitleId(query) {
  const response = await fetch(`${PORTAL_URL}/api/titles?q=${encodeURIComponent(query)}`);
  const body = await response.json();
  if (!body.items?.length) throw new Error(`no title found for "${query}"`);
  return body.items[0].id;
}

const pages = [
  { name: 'zoeken?q=weerwolf', path: '/zoeken?q=weerwolf' },
  { name: 'titel (sanne)', path: `/titels/${await firstTitleId('weerwolf')}`, user: 'sanne' },
  { name: 'mijn gegevens (sanne)', path: '/mijn-gegevens', user: 'sanne' },
  { name: 'innemen (bieb.centrum)', path: '/balie/innemen', user: 'bieb.centrum' },
];
const forms = [
  { name: 'desktop', config: desktopConfig },
  { name: 'mobile', config: undefined },
];

const METRICS = ['cumulative-layout-shift', 'largest-contentful-paint', 'total-blocking-time'];

async function audit(chrome, browser, target, form) {
  const page = await browser.newPage();
  try {
    if (target.user) {
      const session = await login(target.user);
      await page.goto(`${PORTAL_URL}/`, { waitUntil: 'load' });
      await page.evaluate((value) => sessionStorage.setItem('bieb.session', value), JSON.stringify(session));
    }
    const result = await lighthouse(
      `${PORTAL_URL}${target.path}`,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        disableStorageReset: true,
      },
      form.config,
      page,
    );
    const { categories, audits, runtimeError, finalDisplayedUrl } = result.lhr;
    if (runtimeError)
      throw new Error(`${target.name} (${form.name}): ${runtimeError.code} ${runtimeError.message}`);
    if (finalDisplayedUrl.includes('/inloggen')) throw new Error(`${target.name}: not logged in`);
    const failed = METRICS.filter((id) => audits[id].numericValue === undefined);
    if (failed.length > 0) {
      throw new Error(
        `${target.name} (${form.name}): ${failed.map((id) => `${id}: ${audits[id].errorMessage}`).join('; ')}`,
      );
    }
    return {
      performance: Math.round(categories.performance.score * 100),
      accessibility: Math.round(categories.accessibility.score * 100),
      cls: audits['cumulative-layout-shift'].numericValue,
      lcp: audits['largest-contentful-paint'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
    };
  } finally {
    await page.close();
  }
}

/** Lighthouse sometimes loses a trace (NO_NAVSTART, NO_FCP on a busy machine): such a run is tried again, twice. */
async function auditWithRetry(chrome, browser, target, form) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await audit(chrome, browser, target, form);
    } catch (error) {
      if (attempt === 3) throw error;
      console.error(`${error.message}; trying again`);
    }
  }
}

/** The median run by performance score (Lighthouse's own advice for noisy machines). */
function median(results) {
  const sorted = [...results].sort((a, b) => a.performance - b.performance);
  return sorted[Math.floor(sorted.length / 2)];
}

const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
});
const browser = await puppeteer.connect({
  browserURL: `http://127.0.0.1:${chrome.port}`,
  defaultViewport: null,
});
const rows = [];
try {
  for (const form of forms) {
    for (const target of pages.filter((p) => p.name.includes(ONLY))) {
      const results = [];
      for (let run = 0; run < RUNS; run += 1)
        results.push(await auditWithRetry(chrome, browser, target, form));
      rows.push({ page: target.name, form: form.name, ...median(results) });
    }
  }
} finally {
  await browser.disconnect();
  chrome.kill();
}

const header = '| page | form | performance | accessibility | CLS | LCP (ms) | TBT (ms) |';
console.log(`Lighthouse against ${PORTAL_URL} (median of ${RUNS} run${RUNS === 1 ? '' : 's'})\n`);
console.log(header);
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) {
  console.log(
    `| ${row.page} | ${row.form} | ${row.performance} | ${row.accessibility} | ${row.cls.toFixed(3)} | ` +
      `${Math.round(row.lcp)} | ${Math.round(row.tbt)} |`,
  );
}
