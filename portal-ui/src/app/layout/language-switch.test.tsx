import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { authStore } from '../../lib/auth-store';
import { mockApi, renderRoutes } from '../../test/render';
import { loginAs } from '../../test/staff-fixtures';
import { LanguageSwitch } from './language-switch';

afterEach(() => authStore.clear());

describe('language switch', () => {
  it("saves a student's choice: it is the language of the e-mails to the parents", async () => {
    const { calls } = mockApi({ 'PUT /api/me/language': () => new Response(null, { status: 204 }) });
    loginAs('STUDENT', 'Sanne');
    const user = userEvent.setup();
    renderRoutes([{ path: '/', element: <LanguageSwitch /> }]);
    await user.click(screen.getByRole('button', { name: 'EN' }));
    expect(screen.getByRole('button', { name: 'EN' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]?.body).toEqual({ language: 'en' });
    expect(document.documentElement.lang).toBe('en');
  });

  it('changes only the page for staff and for someone not logged in', async () => {
    const { calls } = mockApi({ 'PUT /api/me/language': () => new Response(null, { status: 204 }) });
    const user = userEvent.setup();
    const { unmount } = renderRoutes([{ path: '/', element: <LanguageSwitch /> }]);
    await user.click(screen.getByRole('button', { name: 'EN' }));
    unmount();
    loginAs('SCHOOL_STAFF');
    renderRoutes([{ path: '/', element: <LanguageSwitch /> }]);
    await user.click(screen.getByRole('button', { name: 'NL' }));
    expect(screen.getByRole('button', { name: 'NL' })).toHaveAttribute('aria-pressed', 'true');
    expect(calls).toHaveLength(0);
  });
});
