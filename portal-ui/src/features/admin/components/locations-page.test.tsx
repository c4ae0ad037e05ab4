import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { authStore } from '../../../lib/auth-store';
import { json, mockApi, problem, renderAt } from '../../../test/render';
import { allLocations, loginAs } from '../../../test/staff-fixtures';
import { LocationsPage } from './locations-page';

afterEach(() => authStore.clear());

describe('locations', () => {
  // Many clicks: more time than the default on a busy machine.
  it('sets the opening hours of a week, checking the times first', async () => {
    const { calls } = mockApi({
      'GET /api/locations': () => json(allLocations),
      'PUT /api/locations/4/opening-hours': ({ body }) => json({ ...allLocations[2], openingHours: body }),
    });
    loginAs('SCHOOL_STAFF');
    const user = userEvent.setup();
    renderAt('/balie/beheer/locaties', <LocationsPage />);
    // School staff see only their own school library, and only its opening hours.
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Vestiging toevoegen' })).toBeNull();
    expect(within(table).queryByRole('button', { name: /Deactiveren/ })).toBeNull();
    await user.click(within(table).getByRole('button', { name: /Openingstijden/ }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('checkbox', { name: 'maandag' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'woensdag' }));
    const closes = within(dialog).getByLabelText('woensdag open tot');
    // A time field is typed in per part in a browser; here its value is set at once.
    fireEvent.change(closes, { target: { value: '08:00' } });
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    expect(within(dialog).getByText('De sluitingstijd moet na de openingstijd liggen.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
    fireEvent.change(closes, { target: { value: '12:30' } });
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual([
      { weekday: 1, opens: '08:30', closes: '15:00' },
      { weekday: 3, opens: '08:30', closes: '12:30' },
    ]);
  });

  it('shows LOCATION_IN_USE when a location with ready reservations is deactivated', async () => {
    mockApi({
      'GET /api/locations': () => json(allLocations),
      'PATCH /api/locations/2': () => problem(409, 'LOCATION_IN_USE'),
      'GET /api/organisations': () => json([]),
    });
    loginAs('ADMIN');
    const user = userEvent.setup();
    renderAt('/balie/beheer/locaties', <LocationsPage />);
    await user.click(
      await screen.findByRole('button', { name: /Deactiveren\s*Bibliotheek Rivierenland Noord/ }),
    );
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Deactiveren' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Op deze locatie liggen nog reserveringen klaar of zijn er onderweg.',
    );
  });
});
