import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Reservation } from '../../../lib/api';
import { titleDetail } from '../../../test/fixtures';
import { json, mockApi, problem, renderAt } from '../../../test/render';
import { queueEntry } from '../../../test/staff-fixtures';
import { canMove, TitleQueuePage } from './title-queue-page';

/** The queue follows a successful move (the first two swap) or cancel (the first leaves). */
function renderQueue(initial: Reservation[], onPost: () => Response) {
  let queue = initial;
  const api = mockApi({
    '/api/titles/90': () => json(titleDetail({ id: 90, title: 'Dummie de mummie', authors: 'Tosca Menten' })),
    '/api/titles/90/queue': () => json(queue),
    'POST /api/reservations/:id/:action': ({ url }) => {
      const response = onPost();
      if (response.ok && url.pathname.endsWith('/move'))
        queue = [queue[1], queue[0], ...queue.slice(2)] as Reservation[];
      if (response.ok && url.pathname.endsWith('/cancel')) queue = queue.slice(1);
      return response;
    },
  });
  renderAt('/balie/titels/:id/wachtrij', <TitleQueuePage />, '/balie/titels/90/wachtrij');
  return api;
}

const jesse = queueEntry(1, 1, 'Jesse de Vries');
const lisa = queueEntry(2, 2, 'Lisa Gerritsen', { suspendedUntil: '2026-12-01' });

describe('title queue', () => {
  it('shows the queue with positions, patron, pickup location, placed and paused-until', async () => {
    renderQueue([jesse, lisa], () => json({}));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Wachtrij: Dummie de mummie' }),
    ).toBeInTheDocument();
    const rows = within(
      await screen.findByRole('table', { name: 'Wachtende reserveringen, in volgorde' }),
    ).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('1');
    expect(rows[1]).toHaveTextContent('Jesse de Vries, groep 6');
    expect(rows[1]).toHaveTextContent('Schoolbibliotheek OBS De Regenboog');
    expect(rows[2]).toHaveTextContent('Lisa Gerritsen, groep 6');
    expect(rows[2]).toHaveTextContent(/1 dec/);
    expect(within(rows[1] as HTMLElement).getByRole('button', { name: /^Omhoog/ })).toBeDisabled();
    expect(within(rows[2] as HTMLElement).getByRole('button', { name: /^Omlaag/ })).toBeDisabled();
  });

  it('moves a reservation down after asking for a reason, then shows the new order', async () => {
    const { calls } = renderQueue([jesse, lisa], () => json({ ...jesse, position: 2 }));
    const user = userEvent.setup();
    const down = await screen.findByRole('button', { name: 'Omlaag: Jesse de Vries, groep 6' });
    await user.click(down);

    const dialog = screen.getByRole('dialog', { name: 'Een plaats omlaag: Jesse de Vries, groep 6' });
    const reason = within(dialog).getByRole('textbox', { name: 'Reden' });
    expect(reason).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Verplaatsen' }));
    expect(within(dialog).getByText('Vul een reden in.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await user.type(reason, 'Spreekbeurt volgende week');
    await user.click(within(dialog).getByRole('button', { name: 'Verplaatsen' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url.pathname).toBe('/api/reservations/1/move');
    expect(post?.body).toEqual({
      direction: 'DOWN',
      reason: 'Spreekbeurt volgende week',
    });
    expect(screen.getByRole('status')).toHaveTextContent('Jesse de Vries, groep 6 staat nu op plaats 2.');
    await waitFor(() => {
      const rows = screen.getAllByRole('row');
      expect(rows[1]).toHaveTextContent('Lisa Gerritsen');
    });
  });

  it('closes the dialog with Escape and returns focus to the button that opened it', async () => {
    renderQueue([jesse, lisa], () => json({}));
    const user = userEvent.setup();
    const up = await screen.findByRole('button', { name: 'Omhoog: Lisa Gerritsen, groep 6' });
    await user.click(up);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(up).toHaveFocus());
  });

  it('cancels with a reason', async () => {
    const { calls } = renderQueue([jesse, lisa], () => json({ ...jesse, status: 'CANCELLED' }));
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', { name: 'Annuleren: reservering van Jesse de Vries, groep 6' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Reservering annuleren: Jesse de Vries, groep 6' });
    expect(dialog).toHaveAccessibleDescription('De leerling krijgt een bericht met de reden.');
    await user.type(within(dialog).getByRole('textbox', { name: 'Reden' }), 'Boek is beschadigd');
    await user.click(within(dialog).getByRole('button', { name: 'Reservering annuleren' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url.pathname).toBe('/api/reservations/1/cancel');
    expect(post?.body).toEqual({ reason: 'Boek is beschadigd' });
    expect(screen.getByRole('status')).toHaveTextContent(
      'De reservering van Jesse de Vries, groep 6 is geannuleerd.',
    );
  });

  it('keeps the dialog open with the refusal in words when the service refuses', async () => {
    renderQueue([jesse, lisa], () => problem(403, 'FORBIDDEN'));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Omlaag: Jesse de Vries, groep 6' }));
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: 'Reden' }), 'Test');
    await user.click(within(dialog).getByRole('button', { name: 'Verplaatsen' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Dit mag je niet bekijken of doen');
  });

  it('says when nobody is waiting', async () => {
    renderQueue([], () => json({}));
    expect(await screen.findByText('Niemand wacht op deze titel.')).toBeInTheDocument();
  });
});

describe('canMove', () => {
  it('moves only within the reservations that compete for the same copies', () => {
    const other = queueEntry(3, 1, 'Noor', {
      pickupLocation: { id: 5, name: 'Schoolbibliotheek CBS De Wegwijzer', kind: 'SCHOOL_LIBRARY' },
    });
    const copy = queueEntry(4, 1, 'Tentoonstelling', { kind: 'COPY' });
    const queue = [copy, jesse, other, lisa];
    expect(canMove(queue, 0, 'DOWN')).toBe(false);
    expect(canMove(queue, 1, 'UP')).toBe(false);
    expect(canMove(queue, 1, 'DOWN')).toBe(true);
    expect(canMove(queue, 2, 'UP')).toBe(false);
    expect(canMove(queue, 2, 'DOWN')).toBe(false);
    expect(canMove(queue, 3, 'UP')).toBe(true);
  });
});
