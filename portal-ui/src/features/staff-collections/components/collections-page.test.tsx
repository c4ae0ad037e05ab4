import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { authStore } from '../../../lib/auth-store';
import { json, mockApi, renderAt } from '../../../test/render';
import { loginAs } from '../../../test/staff-fixtures';
import { CollectionsPage } from './collections-page';

const kbw = {
  id: 1,
  code: 'KBW-2026',
  name: 'Kinderboekenweek 2026',
  defaultReservationBlock: 'OWN_PATRONS_ONLY',
  copies: 86,
};

afterEach(() => authStore.clear());

describe('collections', () => {
  it('lists collections with their default block; school staff cannot change them', async () => {
    mockApi({ '/api/collections': () => json([kbw]) });
    loginAs('SCHOOL_STAFF');
    renderAt('/balie/collecties', <CollectionsPage />);
    const row = await screen.findByRole('row', { name: /KBW-2026/ });
    expect(row).toHaveTextContent('7 — alleen eigen leners');
    expect(screen.queryByRole('button', { name: /Standaard wijzigen/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Nieuwe collectie' })).toBeNull();
  });

  it('lets library staff change the default block', async () => {
    let current = kbw;
    const { calls } = mockApi({
      '/api/collections': () => json([current]),
      '/api/collections/1/default-block': ({ body }) => {
        current = { ...kbw, defaultReservationBlock: body.level };
        return json(current);
      },
    });
    loginAs('LIBRARY_STAFF');
    const user = userEvent.setup();
    renderAt('/balie/collecties', <CollectionsPage />);
    await user.click(await screen.findByRole('button', { name: 'Standaard wijzigen: KBW-2026' }));
    const dialog = screen.getByRole('dialog', { name: 'Standaardblokkade van KBW-2026' });
    await user.click(within(dialog).getByRole('radio', { name: '8 — niet reserveerbaar' }));
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByText('De standaard van KBW-2026 is nu 8 — niet reserveerbaar.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      level: 'NOT_RESERVABLE',
    });
  });
});
