// End-to-end scenarios of the notifications (issue 21) against the demo data (password demo1234): the administrator
// sets the pickup reminder to 2 open days in Beheer → Meldingen, edits the Dutch "ready" e-mail with <script> in the
// subject and sees it escaped in the preview (then puts the built-in text back), and opens Beheer → Bezorging and
// Webhooks; a student (lotte, whom no other scenario uses) sees "Meldingen aan je ouders" on Mijn gegevens and her
// language choice is saved. Each scenario puts back what it changed, so it runs again on the same database.
import { assert, textMatches, urlMatches, visible } from './helpers.mjs';
import { scenarios } from './scenarios.mjs';
import { api, logInAt } from './service-api.mjs';

const STUDENT = 'lotte';

/** Opens a section of the administration through its menu. */
async function section(page, name) {
  await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name, exact: true }).click();
  await visible(page.getByRole('heading', { level: 1, name }), `the page ${name}`);
}

/** The rules in force for the administrator's (first) organisation, through the API. */
async function organisationRules() {
  const organisations = await api('/api/organisations', { as: 'admin' });
  const organisation = organisations.filter((o) => o.active).sort((a, b) => a.name.localeCompare(b.name))[0];
  assert(organisation, 'an organisation in the demo data');
  return api(`/api/notification-rules?organisationId=${organisation.id}`, { as: 'admin' });
}

