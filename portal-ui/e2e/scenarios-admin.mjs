// End-to-end scenarios of the administration (Beheer) against the demo data (password demo1234): an administrator
// walks every section (axe on each, a dialog by keyboard), and the school staff of De Regenboog print login cards for
// a group of their school, after which a student logs in with the start code and chooses a password. The students
// are new ones in a group of their own (imported by the administrator through the API with unique numbers and
// names), so the demo students other scenarios log in as keep their passwords.
import { assert, textMatches, urlMatches, visible } from './helpers.mjs';
import { scenarios } from './scenarios.mjs';
import { api, logInAt } from './service-api.mjs';

const SECTIONS = [
  'Organisaties',
  'Scholen',
  'Locaties',
  'Sluitingen',
  'Medewerkers',
  'Koppelingen',
  'Leerlingen en inlogkaarten',
];

/** Opens a section of the administration through its menu. */
async function section(page, name) {
  await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name, exact: true }).click();
  await visible(page.getByRole('heading', { level: 1, name }), `the page ${name}`);
}

scenarios.push(
  {
    name: 'admin: an administrator walks every section of the administration; a dialog works by keyboard',
    async run({ page, go, shot, axe }) {
      await logInAt(page, go, '/balie/beheer/organisaties', 'admin');
      await page.getByRole('navigation', { name: 'Balie' }).getByRole('link', { name: 'Beheer' }).click();
      await urlMatches(page, /\/balie\/beheer\/organisaties$/);
      for (const name of SECTIONS) {
        await section(page, name);
        await page.waitForLoadState('networkidle').catch(() => undefined);
        await axe(`the administration: ${name}`);
      }
      await section(page, 'Locaties');
      await visible(
        page.getByRole('cell', { name: /Schoolbibliotheek OBS De Regenboog/ }),
        'the school library',
      );
      await section(page, 'Organisaties');
      const add = page.getByRole('button', { name: 'Organisatie toevoegen' });
      await add.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Organisatie toevoegen' });
      await visible(dialog, 'the new organisation dialog');
      assert(
        await dialog.getByLabel('Code', { exact: true }).evaluate((el) => el === document.activeElement),
        'focus starts in the dialog',
      );
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      assert(await add.evaluate((el) => el === document.activeElement), 'focus goes back to the button');
      await section(page, 'Sluitingen');
      await shot('admin-closures');
    },
  },
  {
    name: 'admin: school staff print login cards for a new group; a student logs in with the start code',
    async run({ page, go, shot, axe }) {
      const stamp = Date.now().toString(36);
      const group = `e2e ${stamp}`;
      const schools = await api('/api/schools', { as: 'admin' });
      const school = schools.find((s) => s.name.includes('Regenboog'));
      assert(school, 'the demo school De Regenboog');
      const imported = await api('/api/students/import', {
        as: 'admin',
        method: 'POST',
        body: {
          schoolId: school.id,
          students: [
            {
              studentNumber: `E2E-${stamp}-1`,
              firstName: 'Lotte',
              lastName: `Kaart${stamp}`,
              groupName: group,
            },
            {
              studentNumber: `E2E-${stamp}-2`,
              firstName: 'Mees',
              lastName: `Kaart${stamp}`,
              groupName: group,
            },
          ],
        },
      });
      assert(imported.loginsCreated === 2, `two logins, got ${JSON.stringify(imported)}`);

      await logInAt(page, go, '/balie/beheer/leerlingen', 'school.regenboog');
      const menu = page.getByRole('navigation', { name: 'Beheer' });
      await visible(menu.getByRole('link', { name: 'Leerlingen en inlogkaarten' }), 'the students section');
      assert(
        (await menu.getByRole('link', { name: 'Organisaties' }).count()) === 0,
        'no organisations for school staff',
      );
      const groups = await visible(page.getByTestId('student-groups'), 'the groups');
      const row = groups.getByRole('row').filter({ hasText: group });
      await textMatches(row, /22/, 'two students, both without a password');
      await row.getByRole('button', { name: /Leerlingen tonen/ }).click();
      await textMatches(page.getByTestId('group-students'), /Nog geen inlogkaart/, 'no login yet');
      await axe('the students of a group');
      await row.getByRole('button', { name: /Inlogkaarten printen/ }).click();
      await urlMatches(page, /\/balie\/beheer\/leerlingen\/inlogkaarten$/);
      const cards = page.getByTestId('login-cards').getByRole('listitem');
      await visible(cards.first(), 'the login cards');
      assert((await cards.count()) === 2, `two cards, got ${await cards.count()}`);
      const username = (
        (await cards.first().locator('.login-card__code').first().textContent()) ?? ''
      ).trim();
      const startCode = ((await cards.first().getByTestId('start-code').textContent()) ?? '').trim();
      assert(/^[A-Z2-9]{8}$/.test(startCode), `expected a start code, got "${startCode}"`);
      assert(!page.url().includes(startCode), 'the start code is not in the address');
      await shot('admin-login-cards');
      await axe('the login cards page');

      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await go('/inloggen');
      await page.getByLabel('Gebruikersnaam').fill(username);
      await page.getByLabel('Wachtwoord').fill(`${startCode.slice(0, 4)}-${startCode.slice(4)}`);
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await urlMatches(page, /\/mijn-gegevens\/wachtwoord/);
      await visible(page.getByText('Je logt in met een startcode. Kies nu je eigen wachtwoord.'), 'why');
      await shot('admin-student-start-code');
      await axe('the forced password change');
      await page.getByLabel('Startcode', { exact: true }).fill(startCode);
      await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(`lotte-${stamp}-leest`);
      await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(`lotte-${stamp}-leest`);
      await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
      await urlMatches(page, /\/zoeken/);
      await visible(page.getByTestId('user-name').getByText('Lotte'), 'logged in as the student');
    },
  },
);
