// End-to-end scenarios: the portal (PORTAL_URL) against the real service with its demo data.
// Each scenario gets a fresh browser context (Chromebook viewport, Dutch) and its own page.
import { assert, atLeast, textMatches, urlMatches, visible } from './helpers.mjs';
import { storeExpiredSession } from './service-api.mjs';

const DEMO_STUDENT = { username: 'sanne', password: 'demo1234' };

/** @type {{ name: string, run: (t: import('./fixtures.mjs').ScenarioContext) => Promise<void> }[]} */
export const scenarios = [
  {
    name: 'search "weerwolf" finds Dolfje Weerwolfje',
    async run({ page, go, shot, axe }) {
      await go('/zoeken');
      await visible(page.getByRole('heading', { level: 1, name: 'Zoeken' }), 'the search heading');
      await page.getByRole('searchbox', { name: /Zoek op titel/ }).fill('weerwolf');
      await page.keyboard.press('Enter');
      await urlMatches(page, /\/zoeken\?q=weerwolf/);
      const results = page.locator('.title-list');
      await visible(
        results.getByRole('link', { name: 'Dolfje Weerwolfje', exact: true }),
        'Dolfje Weerwolfje',
      );
      await textMatches(
        page.locator('#results-heading'),
        /\d+ boeke?n? gevonden voor “weerwolf”/,
        'the result count',
      );
      const card = results.locator('article', {
        has: page.getByRole('link', { name: 'Dolfje Weerwolfje', exact: true }),
      });
      await textMatches(
        card.locator('.availability'),
        /\d+ van \d+ in de kast|Geen exemplaren/,
        'the availability',
      );
      await shot('search-weerwolf');
      await axe('search results');
    },
  },
  {
    name: 'search "boeken" finds results (Dutch stemming)',
    async run({ page, go, shot }) {
      await go('/zoeken?q=boeken');
      const count = await atLeast(page.locator('.title-list > li'), 1, 'result cards');
      assert(count <= 20, `expected at most one page (20) of results, got ${count}`);
      await textMatches(page.locator('#results-heading'), /gevonden voor “boeken”/, 'the result count');
      await shot('search-boeken');
    },
  },
  {
    name: 'the title page shows availability per location, and no copies to a visitor',
    async run({ page, go, shot, axe }) {
      await go('/zoeken?q=weerwolf');
      await (await visible(page.getByRole('link', { name: 'Dolfje Weerwolfje', exact: true }))).click();
      await urlMatches(page, /\/titels\/\d+$/);
      await visible(page.getByRole('heading', { level: 1, name: 'Dolfje Weerwolfje' }), 'the title heading');
      await visible(page.getByText(/^door /), 'the authors');
      const where = page.getByRole('region', { name: 'Waar staat het?' });
      await visible(where, 'the availability section');
      await atLeast(where.locator('li'), 1, 'availability rows');
      await textMatches(
        where.locator('li').first(),
        /van de \d+ in de kast|In de kast|Uitgeleend tot|Nu niet beschikbaar/,
        'the availability wording',
      );
      assert((await page.getByRole('table').count()) === 0, 'a visitor sees no copies table (staff only)');
      await shot('title');
      await axe('the title page');
      await page.setViewportSize({ width: 768, height: 1024 });
      await shot('title-tablet');
    },
  },
  {
    name: 'log in as the demo student, see the name in the header, come back to returnTo, log out',
    async run({ page, go, shot, axe }) {
      await go('/mijn-gegevens');
      await urlMatches(page, /\/inloggen\?returnTo=%2Fmijn-gegevens/);
      await visible(page.getByRole('heading', { level: 1, name: 'Inloggen' }), 'the login heading');
      await axe('the login page');

      // Validation before sending, then a friendly message for wrong credentials (a user that does not exist,
      // so the demo student's failed-attempt counter is not touched).
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await visible(page.getByText('Vul je gebruikersnaam in.'), 'the required-field message');
      await page.getByLabel('Gebruikersnaam').fill('niemand-e2e');
      await page.getByLabel('Wachtwoord').fill('verkeerd');
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await textMatches(page.getByRole('alert'), /klopt niet|Te vaak geprobeerd/, 'the login error');
      await shot('login-error');

      await page.getByLabel('Gebruikersnaam').fill(DEMO_STUDENT.username);
      await page.getByLabel('Wachtwoord').fill(DEMO_STUDENT.password);
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await urlMatches(page, /\/mijn-gegevens$/);
      const name = await textMatches(page.getByTestId('user-name'), /Sanne/, 'the user name in the header');
      assert(!/undefined|null/.test(name), `odd name in header: ${name}`);
      await visible(page.getByRole('heading', { level: 1, name: 'Mijn gegevens' }), 'the account heading');
      await visible(page.locator('dd', { hasText: /^sanne$/ }), 'the username');
      await shot('account');
      await axe('the account page');

      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await visible(
        page.getByRole('banner').getByRole('link', { name: 'Inloggen' }),
        'the login link after logout',
      );
    },
  },
  {
    name: 'an expired session (401) goes to the login page with returnTo',
    async run({ page, go }) {
      await go('/zoeken');
      await storeExpiredSession(page);
      await go('/mijn-gegevens');
      await urlMatches(page, /\/inloggen\?returnTo=%2Fmijn-gegevens/);
      await visible(page.getByRole('heading', { level: 1, name: 'Inloggen' }), 'the login page');
      await visible(
        page.getByRole('banner').getByRole('link', { name: 'Inloggen' }),
        'the header without a user',
      );
    },
  },
  {
    name: 'switch to English and back, remembered after reload',
    async run({ page, go, shot, axe }) {
      await go('/zoeken?q=weerwolf');
      await visible(
        page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zoeken' }),
      );
      await page.getByRole('button', { name: 'EN', exact: true }).click();
      const nav = page.getByRole('navigation', { name: 'Main menu' });
      await visible(nav.getByRole('link', { name: 'Search' }), 'the English "Search" link');
      await visible(nav.getByRole('link', { name: 'Browse' }), 'the English "Browse" link');
      await visible(nav.getByRole('link', { name: 'Peek into the shelf' }), 'the English shelf link');
      assert((await page.getAttribute('html', 'lang')) === 'en', '<html lang> should be "en"');
      assert(
        (await page.getByRole('button', { name: 'EN', exact: true }).getAttribute('aria-pressed')) === 'true',
        'EN should be pressed',
      );
      await textMatches(page.locator('#results-heading'), /found for “weerwolf”/, 'the English result count');
      await textMatches(
        page.locator('.title-list .availability').first(),
        /on the shelf|No copies/,
        'English availability',
      );
      await page.reload();
      await visible(page.getByRole('navigation', { name: 'Main menu' }), 'English after reload');
      await shot('search-english');
      await axe('the English search page');
      await page.getByRole('button', { name: 'NL', exact: true }).click();
      await visible(page.getByRole('navigation', { name: 'Hoofdmenu' }), 'Dutch again');
      assert((await page.getAttribute('html', 'lang')) === 'nl', '<html lang> should be "nl" again');
    },
  },
  {
    name: 'theme browse (snuffelen) shows themes and a wall of covers',
    async run({ page, go, shot, axe }) {
      await go('/snuffelen');
      await visible(page.getByRole('heading', { level: 1, name: 'Snuffelen' }));
      const tiles = page.locator('.theme-grid a');
      await atLeast(tiles, 1, 'theme tiles');
      await shot('themes');
      await axe('the themes page');
      const themeName = (await tiles.first().locator('.theme-tile__name').textContent())?.trim() ?? '';
      await tiles.first().click();
      await urlMatches(page, /\/snuffelen\/[^/]+$/);
      await visible(page.getByRole('heading', { level: 1, name: themeName }), `the heading "${themeName}"`);
      await atLeast(page.locator('.cover-grid > li'), 1, 'covers of the theme');
      await shot('theme');
      await axe('a theme page');
    },
  },
  {
    name: 'shelf browse (kijkje in de kast) shows titles with spine labels',
    async run({ page, go, shot, axe }) {
      await go('/kast');
      await visible(page.getByRole('heading', { level: 1, name: 'Kijkje in de kast' }));
      const locations = page.locator('.location-card');
      await atLeast(locations, 1, 'locations');
      await shot('shelf-locations');
      await axe('the location picker');
      await locations.first().click();
      await urlMatches(page, /\/kast\/\d+$/);
      await atLeast(page.locator('.shelf__item'), 1, 'books on the shelf');
      await visible(page.locator('.spine-label'), 'a spine label');
      await shot('shelf');
      await axe('a shelf');
    },
  },
  {
    name: 'unknown pages and titles show the 404 page',
    async run({ page, go, shot, axe }) {
      await go('/bestaat-niet');
      await visible(page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }));
      await shot('not-found');
      await axe('the 404 page');
      await go('/titels/999999999');
      await visible(
        page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }),
        'the 404 for a title',
      );
    },
  },
  {
    name: 'keyboard: the skip link is first and jumps to the content',
    async run({ page, go }) {
      await go('/zoeken');
      await visible(page.getByRole('heading', { level: 1, name: 'Zoeken' }));
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
      assert(focused === 'Naar de inhoud', `expected the skip link to get focus first, got "${focused}"`);
      await page.keyboard.press('Enter');
      await urlMatches(page, /#main$/);
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => document.activeElement?.closest('main') !== null);
      assert(next, 'after the skip link, Tab should move into <main>');
    },
  },
];
