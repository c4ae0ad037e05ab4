import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { authStore } from '../../../lib/auth-store';
import { themes } from '../../../test/fixtures';
import { json, mockApi, problem, renderAt } from '../../../test/render';
import { allLocations, catalogueTitle, copyDetail, loginAs } from '../../../test/staff-fixtures';
import { CataloguePage } from './catalogue-page';

const collections = [
  { id: 1, code: 'KBW-2026', name: 'Kinderboekenweek', defaultReservationBlock: 'NONE', copies: 4 },
];

function renderCatalogue(routes: Parameters<typeof mockApi>[0]) {
  loginAs('LIBRARY_STAFF');
  const api = mockApi({
    '/api/locations': () => json(allLocations),
    '/api/collections': () => json(collections),
    '/api/themes': () => json(themes),
    ...routes,
  });
  renderAt('/balie/catalogus', <CataloguePage />);
  return api;
}

afterEach(() => authStore.clear());

describe('catalogue: a title by hand, ISBN first', () => {
  it('finds a title by a scanned ISBN-10 (as its ISBN-13), shows its copies and adds a copy', async () => {
    const title = catalogueTitle();
    const { calls } = renderCatalogue({
      'GET /api/titles/lookup': () => json(title),
      'GET /api/titles/501/catalogue': () => json(title),
      'POST /api/copies': () => json(copyDetail({ barcode: '302100000902' }), 201),
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('ISBN of recordnummer'), '90-216-8002-5');
    await user.click(screen.getByRole('button', { name: 'Opzoeken' }));

    const heading = await screen.findByRole('heading', { level: 2, name: /Het geheim van de verdwenen kat/ });
    await waitFor(() => expect(heading).toHaveFocus());
    const lookup = calls.find((c) => c.url.pathname === '/api/titles/lookup');
    expect(lookup?.url.searchParams.get('isbn')).toBe('9789021680026');
    const copies = screen.getByRole('table', { name: /1 exemplaar van deze titel/ });
    expect(copies).toHaveTextContent('302100000901');
    expect(copies).toHaveTextContent('In de kast');
    expect(screen.getByTestId('catalogue-title-facts')).toHaveTextContent('6-9 jaar');

    const form = screen.getByRole('form', { name: 'Exemplaar toevoegen' });
    // The shelf mark of the copy there is the suggestion; the locations are the organisation's (not Elders).
    expect(within(form).getByLabelText(/Plaatsingscode/)).toHaveValue('JE SMIT');
    const location = within(form).getByLabelText(/Locatie/);
    expect(within(location).queryByRole('option', { name: 'Bibliotheek Elders' })).toBeNull();
    // …and the location of that copy (Centrum).
    expect(location).toHaveValue('1');
    await user.type(within(form).getByLabelText(/Barcode/), '302100000902');
    await user.selectOptions(location, 'Bibliotheek Rivierenland Noord');
    await user.click(within(form).getByRole('button', { name: 'Exemplaar toevoegen' }));

    expect(await screen.findByText('Exemplaar 302100000902 is toegevoegd.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      titleId: 501,
      barcode: '302100000902',
      locationId: 2,
      shelfMark: 'JE SMIT',
    });
  });

  it('refuses an ISBN with a wrong check digit before asking the service', async () => {
    const { calls } = renderCatalogue({});
    const user = userEvent.setup();
    const field = await screen.findByLabelText('ISBN of recordnummer');
    await user.type(field, '9789021680021');
    await user.click(screen.getByRole('button', { name: 'Opzoeken' }));
    expect(await screen.findByText(/Dit ISBN klopt niet/)).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(calls.some((c) => c.url.pathname === '/api/titles/lookup')).toBe(false);
  });

  it('an unknown ISBN opens the title form; it is checked, then created with its copy in one request', async () => {
    const created = catalogueTitle({
      id: 777,
      isbn: '9789045112343',
      title: 'Spoken in de bieb',
      authors: 'Jan de Wit; Ans Bos',
      series: undefined,
      seriesNumber: undefined,
      themes: [{ code: 'griezelen', nameNl: 'Griezelen', nameEn: 'Spooky' }],
      ageGroup: undefined,
    });
    let found = false;
    const { calls } = renderCatalogue({
      'GET /api/titles/lookup': () => (found ? json(created) : problem(404, 'NOT_FOUND')),
      'POST /api/titles': () => json(created, 201),
      'GET /api/titles/777/catalogue': () => json(created),
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('ISBN of recordnummer'), '978-90-451-1234-3');
    await user.click(screen.getByRole('button', { name: 'Opzoeken' }));

    expect(await screen.findByText(/staat nog niet in de catalogus/)).toBeInTheDocument();
    expect(screen.getByLabelText('ISBN')).toHaveValue('9789045112343');

    // Sent empty: the errors are at their fields and focus is on the first (the title).
    await user.click(screen.getByRole('button', { name: 'Titel toevoegen' }));
    expect(await screen.findByText('Vul de titel in.')).toBeInTheDocument();
    expect(screen.getByText('Vul de auteur in.')).toBeInTheDocument();
    expect(screen.getByText('Scan of typ de barcode.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText(/^Titel/)).toHaveFocus());
    expect(calls.some((c) => c.url.pathname === '/api/titles' && c.method === 'POST')).toBe(false);

    await user.type(screen.getByLabelText(/^Titel/), 'Spoken in de bieb');
    await user.type(screen.getByLabelText(/^Auteurs/), 'Jan de Wit; Ans Bos');
    await user.type(screen.getByLabelText('Jaar van uitgave'), '2025');
    await user.click(screen.getByRole('checkbox', { name: 'Griezelen' }));
    const copy = screen.getByRole('group', { name: 'Exemplaar 1' });
    await user.type(within(copy).getByLabelText(/Barcode/), 'ab12345');
    await user.selectOptions(within(copy).getByLabelText(/Locatie/), 'Bibliotheek Rivierenland Centrum');
    await user.type(within(copy).getByLabelText(/Plaatsingscode/), 'JE WIT');
    await user.selectOptions(within(copy).getByLabelText(/Collectie/), 'KBW-2026 — Kinderboekenweek');
    await user.click(screen.getByRole('button', { name: 'Titel toevoegen' }));

    expect(await screen.findByText('De titel is toegevoegd, met 1 exemplaar.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: /Spoken in de bieb/ })).toBeInTheDocument();
    // Without an age group the fact is left out.
    expect(screen.getByTestId('catalogue-title-facts')).not.toHaveTextContent('Leeftijd');
    // Looked up again, the ISBN is asked again and now found, with "add a copy".
    found = true;
    await user.click(screen.getByRole('button', { name: 'Opzoeken' }));
    expect(await screen.findByRole('form', { name: 'Exemplaar toevoegen' })).toBeInTheDocument();
    const post = calls.find((c) => c.url.pathname === '/api/titles' && c.method === 'POST');
    expect(post?.body).toEqual({
      isbn: '9789045112343',
      title: 'Spoken in de bieb',
      authors: 'Jan de Wit; Ans Bos',
      publicationYear: 2025,
      language: 'nl',
      themes: ['griezelen'],
      copies: [{ barcode: 'AB12345', locationId: 1, shelfMark: 'JE WIT', collectionCode: 'KBW-2026' }],
    });
  });

  it("shows the service's refusals at their fields: a barcode taken, a field error, the title that exists", async () => {
    let answer = () => problem(409, 'BARCODE_TAKEN', { barcode: 'AB0002' });
    renderCatalogue({
      'GET /api/titles/lookup': () => problem(404, 'NOT_FOUND'),
      'POST /api/titles': () => answer(),
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('ISBN of recordnummer'), 'PPN-12345');
    await user.click(screen.getByRole('button', { name: 'Opzoeken' }));
    expect(await screen.findByLabelText('Recordnummer')).toHaveValue('PPN-12345');
    await user.type(screen.getByLabelText(/^Titel/), 'Kees de jongen');
    await user.type(screen.getByLabelText(/^Auteurs/), 'Theo Thijssen');
    await user.click(screen.getByRole('button', { name: 'Nog een exemplaar' }));
    for (const [index, barcode] of [
      [1, 'AB0001'],
      [2, 'AB0002'],
    ] as const) {
      const copy = screen.getByRole('group', { name: `Exemplaar ${index}` });
      await user.type(within(copy).getByLabelText(/Barcode/), barcode);
      await user.selectOptions(within(copy).getByLabelText(/Locatie/), 'Bibliotheek Rivierenland Noord');
      await user.type(within(copy).getByLabelText(/Plaatsingscode/), 'JE THIJ');
    }
    await user.click(screen.getByRole('button', { name: 'Titel toevoegen' }));

    const second = within(screen.getByRole('group', { name: 'Exemplaar 2' })).getByLabelText(/Barcode/);
    await waitFor(() => expect(second).toHaveFocus());
    expect(second).toHaveAccessibleDescription('Deze barcode hoort al bij een ander exemplaar.');

    answer = () =>
      problem(400, 'VALIDATION_FAILED', {
        errors: [{ field: 'copies[0].shelfMark', message: 'is too long' }],
      });
    await user.clear(second);
    await user.type(second, 'AB0003');
    await user.click(screen.getByRole('button', { name: 'Titel toevoegen' }));
    const shelfMark = within(screen.getByRole('group', { name: 'Exemplaar 1' })).getByLabelText(
      /Plaatsingscode/,
    );
    await waitFor(() => expect(shelfMark).toHaveFocus());
    expect(shelfMark).toHaveAccessibleDescription('De plaatsingscode mag hoogstens 60 tekens lang zijn.');

    answer = () => problem(409, 'TITLE_EXISTS', { titleId: 501 });
    await user.click(screen.getByRole('button', { name: 'Titel toevoegen' }));
    expect(
      await screen.findByText('Er staat al een titel met dit recordnummer in de catalogus.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Recordnummer')).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Toon die titel' })).toBeInTheDocument();
  });
});
