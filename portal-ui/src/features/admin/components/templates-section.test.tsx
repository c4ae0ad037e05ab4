import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { authStore } from '../../../lib/auth-store';
import type { TemplatePreviewRequest } from '../../../lib/notification-api';
import { templates } from '../../../test/notification-fixtures';
import { json, mockApi, problem, renderAt } from '../../../test/render';
import { loginAs } from '../../../test/staff-fixtures';
import { paragraphs, TemplatesSection, templateProblems } from './templates-section';

afterEach(() => authStore.clear());

/** The service's rendering, simplified: values filled in, everything HTML-escaped in the html part. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function preview(body: TemplatePreviewRequest) {
  const fill = (text: string) =>
    text
      .replace(/\{\{\s*title\s*\}\}/g, 'De <b>griezel</b>')
      .replace(/\{\{\s*studentFirstName\s*\}\}/g, 'Sanne');
  const subject = fill(body.subject);
  const text = fill(body.body);
  return json({
    subject,
    text,
    html: `<!doctype html><html><body>${text
      .split(/\n\n+/)
      .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
      .join('')}</body></html>`,
  });
}

describe('Meldingen: the e-mail texts', () => {
  it('previews what is typed with the example data, escaped, and never as part of the page', async () => {
    const { calls } = mockApi({
      '/api/notification-templates': () => json(templates()),
      'POST /api/notification-templates/preview': ({ body }) => preview(body),
      'PUT /api/notification-templates/:event/:language': ({ body }) =>
        json({ ...templates()[2], ...body, custom: true }),
    });
    loginAs('ADMIN');
    const user = userEvent.setup();
    renderAt('/balie/beheer/meldingen', <TemplatesSection organisationId={1} canEdit />);

    const table = await screen.findByTestId('notification-templates');
    expect(within(table).getAllByRole('row')).toHaveLength(11);
    await user.click(
      within(table).getByRole('button', { name: /Bewerken.*Boek ligt klaar om op te halen \(Nederlands\)/ }),
    );
    const heading = screen.getByRole('heading', {
      name: 'Tekst bewerken: Boek ligt klaar om op te halen (Nederlands)',
    });
    expect(heading).toHaveFocus();
    expect(await screen.findByTestId('template-preview-subject')).toHaveTextContent(
      'Bieb: reservation_ready',
    );

    const subject = screen.getByLabelText('Onderwerp');
    await user.clear(subject);
    await user.type(subject, '<script>alert(1)</script> {{{{title}}');
    await waitFor(() =>
      expect(screen.getByTestId('template-preview-subject')).toHaveTextContent(
        '<script>alert(1)</script> De <b>griezel</b>',
      ),
    );
    const last = calls.filter((c) => c.url.pathname.endsWith('/preview')).at(-1);
    expect(last?.body).toEqual({
      organisationId: 1,
      event: 'RESERVATION_READY',
      language: 'nl',
      subject: '<script>alert(1)</script> {{title}}',
      body: 'Hallo,\n\n{{studentFirstName}} heeft {{title}}.',
    });
    // Text, not markup: no element came from the answer into the page.
    expect(document.querySelector('script, b, iframe')).toBeNull();
    const mail = screen.getByTestId('template-preview-body');
    expect(
      within(mail)
        .getAllByRole('paragraph')
        .map((p) => p.textContent),
    ).toEqual(['Hallo,', 'Sanne heeft De <b>griezel</b>.']);
    expect(screen.getByTestId('template-preview-html')).toHaveTextContent(
      '<p>Sanne heeft De &lt;b&gt;griezel&lt;/b&gt;.</p>',
    );

    await user.click(screen.getByRole('button', { name: 'Tekst opslaan' }));
    await waitFor(() =>
      expect(screen.getByTestId('template-result')).toHaveTextContent('De tekst is opgeslagen.'),
    );
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.url.pathname).toBe('/api/notification-templates/RESERVATION_READY/nl');
    expect(put?.url.searchParams.get('organisationId')).toBe('1');
    expect(put?.body).toEqual({
      subject: '<script>alert(1)</script> {{title}}',
      body: 'Hallo,\n\n{{studentFirstName}} heeft {{title}}.',
    });
  });

  it('names an unknown or unclosed placeholder before sending, and shows the service refusing one', async () => {
    const { calls } = mockApi({
      '/api/notification-templates': () => json(templates()),
      'POST /api/notification-templates/preview': ({ body }) =>
        body.body.includes('{{reason}}') ? problem(400, 'TEMPLATE_INVALID') : preview(body),
      'PUT /api/notification-templates/:event/:language': () => problem(400, 'TEMPLATE_INVALID'),
    });
    loginAs('LIBRARY_STAFF');
    const user = userEvent.setup();
    renderAt('/balie/beheer/meldingen', <TemplatesSection organisationId={1} canEdit />);
    await user.click(
      await screen.findByRole('button', { name: /Bewerken.*Niet op tijd opgehaald \(Engels\)/ }),
    );
    await screen.findByTestId('template-preview');
    const body = screen.getByLabelText('Tekst');
    expect(
      screen.getByText(/Invulvelden die je kunt gebruiken: \{\{studentFirstName\}\}/),
    ).toBeInTheDocument();

    await user.clear(body);
    await user.type(body, 'Sorry {{{{reason}}');
    await user.click(screen.getByRole('button', { name: 'Tekst opslaan' }));
    expect(screen.getByText('Dit invulveld bestaat niet: {{reason}}.')).toBeInTheDocument();
    expect(body).toHaveFocus();
    expect(body).toHaveAttribute('aria-invalid', 'true');
    // The preview asks the service, which refuses it too: its words, not the raw problem.
    expect(
      await screen.findByText('Deze tekst gebruikt een invulveld dat niet bestaat.'),
    ).toBeInTheDocument();

    await user.clear(body);
    await user.type(body, 'Sorry {{{{title');
    expect(screen.getByText('Er staat een invulveld zonder sluitende accolades.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    await user.clear(body);
    await user.type(body, 'Sorry {{{{title}}');
    await user.click(screen.getByRole('button', { name: 'Tekst opslaan' }));
    expect(
      await within(screen.getByRole('region', { name: /Tekst bewerken/ })).findByText(
        'Deze tekst gebruikt een invulveld dat niet bestaat.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByTestId('template-result')).toHaveTextContent('');
    // Closing the editor puts focus on the section's heading (not lost on the page).
    await user.click(screen.getByRole('button', { name: 'Sluiten' }));
    expect(screen.queryByRole('region', { name: /Tekst bewerken/ })).toBeNull();
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Teksten van de e-mails' })).toHaveFocus(),
    );
  });

  it('puts the built-in text back after asking', async () => {
    let custom = ['PICKUP_REMINDER/nl'];
    const { calls } = mockApi({
      'GET /api/notification-templates': () => json(templates(custom)),
      'POST /api/notification-templates/preview': ({ body }) => preview(body),
      'DELETE /api/notification-templates/:event/:language': () => {
        custom = [];
        return new Response(null, { status: 204 });
      },
    });
    loginAs('ADMIN');
    const user = userEvent.setup();
    renderAt('/balie/beheer/meldingen', <TemplatesSection organisationId={1} canEdit />);
    const table = await screen.findByTestId('notification-templates');
    const row = within(table).getByRole('row', { name: /Herinnering om op te halen Nederlands/ });
    expect(row).toHaveTextContent('Eigen tekst');
    await user.click(within(row).getByRole('button', { name: /Bewerken/ }));
    await user.click(screen.getByRole('button', { name: 'Standaardtekst terugzetten' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('button', { name: 'Annuleren' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Standaardtekst terugzetten' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const remove = calls.find((c) => c.method === 'DELETE');
    expect(remove?.url.pathname).toBe('/api/notification-templates/PICKUP_REMINDER/nl');
    expect(remove?.url.searchParams.get('organisationId')).toBe('1');
    await waitFor(() => expect(row).toHaveTextContent('Standaardtekst'));
    expect(screen.queryByRole('button', { name: 'Standaardtekst terugzetten' })).toBeNull();
  });

  it('lays the text out as the HTML part does: paragraphs at blank lines, lines within', () => {
    expect(paragraphs('Hallo,\n\nRegel een\nRegel twee\n \n\nGroeten')).toEqual([
      ['Hallo,'],
      ['Regel een', 'Regel twee'],
      ['Groeten'],
    ]);
    expect(paragraphs('  \n')).toEqual([]);
  });

  it('finds unknown and unclosed placeholders', () => {
    const allowed = ['title', 'pickupBy'];
    expect(templateProblems('Hallo {{title}} tot {{ pickupBy }}', allowed)).toEqual({
      unknown: [],
      unclosed: false,
    });
    expect(templateProblems('{{naam}} en {{naam}} en {{x}}', allowed)).toEqual({
      unknown: ['naam', 'x'],
      unclosed: false,
    });
    expect(templateProblems('{{title', allowed).unclosed).toBe(true);
    expect(templateProblems('{{title {{pickupBy}}', allowed).unclosed).toBe(true);
    expect(templateProblems('geen invulvelden } of { hier', allowed)).toEqual({
      unknown: [],
      unclosed: false,
    });
  });

  it('never renders markup from the service into the page (no dangerouslySetInnerHTML in the portal)', () => {
    const sources = import.meta.glob('../../../**/*.tsx', { query: '?raw', import: 'default', eager: true });
    const offenders = Object.entries(sources)
      .filter(([path]) => !path.endsWith('.test.tsx'))
      .filter(([, text]) => String(text).includes('dangerouslySetInnerHTML'))
      .map(([path]) => path);
    expect(Object.keys(sources).length).toBeGreaterThan(50);
    expect(offenders).toEqual([]);
  });
});