scenarios.push(
  {
    name: 'notifications: an administrator sets the pickup reminder to 2 open days in Meldingen',
    async run({ page, go, shot, axe }) {
      const before = await organisationRules();
      try {
        await logInAt(page, go, '/balie/beheer/organisaties', 'admin');
        await section(page, 'Meldingen');
        await visible(
          page.getByRole('heading', { level: 2, name: 'Wanneer krijgen ouders een e-mail?' }),
          'the rules',
        );
        const reminderOn = page.getByRole('checkbox', { name: 'Herinnering om op te halen' });
        if (!(await reminderOn.isChecked())) await reminderOn.check();
        const days = page.getByLabel('Herinnering sturen', { exact: true });
        await days.selectOption({ label: '2 open dagen vooraf' });
        await page.waitForLoadState('networkidle').catch(() => undefined);
        await axe('Beheer → Meldingen');
        // By keyboard: focus the save button and press Enter.
        await page.getByRole('button', { name: 'Meldingen opslaan' }).focus();
        await page.keyboard.press('Enter');
        await textMatches(
          page.getByTestId('rules-result'),
          /De meldingen zijn opgeslagen\./,
          'the saved note',
        );
        await shot('notifications-rules');

        const after = await organisationRules();
        const reminder = after.rules.find((rule) => rule.event === 'PICKUP_REMINDER');
        assert(reminder?.enabled === true, `the reminder is on, got ${JSON.stringify(reminder)}`);
        assert(reminder.reminderOpenDays === 2, `2 open days, got ${JSON.stringify(reminder)}`);
        assert(reminder.source === 'ORGANISATION', `the organisation's rule, got ${reminder.source}`);
        // After a reload the form shows what was saved.
        await page.reload({ waitUntil: 'domcontentloaded' });
        await visible(page.getByRole('heading', { level: 1, name: 'Meldingen' }), 'Meldingen again');
        await textMatches(
          page.getByLabel('Herinnering sturen', { exact: true }).locator('option:checked'),
          /2 open dagen/,
          'the saved reminder days',
        );
      } finally {
        // Back to what it was (each event as before; the reminder's days too).
        await api('/api/notification-rules', {
          as: 'admin',
          method: 'PUT',
          body: {
            organisationId: before.organisationId,
            schoolId: null,
            rules: before.rules.map((rule) => ({
              event: rule.event,
              enabled: rule.source === 'DEFAULT' ? null : rule.enabled,
              reminderOpenDays:
                rule.event === 'PICKUP_REMINDER' && rule.source !== 'DEFAULT' ? rule.reminderOpenDays : null,
            })),
          },
        });
      }
    },
  },
  {
    name: 'notifications: <script> in the subject of the Dutch "ready" e-mail is shown escaped in the preview',
    async run({ page, go, shot, axe }) {
      /** @type {string[]} */
      const dialogs = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const { organisationId } = await organisationRules();
      try {
        await logInAt(page, go, '/balie/beheer/meldingen', 'admin');
        const table = await visible(page.getByTestId('notification-templates'), 'the e-mail texts');
        const row = table.getByRole('row', { name: /Boek ligt klaar om op te halen \(Nederlands\)/ });
        await row.getByRole('button', { name: /Bewerken/ }).click();
        const editor = await visible(
          page.getByRole('region', { name: /Tekst bewerken: Boek ligt klaar om op te halen \(Nederlands\)/ }),
          'the editor',
        );
        const subject = editor.getByLabel('Onderwerp', { exact: true });
        await subject.fill('<script>alert("e2e")</script> {{title}} ligt klaar');
        const preview = page.getByRole('region', { name: 'Voorbeeld' });
        // The subject is text: the tags are shown as they were typed, the example title's <b> too.
        await textMatches(
          preview.getByTestId('template-preview-subject'),
          /^<script>alert\("e2e"\)<\/script> De <b>Gruffalo<\/b> ligt klaar$/,
          'the previewed subject, as text',
        );
        // The body as text in paragraphs, and the HTML part's source as text: the service escaped the values.
        await textMatches(
          preview.getByTestId('template-preview-body'),
          /De <b>Gruffalo<\/b>/,
          'the example title in the body, as text',
        );
        const html = (await preview.getByTestId('template-preview-html').textContent()) ?? '';
        assert(html.includes('&lt;b&gt;Gruffalo&lt;/b&gt;'), `the title escaped in the HTML part: ${html}`);
        assert(!/<script/i.test(html), `no script in the HTML part: ${html}`);
        assert((await page.locator('script:not([src])').count()) === 0, 'no inline script in the page');
        assert(
          (await page.locator('main b, main iframe').count()) === 0,
          'no markup of the preview in the page',
        );
        await shot('notifications-template-preview');
        await axe('the e-mail text editor with its preview');

        await editor.getByRole('button', { name: 'Tekst opslaan' }).click();
        await textMatches(page.getByTestId('template-result'), /De tekst is opgeslagen\./, 'the saved text');
        await textMatches(row, /Eigen tekst/, 'the row marked as an own text');
        await textMatches(row, /<script>alert/, 'the subject in the list, as text');

        // Back to the built-in text, through the confirmation (by keyboard: the safe button has focus first).
        await editor.getByRole('button', { name: 'Standaardtekst terugzetten' }).click();
        const confirm = page.getByRole('dialog', { name: 'Standaardtekst terugzetten' });
        await visible(confirm, 'the reset question');
        assert(
          await confirm
            .getByRole('button', { name: 'Annuleren' })
            .evaluate((el) => el === document.activeElement),
          'focus starts on Annuleren',
        );
        await confirm.getByRole('button', { name: 'Standaardtekst terugzetten' }).click();
        await confirm.waitFor({ state: 'hidden' });
        await textMatches(row, /Standaardtekst/, 'the row back on the built-in text');
        assert(dialogs.length === 0, `no script ran: ${dialogs.join(', ')}`);
      } finally {
        const texts = await api(`/api/notification-templates?organisationId=${organisationId}`, {
          as: 'admin',
        });
        if (texts.some((t) => t.event === 'RESERVATION_READY' && t.language === 'nl' && t.custom)) {
          await api(`/api/notification-templates/RESERVATION_READY/nl?organisationId=${organisationId}`, {
            as: 'admin',
            method: 'DELETE',
          });
        }
      }
    },
  },
  {
    name: 'notifications: an administrator opens Bezorging (filters, attempts) and Webhooks',
    async run({ page, go, shot, axe }) {
      await logInAt(page, go, '/balie/beheer/bezorging', 'admin');
      await visible(page.getByRole('heading', { level: 1, name: 'Bezorging' }), 'the delivery log');
      await page.getByLabel('Kanaal', { exact: true }).selectOption({ label: 'E-mail' });
      await urlMatches(page, /channel=EMAIL/);
      const table = page.getByTestId('deliveries');
      const empty = page.getByText('Er is (met deze filters) niets verstuurd.');
      await visible(table.or(empty), 'the deliveries or that there are none');
      if (await table.isVisible()) {
        await page.waitForLoadState('networkidle').catch(() => undefined);
        const first = table.getByRole('row').nth(1);
        await textMatches(first, /E-mail/, 'an e-mail delivery');
        await first.getByRole('button', { name: /Pogingen/ }).click();
        const dialog = page.getByRole('dialog', { name: /Pogingen van bezorging/ });
        await visible(dialog, 'the attempts');
        await visible(
          dialog.getByTestId('delivery-attempts').or(dialog.getByText('Er is nog geen poging gedaan.')),
          'the attempts or that there are none yet',
        );
        await axe('the attempts of a delivery');
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'hidden' });
      }
      await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Mislukt' });
      await urlMatches(page, /status=FAILED/);
      await visible(table.or(empty), 'the failed deliveries or that there are none');
      await page.waitForLoadState('networkidle').catch(() => undefined);
      await shot('notifications-deliveries');
      await axe('Beheer → Bezorging');

      await section(page, 'Webhooks');
      await visible(
        page.getByTestId('webhook-endpoints').or(page.getByText('Er zijn nog geen webhooks.')),
        'the webhooks or that there are none',
      );
      await page.getByRole('button', { name: 'Webhook toevoegen' }).click();
      const add = page.getByRole('dialog', { name: 'Webhook toevoegen' });
      await visible(add.getByRole('checkbox', { name: 'ReservationReady' }), 'the event types to choose');
      await axe('the new webhook dialog');
      await page.keyboard.press('Escape');
      await add.waitFor({ state: 'hidden' });
      await axe('Beheer → Webhooks');
    },
  },
  {
    name: 'notifications: a student sees "Meldingen aan je ouders" on Mijn gegevens; her language choice is saved',
    async run({ page, go, shot, axe }) {
      const mine = await api('/api/me/notifications', { as: STUDENT });
      if (mine.language !== 'nl') {
        await api('/api/me/language', { as: STUDENT, method: 'PUT', body: { language: 'nl' } });
      }
      try {
        await logInAt(page, go, '/mijn-gegevens', STUDENT);
        const card = page.getByRole('region', { name: 'Meldingen aan je ouders' });
        await visible(card, 'the card about the e-mails to the parents');
        if (mine.parentEmail) {
          await visible(card.getByText(mine.parentEmail, { exact: true }), 'the masked address');
          assert(mine.parentEmail.includes('•'), `the address is masked: ${mine.parentEmail}`);
          const on = mine.events.filter((event) => event.enabled).length;
          if (on > 0) {
            const list = card.getByRole('list', { name: 'Je ouders krijgen een e-mail als:' });
            assert((await list.getByRole('listitem').count()) === on, `${on} e-mails that are on`);
          }
        } else {
          await visible(
            card.getByText('De school heeft geen e-mailadres van je ouders.', { exact: false }),
            'that the school has no address',
          );
        }
        await textMatches(card, /De e-mails zijn in het Nederlands\./, 'the language of the e-mails');
        await shot('notifications-student-card');
        await axe('Mijn gegevens with the parents card');

        await page.getByRole('button', { name: 'EN', exact: true }).click();
        const english = page.getByRole('region', { name: 'Messages to your parents' });
        await textMatches(english, /The e-mails are in English\./, 'the saved language, in English');
        const saved = await api('/api/me/notifications', { as: STUDENT });
        assert(saved.language === 'en', `the language saved as en, got ${saved.language}`);
        await axe('Mijn gegevens in English');

        // On a shared school computer the previous pupil left it in Dutch: her next login brings her language back.
        await page.getByRole('button', { name: 'Log out' }).click();
        await visible(
          page.getByRole('banner').getByRole('link', { name: 'Log in' }),
          'the login link after logout',
        );
        await page.evaluate(() => localStorage.setItem('bieb.locale', 'nl'));
        await logInAt(page, go, '/mijn-gegevens', STUDENT);
        await textMatches(english, /The e-mails are in English\./, 'her saved language after a new login');

        await page.getByRole('button', { name: 'NL', exact: true }).click();
        await textMatches(card, /De e-mails zijn in het Nederlands\./, 'back to Dutch');
        const back = await api('/api/me/notifications', { as: STUDENT });
        assert(back.language === 'nl', `the language saved as nl, got ${back.language}`);
      } finally {
        await api('/api/me/language', { as: STUDENT, method: 'PUT', body: { language: mine.language } });
      }
    },
  },
);
