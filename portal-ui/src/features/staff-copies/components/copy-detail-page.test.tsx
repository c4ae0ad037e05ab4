import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CopyDetail } from '../../../lib/api';
import { json, mockApi, problem, renderAt } from '../../../test/render';
import { copyDetail } from '../../../test/staff-fixtures';
import { CopyDetailPage } from './copy-detail-page';

/** GET answers the copy; every change (block, loan block, copy reservation) gets `change`. */
function renderCopy(copy: CopyDetail, change: () => Response = () => problem(405, 'X')) {
  const api = mockApi({
    'GET /api/copies/302000000002': () => json(copy),
    '/api/copies/302000000002/*': change,
    '/api/special-passes': () =>
      json([{ id: 301, name: 'Tentoonstelling Kinderboekenweek', location: copy.ownerLocation, loans: [] }]),
  });
  renderAt('/balie/exemplaren/:barcode', <CopyDetailPage />, '/balie/exemplaren/302000000002');
  return api;
}

describe('copy detail', () => {
  it('shows status, both blocks with end date and reason, and the reservation block as staff codes', async () => {
    renderCopy(copyDetail());
    expect(
      await screen.findByRole('heading', { level: 1, name: /Het boek van alle dingen/ }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('reservation-block-now')).toHaveTextContent('Nu: 7 — alleen eigen leners');
    expect(screen.getByTestId('reservation-block-now')).toHaveTextContent('ingesteld door bieb.noord');
    expect(screen.getByTestId('loan-block-now')).toHaveTextContent(
      'Geblokkeerd voor uitlenen tot en met 6 december 2026 — reden: Tentoonstelling Kinderboekenweek',
    );
    const choice = screen.getByRole('group', { name: 'Blokkade' });
    expect(within(choice).getByRole('radio', { name: '0 — geen blokkade' })).not.toBeChecked();
    expect(within(choice).getByRole('radio', { name: '7 — alleen eigen leners' })).toBeChecked();
    expect(within(choice).getByRole('radio', { name: '8 — niet reserveerbaar' })).toHaveAccessibleDescription(
      'Niemand kan dit exemplaar reserveren (kleine bieb, kleine collectie).',
    );
    expect(screen.getByText('Er is nog niets aan dit exemplaar veranderd.')).toBeInTheDocument();
  });

  it('sets code 8 with an end date and shows the new block and its history', async () => {
    const changed = copyDetail({
      reservationBlock: {
        level: 'NOT_RESERVABLE',
        staffCode: 8,
        active: true,
        until: '2099-12-31',
        setBy: 'bieb.noord',
      },
      history: [
        {
          at: '2026-11-22T10:00:00Z',
          by: 'bieb.noord',
          what: 'RESERVATION_BLOCK',
          before: { level: 'OWN_PATRONS_ONLY' },
          after: { level: 'NOT_RESERVABLE', until: '2099-12-31' },
        },
      ],
    });
    const { calls } = renderCopy(copyDetail(), () => json(changed));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: '8 — niet reserveerbaar' }));
    await user.type(screen.getAllByLabelText('Einddatum (optioneel)')[0] as HTMLElement, '2099-12-31');
    await user.click(screen.getByRole('button', { name: 'Reserveringsblokkade opslaan' }));

    await waitFor(() =>
      expect(screen.getByTestId('reservation-block-now')).toHaveTextContent(
        '8 — niet reserveerbaar tot en met 31 december 2099',
      ),
    );
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.url.pathname).toBe('/api/copies/302000000002/reservation-block');
    expect(put?.body).toEqual({ level: 'NOT_RESERVABLE', until: '2099-12-31' });
    expect(screen.getByText('De reserveringsblokkade is opgeslagen.')).toHaveAttribute('role', 'status');
    const history = screen.getByRole('table', { name: /Wie veranderde wat/ });
    expect(history).toHaveTextContent('Reserveringsblokkade');
    expect(history).toHaveTextContent('Res. blok. 7 — alleen eigen leners');
    expect(history).toHaveTextContent('Res. blok. 8 — niet reserveerbaar tot en met 31 december 2099');
  });

  it('lifts the loan block', async () => {
    const lifted = copyDetail({ loanBlock: { blocked: false, active: false } });
    const { calls } = renderCopy(copyDetail(), () => json(lifted));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Uitleenblokkade opheffen' }));
    await waitFor(() =>
      expect(screen.getByTestId('loan-block-now')).toHaveTextContent('Geen uitleenblokkade'),
    );
    expect(calls.find((c) => c.method === 'DELETE')?.url.pathname).toBe(
      '/api/copies/302000000002/loan-block',
    );
    expect(screen.getByText('De uitleenblokkade is opgeheven.')).toBeInTheDocument();
  });

  it('places a copy reservation for a special pass', async () => {
    const { calls } = renderCopy(copyDetail(), () =>
      json(
        {
          id: 10,
          kind: 'COPY',
          status: 'READY',
          scope: 'LIBRARY',
          title: copyDetail().title,
          pickupLocation: copyDetail().ownerLocation,
          placedAt: '2026-11-22T10:00:00Z',
          patron: { id: 301, name: 'Tentoonstelling Kinderboekenweek' },
        },
        201,
      ),
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Exemplaar reserveren' }));
    expect(screen.getByText('Kies een speciale pas.')).toBeInTheDocument();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Speciale pas' }),
      'Tentoonstelling Kinderboekenweek (Bibliotheek Rivierenland Noord)',
    );
    await user.click(screen.getByRole('button', { name: 'Exemplaar reserveren' }));
    expect(
      await screen.findByText(/Gereserveerd voor Tentoonstelling Kinderboekenweek: ligt klaar/),
    ).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url.pathname).toBe('/api/copies/302000000002/reservations');
    expect(post?.body).toEqual({ patronId: 301 });
  });

  it('says an unknown barcode in words', async () => {
    mockApi({ '/api/copies/999': () => problem(404, 'NOT_FOUND') });
    renderAt('/balie/exemplaren/:barcode', <CopyDetailPage />, '/balie/exemplaren/999');
    expect(await screen.findByRole('alert')).toHaveTextContent('Barcode 999 is onbekend');
  });
});
