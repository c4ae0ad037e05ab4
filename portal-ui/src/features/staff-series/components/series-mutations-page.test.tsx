import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SeriesMutation } from '../../../lib/api';
import { json, mockApi, problem, renderAt } from '../../../test/render';
import { SeriesMutationsPage } from './series-mutations-page';

const mutation: SeriesMutation = {
  id: 7,
  createdBy: 'bieb.noord',
  createdAt: '2026-11-22T10:00:00Z',
  selection: { barcodes: ['302100000276', '302100000277'] },
  change: { reservationBlock: { level: 'NOT_RESERVABLE' } },
  matched: 2,
  changed: 2,
  outOfScope: 0,
};

function renderSeries({ undo }: { undo?: (skip: boolean) => Response } = {}) {
  let list: SeriesMutation[] = [];
  const stub = mockApi({
    '/api/collections': () => json([]),
    '/api/locations': () => json([]),
    '/api/series-mutations': ({ method }) => {
      if (method === 'POST') {
        list = [mutation];
        return json(mutation, 201);
      }
      return json({ items: list, page: 0, size: 10, total: list.length });
    },
    '/api/series-mutations/dry-run': () =>
      json({
        matched: 2,
        outOfScope: 1,
        sample: [
          {
            barcode: '302100000276',
            title: 'Dissus',
            location: 'Bibliotheek Rivierenland Noord',
            shelfMark: 'JEUGD GEES',
            reservationBlock: 'OWN_PATRONS_ONLY',
            loanBlocked: false,
          },
        ],
      }),
    '/api/series-mutations/7/undo': ({ url }) =>
      undo ? undo(url.searchParams.get('skipChanged') === 'true') : json({}),
  });
  renderAt('/balie/seriemutaties', <SeriesMutationsPage />);
  return stub;
}

describe('series mutations', () => {
  it('asks for a selection and a change before a dry run', async () => {
    const { calls } = renderSeries();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Proefdraaien' }));
    expect(
      screen.getByText('Kies ten minste een collectie, locatie, plaatsingscode of barcodes.'),
    ).toBeInTheDocument();
    expect(calls.some((c) => c.url.pathname === '/api/series-mutations/dry-run')).toBe(false);
  });

  it('dry-runs (count + sample), applies after a confirmation stating the count, and lists it', async () => {
    const { calls } = renderSeries();
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Barcodes'), '302100000276\n302100000277');
    await user.click(screen.getByRole('radio', { name: '8 — niet reserveerbaar' }));
    await user.click(screen.getByRole('button', { name: 'Proefdraaien' }));

    expect(await screen.findByTestId('dry-run-count')).toHaveTextContent(
      '2 exemplaren passen bij deze selectie.',
    );
    expect(
      screen.getByText('1 exemplaar valt buiten jouw bereik; dat blijft ongemoeid.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Voorbeeld (1 exemplaar)' })).toHaveTextContent('Dissus');
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Proefdraaien: wat zou er veranderen?' })).toHaveFocus(),
    );
    const dryRun = calls.find((c) => c.url.pathname === '/api/series-mutations/dry-run');
    expect(dryRun?.body).toEqual({
      selection: { barcodes: ['302100000276', '302100000277'] },
      change: { reservationBlock: { level: 'NOT_RESERVABLE' } },
    });

    await user.click(screen.getByRole('button', { name: 'Toepassen op 2 exemplaren…' }));
    const dialog = screen.getByRole('dialog', { name: '2 exemplaren wijzigen?' });
    expect(dialog).toHaveAccessibleDescription(
      /Je wijzigt 2 exemplaren: Res\. blok\. 8 — niet reserveerbaar/,
    );
    expect(within(dialog).getByRole('button', { name: 'Terug' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Ja, wijzig 2 exemplaren' }));

    expect(await screen.findByText('Klaar: 2 exemplaren gewijzigd (seriemutatie 7).')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByTestId('dry-run-count')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('series-applied')).toHaveFocus());
    expect(screen.getByLabelText('Barcodes')).toHaveValue('');
    expect(screen.getAllByRole('radio', { name: 'Niet wijzigen' })[0]).toBeChecked();
    const row = await screen.findByRole('row', { name: /2 barcodes/ });
    expect(row).toHaveTextContent('2 van 2 gewijzigd');
  });

  it('forgets the dry run when the form changes', async () => {
    renderSeries();
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Barcodes'), '302100000276');
    await user.click(screen.getByRole('radio', { name: '8 — niet reserveerbaar' }));
    await user.click(screen.getByRole('button', { name: 'Proefdraaien' }));
    await screen.findByTestId('dry-run-count');
    await user.type(screen.getByLabelText('Barcodes'), '\n302100000277');
    expect(screen.queryByTestId('dry-run-count')).toBeNull();
  });

  it('undoes a mutation; on a conflict it offers to restore only the unchanged copies', async () => {
    renderSeries({
      undo: (skip) =>
        skip
          ? json({
              mutation: { ...mutation, undoneAt: '2026-11-22T11:00:00Z', restored: 1 },
              restored: 1,
              skipped: 1,
            })
          : problem(409, 'CONFLICT'),
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Barcodes'), '302100000276');
    await user.click(screen.getByRole('radio', { name: '8 — niet reserveerbaar' }));
    await user.click(screen.getByRole('button', { name: 'Proefdraaien' }));
    await user.click(await screen.findByRole('button', { name: 'Toepassen op 2 exemplaren…' }));
    await user.click(screen.getByRole('button', { name: 'Ja, wijzig 2 exemplaren' }));

    await user.click(await screen.findByRole('button', { name: 'Ongedaan maken: seriemutatie 7' }));
    const dialog = screen.getByRole('dialog', { name: 'Seriemutatie 7 ongedaan maken?' });
    await user.click(within(dialog).getByRole('button', { name: 'Ja, maak ongedaan' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('sindsdien opnieuw gewijzigd');
    await user.click(within(dialog).getByRole('button', { name: 'Alleen de andere herstellen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByTestId('series-undone')).toHaveTextContent(
      'Seriemutatie 7 is ongedaan gemaakt: 1 exemplaar hersteld. 1 overgeslagen',
    );
  });
});
