import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { MessagePage } from '../../../lib/api';
import { authStore } from '../../../lib/auth-store';
import { json, mockApi, renderAt, renderRoutes } from '../../../test/render';
import { logInAs, message, messagePage, studentOnFrozenDay } from '../../../test/student-fixtures';
import { MessagesNavItem } from './messages-nav-item';
import { MessagesPage } from './messages-page';

const ready = message({ id: 3 });
const cancelled = message({
  id: 2,
  kind: 'RESERVATION_CANCELLED',
  read: true,
  reason: 'Boek is beschadigd',
  createdAt: '2026-11-20T10:00:00Z',
});

describe('berichten', () => {
  studentOnFrozenDay();

  it('lists messages with the unread count; opening one shows it in words and marks it read', async () => {
    const user = userEvent.setup();
    const state: { page: MessagePage } = { page: messagePage([ready, cancelled]) };
    const { calls } = mockApi({
      '/api/me/messages': () => json(state.page),
      '/api/me/messages/3/read': () => {
        state.page = messagePage([{ ...ready, read: true }, cancelled]);
        return json({ ...ready, read: true });
      },
    });
    renderAt('/berichten', <MessagesPage />);

    expect(await screen.findByText('Je hebt 1 ongelezen bericht.')).toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: /“Dolfje Weerwolfje” ligt voor je klaar/ });
    expect(toggle).toHaveAccessibleName('Nieuw “Dolfje Weerwolfje” ligt voor je klaar zaterdag 21 november');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText(/Haal het uiterlijk/)).not.toBeVisible();

    await user.click(toggle);

    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(
      screen.getByText(
        '“Dolfje Weerwolfje” ligt voor je klaar in de schoolbibliotheek. Haal het uiterlijk vrijdag 27 november op.',
      ),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Bekijk je reservering' })).toHaveAttribute(
      'href',
      '/mijn-gegevens#reservering-12',
    );
    expect(await screen.findByText('Je hebt alle berichten gelezen.')).toBeInTheDocument();
    expect(screen.queryByText('Nieuw')).toBeNull();
    expect(calls.filter((c) => c.url.pathname === '/api/me/messages/3/read')).toHaveLength(1);
    expect(calls.find((c) => c.url.pathname === '/api/me/messages/3/read')?.method).toBe('POST');
  });

  it('does not mark an already read message again; a cancelled one shows the reason', async () => {
    const user = userEvent.setup();
    const { calls } = mockApi({ '/api/me/messages': () => json(messagePage([cancelled])) });
    renderAt('/berichten', <MessagesPage />);

    await user.click(
      await screen.findByRole('button', { name: /Reservering van “Dolfje Weerwolfje” geannuleerd/ }),
    );

    expect(
      screen.getByText(
        'De bieb heeft je reservering van “Dolfje Weerwolfje” geannuleerd. Reden: Boek is beschadigd',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Bekijk je reservering' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Bekijk het boek' })).toHaveAttribute('href', '/titels/1');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('marks all as read', async () => {
    const user = userEvent.setup();
    const state: { page: MessagePage } = { page: messagePage([ready, message({ id: 4 })]) };
    const { calls } = mockApi({
      '/api/me/messages': () => json(state.page),
      '/api/me/messages/read-all': () => {
        state.page = messagePage(state.page.items.map((m) => ({ ...m, read: true })));
        return new Response(null, { status: 204 });
      },
    });
    renderAt('/berichten', <MessagesPage />);

    await user.click(await screen.findByRole('button', { name: 'Markeer alles als gelezen' }));

    expect(await screen.findByText('Je hebt alle berichten gelezen.')).toBeInTheDocument();
    expect(calls.some((c) => c.url.pathname === '/api/me/messages/read-all')).toBe(true);
  });

  it('says so when there are no messages', async () => {
    mockApi({ '/api/me/messages': () => json(messagePage([])) });
    renderAt('/berichten', <MessagesPage />);

    expect(await screen.findByText('Je hebt nog geen berichten.')).toBeInTheDocument();
  });

  it('speaks English', async () => {
    mockApi({ '/api/me/messages': () => json(messagePage([ready])) });
    renderAt('/berichten', <MessagesPage />, '/berichten', 'en');

    expect(await screen.findByRole('heading', { level: 1, name: 'Messages' })).toBeInTheDocument();
    expect(await screen.findByText('You have 1 unread message.')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'New “Dolfje Weerwolfje” is ready for you Saturday 21 November' }),
    ).toBeInTheDocument();
  });
});

describe('the unread badge in the menu', () => {
  afterEach(() => {
    cleanup();
    authStore.clear();
  });

  function renderNav() {
    return renderRoutes([
      {
        path: '*',
        element: (
          <nav aria-label="Hoofdmenu">
            <ul>
              <MessagesNavItem />
            </ul>
          </nav>
        ),
      },
    ]);
  }

  it('shows the unread count for a student, from the smallest page of messages', async () => {
    logInAs();
    const { calls } = mockApi({
      '/api/me/messages': () => json(messagePage([ready], { total: 5, unread: 3 })),
    });
    renderNav();

    const link = await screen.findByRole('link', { name: 'Berichten 3 ongelezen' });
    expect(link).toHaveAttribute('href', '/berichten');
    expect(within(link).getByTestId('unread-badge')).toHaveTextContent('3');
    expect(calls[0]?.url.searchParams.get('size')).toBe('1');
  });

  it('shows the link without a badge when everything is read', async () => {
    logInAs();
    const { calls } = mockApi({ '/api/me/messages': () => json(messagePage([], { unread: 0 })) });
    renderNav();

    await waitFor(() => expect(calls).not.toHaveLength(0));
    expect(await screen.findByRole('link', { name: 'Berichten' })).toBeInTheDocument();
    expect(screen.queryByTestId('unread-badge')).toBeNull();
  });

  it.each([['SCHOOL_STAFF' as const], [null]])('is not there for %s', async (role) => {
    if (role) logInAs(role);
    const { calls } = mockApi({});
    renderNav();

    await screen.findByRole('navigation');
    expect(screen.queryByRole('link', { name: /Berichten/ })).toBeNull();
    expect(calls).toHaveLength(0);
  });
});
