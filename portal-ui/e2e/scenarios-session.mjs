// End-to-end scenarios of a desk session over time, against a service started with one-minute access tokens and a
// staff idle time of 100 s (RESERVATION_AUTH_TOKEN_LIFETIME=PT1M, RESERVATION_AUTH_SESSIONS_STAFF_IDLE=PT100S):
// the portal renews an ended access token without the desk noticing, and a scan that meets an ended session is
// kept and checked in right after the new login. Each waits well over a minute, so each has a timeout of its own
// (`timeout`, in ms; the waits inside use helpers.mjs TIMEOUT as usual). bieb.centrum checks in open loans lent at
// Centrum whose titles nobody waits for, each scenario its own (`skip`), so they may run next to each other.
import { assert, atLeast, textMatches, urlMatches, visible } from './helpers.mjs';
import { scenarios } from './scenarios.mjs';
import { api, fillLogin, logInAt, plainLoansAt } from './service-api.mjs';

const CENTRUM = 'Bibliotheek Rivierenland Centrum';
const DESK = '/balie/innemen';

/** Waits `seconds` without touching the page (the desk is idle). */
function idle(page, seconds) {
  return page.waitForTimeout(seconds * 1000);
}

async function scan(page, barcode) {
  const field = await visible(page.getByRole('textbox', { name: 'Barcode' }), 'the barcode field');
  await field.fill(barcode);
  await field.press('Enter');
}

/** The service says the copy is no longer lent. */
async function notOnLoan(barcode) {
  const copy = await api(`/api/copies/${encodeURIComponent(barcode)}`, { as: 'bieb.centrum' });
  assert(copy.status !== 'ON_LOAN', `copy ${barcode} should be checked in, is ${copy.status}`);
}

/** @type {{ name: string, timeout: number, run: (t: import('./fixtures.mjs').ScenarioContext) => Promise<void> }[]} */
export const sessionScenarios = [
  {
    name: 'session: an access token that ended while the desk was idle is renewed unseen; the scan is checked in',
    timeout: 180_000,
    async run({ page, go, shot }) {
      const [loan] = await plainLoansAt('bieb.centrum', CENTRUM, 1, 0);
      await logInAt(page, go, DESK, 'bieb.centrum');
      await visible(page.getByRole('heading', { level: 1, name: 'Innemen' }), 'the desk');

      await idle(page, 75); // past the one-minute access token, within the 100 s idle time
      await scan(page, loan.barcode);

      const rows = page.getByTestId('checkin-rows').locator(':scope > li');
      await textMatches(
        rows.first(),
        new RegExp(loan.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
        'the row',
      );
      await textMatches(rows.first(), /Terug in de kast|Stuur naar/, 'what to do with it');
      assert(new URL(page.url()).pathname === DESK, `the desk should stay open, is at ${page.url()}`);
      assert((await page.getByLabel('Wachtwoord').count()) === 0, 'no login form');
      await notOnLoan(loan.barcode);
      await shot('session-renewed-unseen');
    },
  },
  {
    name: 'session: a scan that met an ended session is checked in after the new login, and the list survives it',
    timeout: 240_000,
    async run({ page, go, shot, axe }) {
      const [first, second] = await plainLoansAt('bieb.centrum', CENTRUM, 2, 1);
      await logInAt(page, go, DESK, 'bieb.centrum');
      await scan(page, first.barcode);
      const rows = page.getByTestId('checkin-rows').locator(':scope > li');
      await atLeast(rows, 1, 'the first row');
      await textMatches(page.getByText(/^\d+ ingenomen$/), /^1 ingenomen$/, 'the count');

      await idle(page, 105); // past the staff idle time: the session has ended
      await scan(page, second.barcode);

      // The login page, for staff; the scan is not lost.
      await urlMatches(page, /\/inloggen\?returnTo=%2Fbalie%2Finnemen$/);
      await visible(page.getByText(/Log in met je medewerkersaccount/), 'the staff wording');
      assert(
        (await page.getByText(/die je van school hebt gekregen/).count()) === 0,
        'no words for a child on a staff login',
      );
      await shot('session-ended-login-staff');
      await axe('the login page for staff');
      await fillLogin(page, 'bieb.centrum');

      // Back at the desk: the second book is checked in without a new scan, and both rows are there.
      await urlMatches(page, (url) => url.pathname === DESK);
      await textMatches(page.getByText(/^\d+ ingenomen$/), /^2 ingenomen$/, 'the count after the login');
      const list = page.getByTestId('checkin-rows');
      await visible(list.getByText(first.title, { exact: true }), `the first book, ${first.title}`);
      await visible(list.getByText(second.title, { exact: true }), `the second book, ${second.title}`);
      assert((await page.getByTestId('checkin-pending').count()) === 0, 'nothing waits');
      await notOnLoan(first.barcode);
      await notOnLoan(second.barcode);
      await shot('session-ended-scan-done');
      await axe('the desk after the new login');
    },
  },
];

// Registered with the runner's list (scenarios.spec.mjs loads every scenarios-*.mjs file once).
scenarios.push(...sessionScenarios);
