// End-to-end scenarios of the title page for a child and for staff (issue 18): a student sees only the places of
// her own school, no copies table (barcodes, shelf marks, collections are for staff) and "te laat" where a book is
// overdue; staff still see every copy; nothing on the page shifts when its data arrives.
// Read-only against the demo data: sanne (OBS De Regenboog) and bieb.centrum (library desk), password demo1234.
import { assert, AssertionError, atLeast, textMatches, urlMatches, visible } from './helpers.mjs';
import { scenarios } from './scenarios.mjs';

const PORTAL_URL = (process.env.PORTAL_URL ?? 'http://localhost:5173').replace(/\/$/, '');
const REGENBOOG = 'Schoolbibliotheek OBS De Regenboog';
const LAYOUT_SHIFT_LIMIT = 0.05;

async function apiGet(path) {
  const response = await fetch(`${PORTAL_URL}${path}`, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new AssertionError(`GET ${path}: ${response.status}`);
  return response.json();
}

/** "YYYY-MM-DD" of today in Amsterdam (the portal's and the demo data's day). */
function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

/** A title of which every copy at De Regenboog is lent out and the first one is overdue (the demo data has some). */
async function titleOverdueAtRegenboog() {
  for (let id = 1; id <= 150; id += 1) {
    const detail = await apiGet(`/api/titles/${id}`).catch(() => null);
    const here = detail?.availability.find((a) => a.locationName === REGENBOOG);
    if (here && here.total > 0 && here.onShelf === 0 && here.nextDueDate && here.nextDueDate < today()) {
      return detail;
    }
  }
  throw new AssertionError(
    'the demo data has no title that is overdue at De Regenboog with nothing on the shelf',
  );
}

/** Logs in through the login page and comes back to `returnTo`. */
async function logIn(page, go, username, returnTo) {
  await go(`/inloggen?returnTo=${encodeURIComponent(returnTo)}`);
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill('demo1234');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await urlMatches(page, (url) => url.pathname === returnTo);
}

scenarios.push(
  {
    name: 'title: a student sees only her own school, no copies or barcodes, and "te laat" for an overdue book',
    async run({ page, go, shot, axe }) {
      const title = await titleOverdueAtRegenboog();
      await logIn(page, go, 'sanne', `/titels/${title.id}`);
      await visible(page.getByRole('heading', { level: 1, name: title.title }), 'the title heading');
      const where = page.getByRole('region', { name: 'Waar staat het?' });
      await atLeast(where.locator('li'), 1, 'availability rows');
      const places = await where.locator('.availability-list__name').allTextContents();
      assert(
        places.length === 1 && places[0] === REGENBOOG,
        `expected only ${REGENBOOG}, saw ${places.join(', ')}`,
      );
      await textMatches(where.locator('li').first(), /te laat/, 'the overdue wording');
      const text = await where.textContent();
      assert(!/uitgeleend tot/i.test(text ?? ''), `an overdue book still says "uitgeleend tot": ${text}`);
      assert((await page.getByRole('table').count()) === 0, 'a student sees no copies table');
      const body = (await page.locator('main').textContent()) ?? '';
      const shown = title.copies.filter((copy) => body.includes(copy.barcode)).map((copy) => copy.barcode);
      assert(shown.length === 0, `a student sees barcodes: ${shown.join(', ')}`);
      await shot('title-student');
      await axe('the title page of a student');
    },
  },
  {
    name: 'title: staff still see every copy with barcode, shelf mark and "te laat"',
    async run({ page, go, shot, axe }) {
      const title = await titleOverdueAtRegenboog();
      await logIn(page, go, 'bieb.centrum', `/titels/${title.id}`);
      const copies = page.getByRole('table', { name: 'Alle exemplaren van dit boek' });
      const rows = await atLeast(copies.locator('tbody tr'), title.copies.length, 'copy rows');
      assert(rows === title.copies.length, `expected ${title.copies.length} copy rows, got ${rows}`);
      await visible(copies.getByText(title.copies[0].barcode, { exact: true }), 'a barcode');
      await visible(copies.getByText(/^Te laat \(was tot /).first(), 'an overdue copy');
      const places = await page
        .getByRole('region', { name: 'Waar staat het?' })
        .locator('.availability-list__name')
        .allTextContents();
      assert(places.length === title.availability.length, `staff see every place, saw ${places.join(', ')}`);
      await shot('title-staff');
      await axe('the title page of staff');
    },
  },
  {
    name: 'title: nothing shifts while the page of a student loads (layout shift < 0.05)',
    async run({ page, go, shot }) {
      const title = await titleOverdueAtRegenboog();
      await logIn(page, go, 'sanne', '/mijn-gegevens');
      // The API answers slowly, so the loading state is on screen for a while; the shifts are summed from the start.
      await page.route('**/api/**', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 400));
        await route.continue();
      });
      await page.addInitScript(() => {
        window.__layoutShift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (!entry.hadRecentInput) window.__layoutShift += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await go(`/titels/${title.id}`);
      await visible(page.getByRole('heading', { level: 1, name: title.title }), 'the title heading');
      await visible(page.getByRole('region', { name: 'Waar staat het?' }), 'the availability');
      await page.waitForLoadState('networkidle');
      const shift = await page.evaluate(() => window.__layoutShift);
      assert(
        shift < LAYOUT_SHIFT_LIMIT,
        `the page shifted by ${shift.toFixed(3)} (limit ${LAYOUT_SHIFT_LIMIT})`,
      );
      await shot('title-loaded');
    },
  },
);
