import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { IntegrationClient } from '../../../lib/api';
import { authStore } from '../../../lib/auth-store';
import type { WebhookEndpoint } from '../../../lib/notification-api';
import { endpoint } from '../../../test/notification-fixtures';
import { json, mockApi, problem, renderAt } from '../../../test/render';
import { loginAs } from '../../../test/staff-fixtures';
import { WebhooksPage } from './webhooks-page';

afterEach(() => authStore.clear());

const clients: IntegrationClient[] = [
  {
    id: 3,
    clientId: 'regenboog-sis',
    name: 'Regenboog SIS',
    scopes: ['events:read'],
    schoolId: 1,
    active: true,
    createdAt: '2026-12-01T10:00:00Z',
  },
  {
    id: 4,
    clientId: 'rivierenland-lms',
    name: 'Rivierenland LMS',
    scopes: ['events:read'],
    organisationId: 1,
    active: true,
    createdAt: '2026-12-01T10:00:00Z',
  },
];

const EVENT_TYPES = ['ReservationPlaced', 'ReservationReady', 'LoanCreated'];

describe('Webhooks', () => {
  it('creates an endpoint for a client and shows its secret once', async () => {
    let list: WebhookEndpoint[] = [];
    const { calls } = mockApi({
      '/api/integration-clients': () => json(clients),
      'GET /api/webhook-endpoints': () => json(list),
      '/api/webhook-event-types': () => json(EVENT_TYPES),
      'POST /api/webhook-endpoints': ({ body }) => {
        const created = endpoint({
          id: 8,
          clientId: body.clientId,
          url: body.url,
          eventTypes: body.eventTypes,
        });
        list = [created];
        return json({ endpoint: created, secret: 'whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQ=' }, 201, {
          'Cache-Control': 'no-store',
        });
      },
    });
    loginAs('ADMIN');
    const user = userEvent.setup();
    renderAt('/balie/beheer/webhooks', <WebhooksPage />);
    expect(await screen.findByText('Er zijn nog geen webhooks.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Webhook toevoegen' }));
    const form = screen.getByRole('dialog', { name: 'Webhook toevoegen' });
    await user.click(within(form).getByRole('button', { name: 'Webhook aanmaken' }));
    expect(within(form).getByText('Kies een koppeling.')).toBeInTheDocument();
    expect(within(form).getByText('Vul dit in.')).toBeInTheDocument();
    expect(within(form).getByText('Kies minstens één gebeurtenis.')).toBeInTheDocument();
    await user.selectOptions(within(form).getByLabelText(/^Koppeling/), 'Rivierenland LMS');
    await user.type(within(form).getByLabelText(/^Adres/), 'ftp://nope');
    await user.click(await within(form).findByRole('checkbox', { name: 'ReservationReady' }));
    await user.click(within(form).getByRole('checkbox', { name: 'LoanCreated' }));
    await user.click(within(form).getByRole('button', { name: 'Webhook aanmaken' }));
    expect(within(form).getByText('Vul een volledig adres in dat begint met https://.')).toBeInTheDocument();
    await user.clear(within(form).getByLabelText(/^Adres/));
    await user.type(within(form).getByLabelText(/^Adres/), 'https://lms.example.nl/hook');
    await user.click(within(form).getByRole('button', { name: 'Webhook aanmaken' }));

    const secret = await screen.findByRole('dialog', { name: 'Geheim van https://lms.example.nl/hook' });
    expect(within(secret).getByTestId('webhook-secret')).toHaveTextContent(
      'whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQ=',
    );
    expect(within(secret).getByRole('button', { name: 'Ik heb het bewaard' })).toHaveFocus();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      clientId: 4,
      url: 'https://lms.example.nl/hook',
      eventTypes: ['ReservationReady', 'LoanCreated'],
    });
    await user.click(within(secret).getByRole('button', { name: 'Ik heb het bewaard' }));
    expect(screen.queryByText(/whsec_/)).toBeNull();
    expect(await screen.findByTestId('webhook-endpoints')).toHaveTextContent('https://lms.example.nl/hook');
  });

  it('shows a paused endpoint with its reason; resumes it, pings it and filters by client', async () => {
    let paused = true;
    const { calls } = mockApi({
      '/api/integration-clients': () => json(clients),
      'GET /api/webhook-endpoints': () =>
        json([
          endpoint(
            paused
              ? {
                  pausedAt: '2026-12-04T09:30:00Z',
                  pauseReason: '10 mislukte pogingen op rij (HTTP 503)',
                  consecutiveFailures: 10,
                  pendingDeliveries: 4,
                  failedDeliveries: 2,
                }
              : { pendingDeliveries: 4 },
          ),
        ]),
      'POST /api/webhook-endpoints/:id/resume': () => {
        paused = false;
        return json(endpoint());
      },
      'POST /api/webhook-endpoints/:id/ping': () =>
        json({ delivered: false, statusCode: 503, error: 'Service Unavailable', durationMs: 1234 }),
    });
    loginAs('ADMIN');
    const user = userEvent.setup();
    renderAt('/balie/beheer/webhooks', <WebhooksPage />);

    const table = await screen.findByTestId('webhook-endpoints');
    const row = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(row).toHaveClass('row--attention');
    expect(within(row).getByText('Gepauzeerd')).toHaveClass('pill--danger');
    expect(row).toHaveTextContent('10 mislukte pogingen op rij (HTTP 503)');
    expect(row).toHaveTextContent('4 wachten');
    expect(within(row).getByRole('link', { name: /2 mislukt/ })).toHaveAttribute(
      'href',
      '/balie/beheer/bezorging?endpointId=7&status=FAILED',
    );

    await user.click(within(row).getByRole('button', { name: /Testbericht/ }));
    const result = screen.getByTestId('webhook-ping-result');
    await waitFor(() =>
      expect(result).toHaveTextContent(
        'Testbericht aan https://sis.example.nl/hooks/bieb is niet aangekomen (HTTP 503, 1.234 ms): Service Unavailable',
      ),
    );
    await waitFor(() => expect(result).toHaveFocus());

    await user.click(within(row).getByRole('button', { name: /Hervatten/ }));
    await waitFor(() => expect(screen.queryByText('Gepauzeerd')).toBeNull());
    expect(calls.find((c) => c.url.pathname.endsWith('/resume'))?.url.pathname).toBe(
      '/api/webhook-endpoints/7/resume',
    );
    expect(screen.queryByRole('button', { name: /Hervatten/ })).toBeNull();

    await user.selectOptions(screen.getByLabelText('Koppeling'), 'Regenboog SIS');
    await waitFor(() =>
      expect(
        calls
          .filter((c) => c.url.pathname === '/api/webhook-endpoints')
          .at(-1)
          ?.url.searchParams.get('clientId'),
      ).toBe('3'),
    );
  });

  it('rotates the secret and deactivates an endpoint after asking', async () => {
    let active = true;
    const { calls } = mockApi({
      '/api/integration-clients': () => json(clients),
      'GET /api/webhook-endpoints': () => json([endpoint({ active })]),
      'POST /api/webhook-endpoints/:id/rotate-secret': () =>
        json({ endpoint: endpoint(), secret: 'whsec_bmlldXc=' }, 200, { 'Cache-Control': 'no-store' }),
      'PATCH /api/webhook-endpoints/:id': ({ body }) => {
        active = body.active;
        return json(endpoint({ active }));
      },
    });
    loginAs('ADMIN');
    const user = userEvent.setup();
    renderAt('/balie/beheer/webhooks', <WebhooksPage />);

    await user.click(await screen.findByRole('button', { name: /Nieuw geheim/ }));
    const ask = screen.getByRole('dialog', { name: 'Nieuw geheim' });
    expect(within(ask).getByRole('button', { name: 'Annuleren' })).toHaveFocus();
    await user.click(within(ask).getByRole('button', { name: 'Nieuw geheim' }));
    const secret = await screen.findByTestId('webhook-secret');
    expect(secret).toHaveTextContent('whsec_bmlldXc=');
    await user.click(screen.getByRole('button', { name: 'Ik heb het bewaard' }));

    await user.click(screen.getByRole('button', { name: /Deactiveren/ }));
    const deactivate = screen.getByRole('dialog', { name: 'Deactiveren' });
    expect(deactivate).toHaveTextContent('https://sis.example.nl/hooks/bieb uitzetten?');
    await user.click(within(deactivate).getByRole('button', { name: 'Deactiveren' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ active: false });
    const row = within(await screen.findByTestId('webhook-endpoints')).getAllByRole('row')[1] as HTMLElement;
    await waitFor(() => expect(row).toHaveTextContent('Niet actief'));
    expect(within(row).queryByRole('button', { name: /Testbericht/ })).toBeNull();
  });

  it('shows library staff the endpoints without ways to change them', async () => {
    const { calls } = mockApi({
      'GET /api/webhook-endpoints': () =>
        json([endpoint({ pausedAt: '2026-12-04T09:30:00Z', pauseReason: 'HTTP 503' })]),
    });
    loginAs('LIBRARY_STAFF');
    renderAt('/balie/beheer/webhooks', <WebhooksPage />);
    const table = await screen.findByTestId('webhook-endpoints');
    expect(table).toHaveTextContent('Gepauzeerd');
    expect(within(table).queryAllByRole('button')).toHaveLength(0);
    expect(within(table).queryByRole('columnheader', { name: 'Acties' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Webhook toevoegen' })).toBeNull();
    expect(screen.getByText(/een beheerder wijzigt ze/)).toBeInTheDocument();
    expect(calls.map((c) => c.url.pathname)).toEqual(['/api/webhook-endpoints']);
  });

  it('says a refused address in words at the URL field, with the focus on it', async () => {
    mockApi({
      '/api/integration-clients': () => json(clients),
      'GET /api/webhook-endpoints': () => json([]),
      '/api/webhook-event-types': () => json(EVENT_TYPES),
      'POST /api/webhook-endpoints': () => problem(400, 'WEBHOOK_URL_INVALID'),
    });
    loginAs('ADMIN');
    const user = userEvent.setup();
    renderAt('/balie/beheer/webhooks', <WebhooksPage />);
    await user.click(await screen.findByRole('button', { name: 'Webhook toevoegen' }));
    const form = screen.getByRole('dialog');
    await user.selectOptions(within(form).getByLabelText(/^Koppeling/), 'Regenboog SIS');
    await user.type(within(form).getByLabelText(/^Adres/), 'http://intern.example.nl/hook');
    await user.click(await within(form).findByRole('checkbox', { name: 'ReservationPlaced' }));
    await user.click(within(form).getByRole('button', { name: 'Webhook aanmaken' }));
    const url = within(form).getByLabelText(/^Adres/);
    await waitFor(() => expect(url).toHaveFocus());
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(url).toHaveAccessibleDescription(
      expect.stringContaining(
        'Dit adres kan niet: gebruik een volledig https-adres dat vanaf internet bereikbaar is.',
      ),
    );
    expect(within(form).queryByRole('alert')).toBeNull();
  });
});
