import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MyNotifications } from '../../../lib/notification-api';
import { json, mockApi, problem, renderAt } from '../../../test/render';
import { ParentNotifications } from './parent-notifications';

function notifications(overrides: Partial<MyNotifications> = {}): MyNotifications {
  return {
    language: 'nl',
    parentEmail: 'm•••@example.nl',
    consentAt: '2026-09-01T08:00:00Z',
    events: [
      { event: 'RESERVATION_PLACED', enabled: false },
      { event: 'RESERVATION_READY', enabled: true },
      { event: 'PICKUP_REMINDER', enabled: true, reminderOpenDays: 2 },
      { event: 'RESERVATION_EXPIRED', enabled: true },
      { event: 'RESERVATION_CANCELLED', enabled: false },
    ],
    ...overrides,
  };
}

describe('Mijn gegevens: meldingen aan je ouders', () => {
  it('shows the masked address, the e-mails that are on and the language', async () => {
    mockApi({ '/api/me/notifications': () => json(notifications()) });
    renderAt('/mijn-gegevens', <ParentNotifications />);
    const card = await screen.findByRole('region', { name: 'Meldingen aan je ouders' });
    expect(await within(card).findByText('m•••@example.nl')).toBeInTheDocument();
    expect(card).toHaveTextContent('De bieb stuurt je ouders een e-mail op m•••@example.nl');
    expect(card).toHaveTextContent('Je ouders hebben dat goedgevonden op dinsdag 1 september.');
    const list = within(card).getByRole('list', { name: 'Je ouders krijgen een e-mail als:' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'je boek klaarligt om op te halen',
      'je je boek bijna moet ophalen (2 dagen van tevoren)',
      'je je boek niet op tijd hebt opgehaald',
    ]);
    expect(card).toHaveTextContent('De e-mails zijn in het Nederlands.');
  });

  it('says so when the school has no address of the parents (in English too)', async () => {
    mockApi({
      '/api/me/notifications': () =>
        json(notifications({ parentEmail: undefined, consentAt: undefined, language: 'en' })),
    });
    renderAt('/mijn-gegevens', <ParentNotifications />, '/mijn-gegevens', 'en');
    const card = await screen.findByRole('region', { name: 'Messages to your parents' });
    expect(
      await within(card).findByText(
        "The school does not have your parents' e-mail address. So they get no e-mails from the library.",
      ),
    ).toBeInTheDocument();
    expect(within(card).queryByRole('list')).toBeNull();
    expect(card).toHaveTextContent('The e-mails are in English.');
  });

  it('says when no e-mails are on, and a failure in words with a retry', async () => {
    let fail = true;
    mockApi({
      '/api/me/notifications': () =>
        fail
          ? problem(500, 'INTERNAL_ERROR')
          : json(
              notifications({
                events: notifications().events.map((event) => ({ ...event, enabled: false })),
              }),
            ),
    });
    renderAt('/mijn-gegevens', <ParentNotifications />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Er ging bij de bieb iets mis.');
    fail = false;
    within(alert).getByRole('button', { name: 'Probeer opnieuw' }).click();
    expect(
      await screen.findByText('De bieb stuurt je ouders nu geen e-mails over je reserveringen.'),
    ).toBeInTheDocument();
  });
});
