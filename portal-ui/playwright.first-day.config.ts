import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The first day of a new library organisation (scripts/first-day.sh): e2e/first-day-*.spec.mjs against a service on an
// EMPTY database, one file per run (each run gets a database of its own), in order.
export default defineConfig({
  ...base,
  testMatch: /first-day-[\w-]+\.spec\.mjs$/,
  workers: 1,
  fullyParallel: false,
});
