import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { titleDetail } from '../../../test/fixtures';
import { json, mockApi, problem, renderAt } from '../../../test/render';
import { TitleDetailPage } from './title-detail-page';

describe('title detail page', () => {
  it('shows the title, availability per location in words, and the copies', async () => {
    mockApi({ '/api/titles/1': () => json(titleDetail()) });

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

    const table = screen.getByRole('table', { name: 'Alle exemplaren van dit boek' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByText(/Uitgeleend tot vrijdag 4 december/)).toBeInTheDocument();
  });

  it('copes with the JSON nulls the service sends for absent fields', async () => {
    const nulls = {
      subtitle: null,
      series: null,
      seriesNumber: null,
      publicationYear: null,
      readingLevel: null,
    };
    const detail = { ...titleDetail(), ...nulls, coverUrl: null, description: null };
    mockApi({ '/api/titles/1': () => json(detail) });

    renderAt('/titels/:id', <TitleDetailPage />, '/titels/1');

    expect(await screen.findByRole('heading', { level: 1, name: 'Dolfje Weerwolfje' })).toBeInTheDocument();
    expect(screen.queryByText('Serie')).toBeNull();
    expect(screen.getByText('Er is nog geen beschrijving van dit boek.')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Omslag van Dolfje Weerwolfje' })).toBeInTheDocument();
  });

  it('shows the 404 page for an unknown title', async () => {
    mockApi({ '/api/titles/999': () => problem(404, 'NOT_FOUND') });

    renderAt('/titels/:id', <TitleDetailPage />, '/titels/999');

    expect(await screen.findByRole('heading', { name: 'Pagina niet gevonden' })).toBeInTheDocument();
  });

  it('shows a network message when the service is unreachable', async () => {
    mockApi({ '/api/titles/1': () => Response.error() });

    renderAt('/titels/:id', <TitleDetailPage />, '/titels/1');

    expect(await screen.findByRole('alert')).toHaveTextContent('We kunnen de bieb even niet bereiken');
  });
});
