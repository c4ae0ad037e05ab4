// End-to-end scenarios of the languages: the portal in English with Dutch catalogue text marked as Dutch
// (lang="nl", so a screen reader reads it with a Dutch voice), dates in whole words on a child's page, and the
// reservation limit said with its number (ICU plural).
import { assert, keepSavedLanguage, textMatches, visible } from './helpers.mjs';
import { scenarios } from './scenarios.mjs';
import { logIn, titleId } from './scenarios-student.mjs';

const WEEKDAY = '(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)';
const MONTH = '(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)';
/** "vrijdag 4 december" (a year after it when it is another year). */
const FULL_DATE = new RegExp(`\\b${WEEKDAY} \\d{1,2} ${MONTH}\\b`);
/** "vr 4 dec", "vr. 4 dec.": abbreviations confuse 8-year-olds. */
const SHORT_DATE = /\b(ma|di|wo|do|vr|za|zo)\.? \d{1,2} [a-z]{3}\b/;

async function htmlLang(page) {
  return page.locator('html').getAttribute('lang');
}

/** @type {{ name: string, run: (t: import('./fixtures.mjs').ScenarioContext) => Promise<void> }[]} */
export const i18nScenarios = [
  {
    name: 'i18n: in English the UI is English (html lang="en") and a Dutch book keeps lang="nl"',
    async run({ page, go, shot, axe }) {
      await go('/zoeken?q=weerwolf');
      assert((await htmlLang(page)) === 'nl', `html lang should start as nl, was ${await htmlLang(page)}`);
      await page.getByRole('button', { name: 'EN', exact: true }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Search' }), 'the English search heading');
      assert((await htmlLang(page)) === 'en', `html lang should be en, was ${await htmlLang(page)}`);
      await textMatches(
        page.locator('#results-heading'),
        /^\d+ books? found for “weerwolf”$/,
        'the English result count (with its plural)',
      );
      const link = page.locator('.title-list').getByRole('link', { name: 'Dolfje Weerwolfje', exact: true });
      await visible(link, 'Dolfje Weerwolfje in the results');
      assert((await link.getAttribute('lang')) === 'nl', 'the title in the results should carry lang="nl"');

      await link.click();
      const heading = page.getByRole('heading', { level: 1, name: 'Dolfje Weerwolfje' });
      await visible(heading, 'the title page');
      assert((await heading.getAttribute('lang')) === 'nl', 'the title should carry lang="nl"');
      const about = page.getByRole('region', { name: 'What is it about?' });
      await visible(about, 'the English "What is it about?" section');
      const summary = about.locator('p');
      await textMatches(summary, /verandert Dolfje bij volle maan/, 'the Dutch summary');
      assert((await summary.getAttribute('lang')) === 'nl', 'the summary should carry lang="nl"');
      const authors = page.locator('.title-detail__authors');
      await textMatches(authors, /^by Paul van Loon$/, 'the English "by" with the author');
      assert(
        (await authors.locator('[lang="nl"]').textContent()) === 'Paul van Loon',
        'the author name should carry lang="nl"',
      );
      await visible(page.getByRole('region', { name: 'Where is it?' }), 'the English availability section');
      const main = (await page.locator('main').textContent()) ?? '';
      const dutch = main.match(/\b(Waar staat het|Waar gaat het over|Alle exemplaren|door Paul)\b/);
      assert(!dutch, `Dutch UI text left on the English page: "${dutch?.[0]}"`);
      assert((await htmlLang(page)) === 'en', 'html lang should stay en');
      await shot('i18n-title-english');
      await axe('the title page in English');
    },
  },
  {
    name: 'i18n: a child\'s page writes dates in whole words ("vrijdag 4 december")',
    async run({ page, go, shot, axe }) {
      await logIn(page, go, 'daan', '/mijn-gegevens');
      await visible(page.getByRole('heading', { level: 2, name: 'Geleend' }), 'the loans');
      const due = page.locator('.loan-card__due').first();
      await textMatches(due, FULL_DATE, 'a due date in whole words');
      const main = (await page.locator('main').textContent()) ?? '';
      const short = main.match(SHORT_DATE);
      assert(!short, `an abbreviated date on a child's page: "${short?.[0]}"`);
      await shot('i18n-child-dates');
      await axe('mijn gegevens with whole-word dates');
    },
  },
  {
    name: 'i18n: the limit reason says the number of the school ("Je mag 3 boeken tegelijk reserveren")',
    async run({ page, go, shot, axe }) {
      // The service's part (the problem and the option name the limit) has API tests; here the portal's words. So that
      // no school's policy changes under the scenarios running next to this one, the title's options are answered as
      // the service answers a student at her school's limit of 3.
      const limit = 3;
      const id = await titleId('Gangsta oma');
      await page.route(`**/api/titles/${id}`, async (route) => {
        const response = await route.fetch();
        const title = await response.json();
        for (const option of title.reservationOptions?.options ?? []) {
          Object.assign(option, {
            allowed: false,
            reasonCode: 'RESERVATION_LIMIT_REACHED',
            reason: `You already have ${limit} active reservations (the maximum for your school).`,
            limit,
          });
        }
        await route.fulfill({ response, json: title });
      });
      await keepSavedLanguage(page);
      await logIn(page, go, 'emma', `/titels/${id}`);
      const reason = page.locator('.reserve [data-reason="RESERVATION_LIMIT_REACHED"]');
      await textMatches(reason, /^Je mag 3 boeken tegelijk reserveren\./, 'the limit in words');
      await shot('i18n-limit-reason');
      await axe('the title page with the limit reason');

      await page.getByRole('button', { name: 'EN', exact: true }).click();
      await textMatches(reason, /^You may reserve 3 books at a time\./, 'the limit in English words');
    },
  },
];

scenarios.push(...i18nScenarios);
