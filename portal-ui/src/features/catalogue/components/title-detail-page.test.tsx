import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { authStore } from '../../../lib/auth-store';
import { titleDetail } from '../../../test/fixtures';
import { json, mockApi, problem, renderAt } from '../../../test/render';
import { loginAs } from '../../../test/staff-fixtures';
import { TitleDetailPage } from './title-detail-page';

describe('title detail page', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 22));
  });
  afterEach(() => {
    vi.useRealTimers();
    authStore.clear();
  });

  it('shows the title and availability per location in words, but no copies, when logged out', async () => {
    mockApi({ '/api/titles/1': () => json(titleDetail()), '/api/locations': () => json([]) });

    renderAt('/titels/:id', <TitleDetailPage />, '/titels/1');

    const heading = await screen.findByRole('heading', { level: 1, name: 'Dolfje Weerwolfje' });
    expect(heading).toHaveAttribute('lang', 'nl'); // catalogue text: read with a Dutch voice in any UI language
    expect(screen.getByRole('img', { name: 'Omslag van Dolfje Weerwolfje' })).toBeInTheDocument();
    const author = screen.getByText('Paul van Loon', { selector: '.title-detail__authors span' });
    expect(author).toHaveAttribute('lang', 'nl');
    expect(author.parentElement).toHaveTextContent(/^door Paul van Loon$/);
    const series = screen.getByText('Dolfje Weerwolfje', { selector: 'dd span' });
    expect(series).toHaveAttribute('lang', 'nl');
    expect(series.parentElement).toHaveTextContent(/^Dolfje Weerwolfje, deel 1$/);
    expect(screen.getByRole('link', { name: 'Griezelen' })).toHaveAttribute('href', '/snuffelen/griezelen');

    const where = screen.getByRole('region', { name: 'Waar staat het?' });
    expect(within(where).getByText('2 van de 3 in de kast')).toBeInTheDocument();
    expect(
      within(where).getByText(/0 van de 2 in de kast, uitgeleend tot vrijdag 4 december/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows staff every copy, and "te laat" where the due date has passed', async () => {
    vi.setSystemTime(new Date(2026, 11, 6));
    loginAs('LIBRARY_STAFF');
    mockApi({ '/api/titles/1': () => json(titleDetail()), '/api/locations': () => json([]) });

    renderAt('/titels/:id', <TitleDetailPage />, '/titels/1');

    const table = await screen.findByRole('table', { name: 'Alle exemplaren van dit boek' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByText('Te laat (was tot vr 4 dec)')).toBeInTheDocument();
    const where = screen.getByRole('region', { name: 'Waar staat het?' });
    expect(within(where).getByText('0 van de 2 in de kast, te laat terug')).toBeInTheDocument();
  });

  it('shows a student only the places of her own school, and no copies', async () => {
    loginAs('STUDENT', 'Sanne');
    mockApi({
      '/api/titles/1': () => json(titleDetail()),
      '/api/me': () => json({ id: 1, username: 'sanne', displayName: 'Sanne', role: 'STUDENT', schoolId: 1 }),
      '/api/locations': () =>
        json([
          { id: 10, name: 'Schoolbieb De Regenboog', kind: 'SCHOOL_LIBRARY', schoolId: 1 },
          { id: 20, name: 'Bibliotheek Centrum', kind: 'BRANCH' },
        ]),
    });

    renderAt('/titels/:id', <TitleDetailPage />, '/titels/1');

    const where = await screen.findByRole('region', { name: 'Waar staat het?' });
    expect(within(where).getByText('2 van de 3 in de kast')).toBeInTheDocument();
    expect(within(where).queryByText('Bibliotheek Centrum')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByText('100001')).toBeNull();
  });

  it('copes with the JSON nulls the service sends for absent fields', async () => {
    const nulls = {
      subtitle: null,
      series: null,
      seriesNumber: null,
      publicationYear: null,
      readingLevel: null,
      // A title from a library's catalogue record may come without age group or ISBN.
      ageGroup: null,
      isbn: null,
    };
    const detail = { ...titleDetail(), ...nulls, coverUrl: null, description: null };
    mockApi({ '/api/titles/1': () => json(detail), '/api/locations': () => json([]) });

    renderAt('/titels/:id', <TitleDetailPage />, '/titels/1');

    expect(await screen.findByRole('heading', { level: 1, name: 'Dolfje Weerwolfje' })).toBeInTheDocument();
    expect(screen.queryByText('Serie')).toBeNull();
    expect(screen.queryByText('Leeftijd')).toBeNull();
    expect(screen.queryByText('ISBN')).toBeNull();
    expect(screen.getByText('Er is nog geen beschrijving van dit boek.')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Omslag van Dolfje Weerwolfje' })).toBeInTheDocument();
  });

  it('shows the 404 page for an unknown title', async () => {
    mockApi({ '/api/titles/999': () => problem(404, 'NOT_FOUND'), '/api/locations': () => json([]) });

    renderAt('/titels/:id', <TitleDetailPage />, '/titels/999');

    expect(await screen.findByRole('heading', { name: 'Pagina niet gevonden' })).toBeInTheDocument();
  });

  it('shows a network message when the service is unreachable', async () => {
    mockApi({ '/api/titles/1': () => Response.error(), '/api/locations': () => json([]) });

    renderAt('/titels/:id', <TitleDetailPage />, '/titels/1');

    expect(await screen.findByRole('alert')).toHaveTextContent('We kunnen de bieb even niet bereiken');
  });
});
