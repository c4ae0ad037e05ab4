import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { themes, titlePage, titleSummary } from '../../../test/fixtures';
import { json, mockApi, problem, renderAt } from '../../../test/render';
import { SearchPage } from './search-page';

describe('search page', () => {
  it('shows results from the URL query as cards with availability', async () => {
    const { calls } = mockApi({
      '/api/themes': () => json(themes),
      '/api/titles': () =>
        json(
          titlePage([
            titleSummary(),
            titleSummary({
              id: 2,
              title: 'Dolfje Weerwolfje: Nachtgeheimen',
              copiesOnShelf: 0,
              copiesTotal: 2,
              // From a library's catalogue record: no age group.
              ageGroup: undefined,
              readingLevel: 'E4',
            }),
          ]),
        ),
    });

    renderAt('/zoeken', <SearchPage />, '/zoeken?q=weerwolf');

    expect(
      await screen.findByRole('heading', { name: '2 boeken gevonden voor “weerwolf”' }),
    ).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Dolfje Weerwolfje' });
    expect(link).toHaveAttribute('href', '/titels/1');
    const card = link.closest('article');
    expect(card).not.toBeNull();
    expect(within(card as HTMLElement).getByText('3 van 5 in de kast')).toBeInTheDocument();
    expect(within(card as HTMLElement).getByText('6-9 jaar · AVI M5')).toBeInTheDocument();
    expect(screen.getByText('0 van 2 in de kast')).toBeInTheDocument();
    expect(screen.getByText('AVI E4')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: /Zoek op titel/ })).toHaveValue('weerwolf');

    const titleCall = calls.find((c) => c.url.pathname === '/api/titles');
    expect(titleCall?.url.searchParams.get('q')).toBe('weerwolf');
    expect(titleCall?.url.searchParams.get('page')).toBe('0');
    expect(titleCall?.url.searchParams.get('size')).toBe('20');
  });

  it('puts the query and filters in the URL and sends them to the API', async () => {
    const user = userEvent.setup();
    const { calls } = mockApi({
      '/api/themes': () => json(themes),
      '/api/titles': () => json(titlePage([titleSummary()])),
    });
    const { router } = renderAt('/zoeken', <SearchPage />, '/zoeken');

    expect(screen.getByRole('heading', { name: 'Wat wil jij lezen?' })).toBeInTheDocument();
    expect(calls.some((c) => c.url.pathname === '/api/titles')).toBe(false);

    await user.type(screen.getByRole('searchbox'), 'dolfje{Enter}');
    expect(await screen.findByRole('heading', { name: '1 boek gevonden voor “dolfje”' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=dolfje');

    await screen.findByRole('option', { name: 'Griezelen' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Thema' }), 'griezelen');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Leeftijd' }), '6-9');
    await user.click(screen.getByRole('checkbox', { name: 'Nu beschikbaar (in de kast)' }));

    expect(router.state.location.search).toBe('?q=dolfje&thema=griezelen&leeftijd=6-9&beschikbaar=1');
    const last = calls.filter((c) => c.url.pathname === '/api/titles').at(-1);
    expect(Object.fromEntries(last?.url.searchParams ?? [])).toEqual({
      q: 'dolfje',
      theme: 'griezelen',
      ageGroup: '6-9',
      availableNow: 'true',
      page: '0',
      size: '20',
    });
  });

  it('shows an empty state', async () => {
    mockApi({ '/api/themes': () => json(themes), '/api/titles': () => json(titlePage([])) });

    renderAt('/zoeken', <SearchPage />, '/zoeken?q=xyzzy');

    expect(await screen.findByText(/We vonden geen boeken voor “xyzzy”/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Niets gevonden' })).toBeInTheDocument();
  });

  it('shows a loading state while searching', async () => {
    mockApi({
      '/api/themes': () => json(themes),
      '/api/titles': () => new Promise<Response>(() => undefined),
    });

    renderAt('/zoeken', <SearchPage />, '/zoeken?q=boeken');

    expect(await screen.findByRole('status')).toHaveTextContent('Boeken zoeken…');
  });

  it('shows a friendly message, not the raw error', async () => {
    mockApi({
      '/api/themes': () => json(themes),
      '/api/titles': () =>
        problem(400, 'VALIDATION_FAILED', { detail: 'q: size must be <= 100 (java.lang.Foo)' }),
    });

    renderAt('/zoeken', <SearchPage />, '/zoeken?q=boeken');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Er klopt iets niet in wat je hebt ingevuld');
    expect(alert).not.toHaveTextContent('java');
  });

  it('paginates through the URL', async () => {
    const { calls } = mockApi({
      '/api/themes': () => json(themes),
      '/api/titles': ({ url }) =>
        json(
          titlePage([titleSummary()], { page: Number(url.searchParams.get('page')), size: 20, total: 45 }),
        ),
    });

    renderAt('/zoeken', <SearchPage />, '/zoeken?q=boeken&pagina=2');

    expect(await screen.findByText('Pagina 2 van 3')).toBeInTheDocument();
    expect(calls.find((c) => c.url.pathname === '/api/titles')?.url.searchParams.get('page')).toBe('1');
    expect(screen.getByRole('link', { name: /Volgende/ })).toHaveAttribute(
      'href',
      '/zoeken?q=boeken&pagina=3',
    );
    expect(screen.getByRole('link', { name: /Vorige/ })).toHaveAttribute('href', '/zoeken?q=boeken');
  });
});
