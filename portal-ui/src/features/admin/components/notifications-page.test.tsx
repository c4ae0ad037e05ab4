import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { authStore } from '../../../lib/auth-store';
import type { NotificationRulesUpdate } from '../../../lib/notification-api';
import {
  loginAsSchoolStaff,
  organisations,
  rules,
  schools,
  templates,
} from '../../../test/notification-fixtures';
import { json, mockApi, problem, renderAt } from '../../../test/render';
import { loginAs } from '../../../test/staff-fixtures';
import { NotificationsPage, rulesUpdate } from './notifications-page';

afterEach(() => authStore.clear());

/** The PUT answers what was sent, as the effective rules (an override at a school is marked SCHOOL). */
function answerPut(body: NotificationRulesUpdate) {
  return json({
    organisationId: body.organisationId,
    schoolId: body.schoolId,
    rules: body.rules.map((rule) => ({
      event: rule.event,
      enabled: rule.enabled ?? true,
      ...(rule.event === 'PICKUP_REMINDER' ? { reminderOpenDays: rule.reminderOpenDays ?? 1 } : {}),
      source: body.schoolId == null ? 'ORGANISATION' : rule.enabled == null ? 'DEFAULT' : 'SCHOOL',
    })),
  });
}

describe('Meldingen: the rules', () => {
  it('lets an administrator switch the reminder to 2 open days and turn an event on for an organisation', async () => {
    const { calls } = mockApi({
      '/api/organisations': () => json(organisations),
      '/api/schools': () => json(schools),
      'GET /api/notification-rules': () => json(rules()),
      'PUT /api/notification-rules': ({ body }) => answerPut(body),
      '/api/notification-templates': () => json(templates()),
    });
    loginAs('ADMIN');
    const user = userEvent.setup();
    renderAt('/balie/beheer/meldingen', <NotificationsPage />);

    const reminder = await screen.findByLabelText('Herinnering sturen');
    expect(reminder).toHaveValue('1');
    expect(screen.getByRole('checkbox', { name: 'Reservering geplaatst' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Boek ligt klaar om op te halen' })).toBeChecked();
    expect(screen.getAllByText('Standaardinstelling')).toHaveLength(5);
    await user.selectOptions(reminder, '2 open dagen vooraf');
    await user.click(screen.getByRole('checkbox', { name: 'Reservering geplaatst' }));
    await user.click(screen.getByRole('button', { name: 'Meldingen opslaan' }));

    await waitFor(() =>
      expect(screen.getByTestId('rules-result')).toHaveTextContent('De meldingen zijn opgeslagen.'),
    );
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.body).toEqual({
      organisationId: 1,
      rules: [
        { event: 'RESERVATION_PLACED', enabled: true },
        // Still the default and not changed here: no rule of the organisation's own.
        { event: 'RESERVATION_READY' },
        { event: 'PICKUP_REMINDER', enabled: true, reminderOpenDays: 2 },
        { event: 'RESERVATION_EXPIRED' },
        { event: 'RESERVATION_CANCELLED' },
      ],
    });
    const get = calls.find((c) => c.method === 'GET' && c.url.pathname === '/api/notification-rules');
    expect(get?.url.searchParams.get('organisationId')).toBe('1');
    expect(get?.url.searchParams.has('schoolId')).toBe(false);
  });

  it('switches to another organisation and to a school of it, whose choices override or follow the organisation', async () => {
    const { calls } = mockApi({
      '/api/organisations': () => json(organisations),
      '/api/schools': () => json(schools),
      'GET /api/notification-rules': ({ url }) => {
        const schoolId = url.searchParams.get('schoolId');
        const organisationId = Number(url.searchParams.get('organisationId'));
        return json(
          schoolId
            ? rules(
                {
                  RESERVATION_READY: { enabled: false, source: 'SCHOOL' },
                  PICKUP_REMINDER: { source: 'ORGANISATION', reminderOpenDays: 3 },
                },
                { organisationId, schoolId: Number(schoolId) },
              )
            : rules({}, { organisationId }),
        );
      },
      'PUT /api/notification-rules': ({ body }) => answerPut(body),
      '/api/notification-templates': () => json(templates()),
    });
    loginAs('ADMIN');
    const user = userEvent.setup();
    renderAt('/balie/beheer/meldingen', <NotificationsPage />);

    await user.selectOptions(await screen.findByLabelText('Organisatie'), 'Bibliotheek Westland');
    const school = screen.getByLabelText('School');
    // Only the schools of the chosen organisation.
    expect(
      within(school)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Hele organisatie (alle scholen)', 'Het Palet']);
    await user.selectOptions(screen.getByLabelText('Organisatie'), 'Bibliotheek Rivierenland');
    await user.selectOptions(screen.getByLabelText('School'), 'CBS De Wegwijzer');

    const ready = await screen.findByRole('combobox', { name: 'Boek ligt klaar om op te halen' });
    expect(ready).toHaveValue('off');
    const placed = screen.getByRole('combobox', { name: 'Reservering geplaatst' });
    expect(placed).toHaveValue('inherit');
    expect(within(placed).getByRole('option', { name: 'Zoals de organisatie (nu uit)' })).toBeInTheDocument();
    const reminder = screen.getByRole('combobox', { name: 'Herinnering om op te halen' });
    expect(reminder).toHaveValue('inherit');
    // The reminder follows the organisation: its days too, so they cannot be changed here.
    expect(screen.getByLabelText('Herinnering sturen')).toBeDisabled();
    expect(screen.getByLabelText('Herinnering sturen')).toHaveValue('3');

    await user.selectOptions(ready, 'inherit');
    await user.selectOptions(reminder, 'on');
    await user.selectOptions(screen.getByLabelText('Herinnering sturen'), '2');
    await user.click(screen.getByRole('button', { name: 'Meldingen opslaan' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      organisationId: 1,
      schoolId: 2,
      rules: [
        { event: 'RESERVATION_PLACED' },
        { event: 'RESERVATION_READY' },
        { event: 'PICKUP_REMINDER', enabled: true, reminderOpenDays: 2 },
        { event: 'RESERVATION_EXPIRED' },
        { event: 'RESERVATION_CANCELLED' },
      ],
    });
    const last = calls
      .filter((c) => c.method === 'GET' && c.url.pathname === '/api/notification-rules')
      .at(-1);
    expect(last?.url.searchParams.get('schoolId')).toBe('2');
  });

  it('lets school staff set their own school only and read the texts', async () => {
    const { calls } = mockApi({
      '/api/schools': () => json([schools[0]]),
      'GET /api/notification-rules': () => json(rules({}, { schoolId: 1 })),
      'PUT /api/notification-rules': () => problem(403, 'FORBIDDEN'),
      '/api/notification-templates': () => json(templates()),
    });
    loginAsSchoolStaff();
    const user = userEvent.setup();
    renderAt('/balie/beheer/meldingen', <NotificationsPage />);

    expect(await screen.findByText('Deze instellingen gelden voor OBS De Regenboog.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Organisatie')).toBeNull();
    expect(screen.queryByLabelText('School')).toBeNull();
    await screen.findByRole('combobox', { name: 'Reservering geplaatst' });
    const table = await screen.findByTestId('notification-templates');
    expect(within(table).getAllByRole('row')).toHaveLength(11);
    expect(within(table).queryByRole('button', { name: /Bewerken/ })).toBeNull();
    expect(calls.some((c) => c.url.pathname === '/api/organisations')).toBe(false);
    const get = calls.find((c) => c.url.pathname === '/api/notification-rules');
    expect(get?.url.searchParams.get('schoolId')).toBe('1');

    // A refusal is said in words, and nothing claims it was saved.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Reservering geplaatst' }), 'on');
    await user.click(screen.getByRole('button', { name: 'Meldingen opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Dit mag je niet bekijken of doen met jouw account.',
    );
    expect(screen.getByTestId('rules-result')).toHaveTextContent('');
  });

  it('sends no reminder days for an event that is not the reminder, and no enabled where a rule is left as it is', () => {
    const state = {
      RESERVATION_PLACED: { enabled: true, choice: 'on' as const, reminderOpenDays: 4 },
      RESERVATION_READY: { enabled: true, choice: 'off' as const, reminderOpenDays: 4 },
      PICKUP_REMINDER: { enabled: false, choice: 'inherit' as const, reminderOpenDays: 4 },
      RESERVATION_EXPIRED: { enabled: false, choice: 'inherit' as const, reminderOpenDays: 4 },
      RESERVATION_CANCELLED: { enabled: true, choice: 'inherit' as const, reminderOpenDays: 4 },
    };
    const organisation = rules({ RESERVATION_CANCELLED: { source: 'ORGANISATION' } });
    // Exactly these members: a rule left as it is has no `enabled` (the contract's way to remove it), no null.
    expect(rulesUpdate(organisation, state).rules).toStrictEqual([
      { event: 'RESERVATION_PLACED', enabled: true },
      // The default (on), unchanged.
      { event: 'RESERVATION_READY' },
      { event: 'PICKUP_REMINDER', enabled: false, reminderOpenDays: 4 },
      { event: 'RESERVATION_EXPIRED', enabled: false },
      // The organisation's own rule stays its own.
      { event: 'RESERVATION_CANCELLED', enabled: true },
    ]);
    expect(rulesUpdate(rules({}, { schoolId: 5 }), state).rules.slice(0, 3)).toStrictEqual([
      { event: 'RESERVATION_PLACED', enabled: true },
      { event: 'RESERVATION_READY', enabled: false },
      { event: 'PICKUP_REMINDER' },
    ]);
  });
});
