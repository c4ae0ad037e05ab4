import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { authStore } from '../../../lib/auth-store';
import { delivery, loginAsSchoolStaff } from '../../../test/notification-fixtures';
import { json, mockApi, problem, renderAt } from '../../../test/render';
import { loginAs } from '../../../test/staff-fixtures';
import { DeliveriesPage, filterFromParams } from './deliveries-page';

afterEach(() => authStore.clear());

const failedWebhook = delivery({
  id: 502,
  channel: 'WEBHOOK',
  status: 'FAILED',
  notification: undefined,
  eventType: 'LoanCreated',
  aggregateType: 'LOAN',
  endpointId: 7,
  endpointUrl: 'https://sis.example.nl/hooks/bieb',
  attempts: 8,
  deliveredAt: undefined,
  lastError: 'HTTP 503',
});

describe('Bezorging', () => {
  it('filters by status and channel, marks failures and sends a failed one again', async () => {
    let retried = false;
    const { calls } = mockApi({
      'GET /api/deliveries': ({ url }) => {
        const status = url.searchParams.get('status');
        const items = [delivery(), { ...failedWebhook, status: retried ? ('PENDING' as const) : 'FAILED' }];
        return json({ items: items.filter((d) => !status || d.status === status) });
      },
      'POST /api/deliveries/:id/retry': () => {
        retried = true;
        // The delivery, pending again, with its attempts so far (DeliveryDetail).
        return json({ delivery: { ...failedWebhook, status: 'PENDING' }, attemptLog: [] });
      },
    });
    loginAs('ADMIN');
    const user = userEvent.setup();
    renderAt('/balie/beheer/bezorging', <DeliveriesPage />);

    const table = await screen.findByTestId('deliveries');
    const rows = within(table).getAllByRole('row') as [HTMLElement, HTMLElement, HTMLElement];
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('E-mail');
    expect(rows[1]).toHaveTextContent('Boek ligt klaar om op te halen');
    expect(rows[1]).toHaveTextContent('Ouders (e-mail)');
    expect(rows[1]).not.toHaveClass('delivery-row--failed');
    expect(within(rows[1]).queryByRole('button', { name: /Opnieuw versturen/ })).toBeNull();
    expect(rows[2]).toHaveClass('delivery-row--failed');
    expect(rows[2]).toHaveTextContent('https://sis.example.nl/hooks/bieb');
    expect(rows[2]).toHaveTextContent('HTTP 503');
    expect(within(rows[2]).getByText('Mislukt')).toHaveClass('pill--danger');

    await user.selectOptions(screen.getByLabelText('Status'), 'Mislukt');
    await user.selectOptions(screen.getByLabelText('Kanaal'), 'Webhook');
    await waitFor(() => expect(within(screen.getByTestId('deliveries')).getAllByRole('row')).toHaveLength(2));
    const last = calls.filter((c) => c.method === 'GET').at(-1);
    expect(last?.url.searchParams.get('status')).toBe('FAILED');
    expect(last?.url.searchParams.get('channel')).toBe('WEBHOOK');
    expect(last?.url.searchParams.get('limit')).toBe('50');

    await user.click(screen.getByRole('button', { name: /Opnieuw versturen.*bezorging 502/ }));
    const result = screen.getByTestId('delivery-retry-result');
    await waitFor(() => expect(result).toHaveTextContent('Bezorging 502 wordt opnieuw verstuurd.'));
    expect(calls.find((c) => c.method === 'POST')?.url.pathname).toBe('/api/deliveries/502/retry');
    // The list is asked again: the failed one is waiting now, so the FAILED filter no longer shows it.
    expect(await screen.findByText('Er is (met deze filters) niets verstuurd.')).toBeInTheDocument();
  });

  it('shows the attempts of one delivery and a refused retry in words', async () => {
    mockApi({
      'GET /api/deliveries': () => json({ items: [failedWebhook] }),
      'GET /api/deliveries/502': () =>
        json({
          delivery: failedWebhook,
          attemptLog: [
            {
              attempt: 1,
              attemptedAt: '2026-12-04T09:00:01Z',
              durationMs: 120,
              succeeded: false,
              statusCode: 503,
              error: 'Service Unavailable',
            },
            {
              attempt: 2,
              attemptedAt: '2026-12-04T09:01:01Z',
              durationMs: 10000,
              succeeded: false,
              error: 'timeout',
            },
          ],
        }),
      'POST /api/deliveries/:id/retry': () => problem(409, 'DELIVERY_NOT_RETRYABLE'),
    });
    loginAs('LIBRARY_STAFF');
    const user = userEvent.setup();
    renderAt('/balie/beheer/bezorging', <DeliveriesPage />);

    await user.click(await screen.findByRole('button', { name: /Pogingen.*bezorging 502/ }));
    const dialog = screen.getByRole('dialog', { name: 'Pogingen van bezorging 502' });
    const attempts = await within(dialog).findByTestId('delivery-attempts');
    const rows = within(attempts).getAllByRole('row') as [HTMLElement, HTMLElement, HTMLElement];
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('Mislukt (HTTP 503)');
    expect(rows[1]).toHaveTextContent('Service Unavailable');
    expect(rows[2]).toHaveTextContent('10.000 ms');
    expect(rows[2]).toHaveTextContent('timeout');
    expect(within(dialog).getByRole('button', { name: 'Sluiten' })).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await user.click(screen.getByRole('button', { name: /Opnieuw versturen.*bezorging 502/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Dit bericht is al bezorgd of staat nog klaar om verstuurd te worden.',
    );
  });

  it('shows school staff their e-mails only (no channel filter) and pages back in time', async () => {
    const { calls } = mockApi({
      'GET /api/deliveries': ({ url }) =>
        json(
          url.searchParams.get('before')
            ? {
                items: [
                  // A notification this portal does not know yet: its event type is shown.
                  delivery({
                    id: 400,
                    status: 'SKIPPED',
                    eventType: 'ReservationFuture',
                    notification: 'NEW',
                  }),
                ],
              }
            : { items: [delivery()], nextBefore: 450 },
        ),
    });
    loginAsSchoolStaff();
    const user = userEvent.setup();
    renderAt('/balie/beheer/bezorging', <DeliveriesPage />, '/balie/beheer/bezorging?channel=WEBHOOK');
    await screen.findByTestId('deliveries');
    expect(screen.queryByLabelText('Kanaal')).toBeNull();
    expect(calls[0]?.url.searchParams.has('channel')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Meer tonen' }));
    await waitFor(() => expect(within(screen.getByTestId('deliveries')).getAllByRole('row')).toHaveLength(3));
    expect(calls.at(-1)?.url.searchParams.get('before')).toBe('450');
    expect(screen.queryByRole('button', { name: 'Meer tonen' })).toBeNull();
    expect(screen.getByRole('button', { name: /Opnieuw versturen.*bezorging 400/ })).toBeInTheDocument();
    expect(within(screen.getByTestId('deliveries')).getAllByRole('row')[2]).toHaveTextContent(
      'ReservationFuture',
    );
  });

  it('reads the filter from the address, leaving out what is unknown', () => {
    const params = new URLSearchParams('status=FAILED&channel=SMS&endpointId=7');
    expect(filterFromParams(params, false)).toEqual({ status: 'FAILED', channel: undefined, endpointId: 7 });
    expect(filterFromParams(new URLSearchParams('channel=WEBHOOK&endpointId=x'), false)).toEqual({
      status: undefined,
      channel: 'WEBHOOK',
      endpointId: undefined,
    });
    expect(filterFromParams(new URLSearchParams('channel=WEBHOOK&endpointId=7'), true)).toEqual({
      status: undefined,
      channel: undefined,
      endpointId: undefined,
    });
  });
});
