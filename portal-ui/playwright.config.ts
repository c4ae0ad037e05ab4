import { defineConfig } from '@playwright/test';

// End-to-end tests: e2e/scenarios.spec.mjs runs every scenario of e2e/scenarios*.mjs in Debian's Chromium (no browser
// download) against the portal at PORTAL_URL, which talks to the real service with its demo data.
const timeout = Number(process.env.E2E_TIMEOUT ?? 15_000);

export default defineConfig({
  testDir: 'e2e',
  testMatch: 'scenarios.spec.mjs',
  outputDir: 'test-results',
  globalSetup: './e2e/global-setup.mjs',
  reporter: 'list',
  // Three: two scenarios spend most of their time waiting for a session to end (scenarios.spec.mjs starts them
  // first), so a third worker keeps the two cores busy meanwhile.
  workers: 3,
  // The files run side by side; the scenarios of one file in order (scenarios.spec.mjs).
  fullyParallel: true,
  retries: 0,
  timeout: 120_000,
  expect: { timeout },
  use: {
    baseURL: (process.env.PORTAL_URL ?? 'http://localhost:5173').replace(/\/$/, ''),
    viewport: { width: 1366, height: 768 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    actionTimeout: timeout,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
