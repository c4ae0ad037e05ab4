import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json, mockApi, problem } from '../test/render';
import { server } from '../test/server';
import { ApiError, api, loginPath, NetworkError, setUnauthorizedHandler } from './api-client';
import { authStore } from './auth-store';

const session = {
  accessToken: 'token-123',
  tokenType: 'Bearer' as const,
  expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  refreshToken: 'refresh-token',
  idleTimeoutSeconds: 1800,
  sessionExpiresAt: '2099-01-01T00:00:00Z',
  user: {
    id: 7,
    username: 'sanne',
    displayName: 'Sanne de Vries',
    role: 'STUDENT' as const,
    mustChangePassword: false,
  },
};

const login = (password: string) => ({ body: { username: 'sanne', password }, redirectOn401: false });

describe('api client', () => {
  const onUnauthorized = vi.fn();

  beforeEach(() => {
    onUnauthorized.mockReset();
    setUnauthorizedHandler(onUnauthorized);
  });

  afterEach(() => {
    authStore.clear();
    setUnauthorizedHandler(null);
  });

  it('sends to the login page with where to come back, never nesting the login page in it', () => {
    expect(loginPath('/balie/innemen')).toBe('/inloggen?returnTo=%2Fbalie%2Finnemen');
    expect(loginPath('/inloggen')).toBe('/inloggen');
    expect(loginPath('/inloggen?returnTo=%2Fbalie%2Finnemen')).toBe('/inloggen?returnTo=%2Fbalie%2Finnemen');
  });

  it('sends the bearer token of the session and answers with the body', async () => {
    authStore.setSession(session);
    const { calls } = mockApi({ '/api/me': () => json({ id: 7 }) });

    await expect(api.GET('/api/me')).resolves.toEqual({ id: 7 });

    expect(calls[0]?.headers.get('Authorization')).toBe('Bearer token-123');
    expect(calls[0]?.headers.get('Accept')).toContain('application/problem+json');
  });

  it('sends no Authorization header when logged out', async () => {
    const { calls } = mockApi({ '/api/themes': () => json([]) });

    await api.GET('/api/themes');

    expect(calls[0]?.headers.has('Authorization')).toBe(false);
  });

  it('fills in path parameters and leaves empty query values out', async () => {
    const { calls } = mockApi({
      '/api/copies/AB%2F12': () => json({}),
      '/api/titles': () => json({ items: [] }),
    });

    await api.GET('/api/copies/{barcode}', { params: { path: { barcode: 'AB/12' } } });
    await api.GET('/api/titles', {
      params: {
        query: { q: 'dolfje weerwolfje', theme: '', page: 0, availableNow: true, ageGroup: undefined },
      },
    });

    expect(calls.map((c) => `${c.url.pathname}${c.url.search}`)).toEqual([
      '/api/copies/AB%2F12',
      '/api/titles?q=dolfje+weerwolfje&page=0&availableNow=true',
    ]);
  });

  it('renews an access token about to end before the request, and sends the new one', async () => {
    authStore.setSession({ ...session, expiresAt: new Date(Date.now() + 5_000).toISOString() });
    const renewed = {
      ...session,
      accessToken: 'token-456',
      refreshToken: 'refresh-2',
      expiresAt: new Date(Date.now() + 600_000).toISOString(),
    };
    const { calls } = mockApi({
      '/api/auth/refresh': () => json(renewed),
      '/api/me': () => json({ id: 7 }),
    });

    await Promise.all([api.GET('/api/me'), api.GET('/api/me')]);

    // One renewal for both requests: a refresh token is good for one use only.
    const refreshes = calls.filter((c) => c.url.pathname === '/api/auth/refresh');
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0]?.body).toEqual({ refreshToken: 'refresh-token' });
    expect(refreshes[0]?.headers.has('Authorization')).toBe(false);
    const me = calls.filter((c) => c.url.pathname === '/api/me');
    expect(me.map((c) => c.headers.get('Authorization'))).toEqual(['Bearer token-456', 'Bearer token-456']);
    expect(authStore.getSession()?.refreshToken).toBe('refresh-2');
  });

  it('forgets a session the service ended and sends no expired token', async () => {
    authStore.setSession({ ...session, expiresAt: new Date(Date.now() - 1000).toISOString() });
    const { calls } = mockApi({
      '/api/auth/refresh': () => problem(401, 'SESSION_ENDED'),
      '/api/themes': () => json([]),
    });

    await api.GET('/api/themes');

    expect(authStore.getSession()).toBeNull();
    expect(onUnauthorized).not.toHaveBeenCalled();
    const themes = calls.find((c) => c.url.pathname === '/api/themes');
    expect(themes?.headers.has('Authorization')).toBe(false);
  });

  it('posts JSON bodies, and no body or Content-Type without one', async () => {
    const { calls } = mockApi({
      '/api/auth/login': () => json(session),
      '/api/me/messages/read-all': () => new Response(null, { status: 204 }),
    });

    await api.POST('/api/auth/login', login('x'));
    await expect(api.POST('/api/me/messages/read-all')).resolves.toBeUndefined();

    expect(calls.map((c) => [c.method, c.headers.get('Content-Type'), c.body])).toEqual([
      ['POST', 'application/json', { username: 'sanne', password: 'x' }],
      ['POST', null, undefined],
    ]);
  });

  it('parses problem+json into a typed ApiError', async () => {
    mockApi({
      '/api/titles': () =>
        problem(400, 'VALIDATION_FAILED', {
          detail: 'size must be between 1 and 100',
          errors: [{ field: 'size', message: 'must be between 1 and 100' }, 'junk'],
        }),
    });

    const error = await api.GET('/api/titles', { params: { query: { size: 500 } } }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      detail: 'size must be between 1 and 100',
      errors: [{ field: 'size', message: 'must be between 1 and 100' }],
    });
  });

  it('derives a code from the status when the body has none', async () => {
    mockApi({
      '/api/titles/1': () =>
        new Response('<html>nope</html>', { status: 404, headers: { 'Content-Type': 'text/html' } }),
      '/api/titles/2': () => new Response('', { status: 418 }),
    });
    const title = (id: number) =>
      api.GET('/api/titles/{id}', { params: { path: { id } } }).catch((e: unknown) => e);

    expect(await title(1)).toMatchObject({ status: 404, code: 'NOT_FOUND', detail: null, errors: [] });
    expect(await title(2)).toMatchObject({ status: 418, code: 'UNKNOWN' });
  });

  it('turns an unreadable answer into an ApiError', async () => {
    mockApi({ '/api/themes': () => new Response('<html>', { headers: { 'Content-Type': 'text/html' } }) });

    await expect(api.GET('/api/themes')).rejects.toMatchObject({ status: 200, code: 'UNKNOWN' });
  });

  it('reads Retry-After on 429', async () => {
    mockApi({ '/api/auth/login': () => problem(429, 'TOO_MANY_ATTEMPTS', {}, { 'Retry-After': '30' }) });

    const error = await api.POST('/api/auth/login', login('b')).catch((e: unknown) => e);

    expect(error).toMatchObject({ status: 429, code: 'TOO_MANY_ATTEMPTS', retryAfter: 30 });
  });

  it('reads the limit a problem names', async () => {
    mockApi({
      'POST /api/reservations': () => problem(422, 'RESERVATION_LIMIT_REACHED', { limit: 3 }),
      'POST /api/checkins': () => problem(409, 'COPY_NOT_AVAILABLE'),
    });

    const limited = await api
      .POST('/api/reservations', { body: { titleId: 1, pickupLocationId: 2 } })
      .catch((e: unknown) => e);
    const other = await api.POST('/api/checkins', { body: { barcode: 'X' } }).catch((e: unknown) => e);

    expect(limited).toMatchObject({ code: 'RESERVATION_LIMIT_REACHED', limit: 3 });
    expect(other).toMatchObject({ code: 'COPY_NOT_AVAILABLE', limit: null });
  });

  it('on 401 clears the session and asks to log in with a returnTo', async () => {
    window.history.pushState({}, '', '/titels/12?tab=x');
    authStore.setSession(session);
    mockApi({ '/api/me': () => problem(401, 'AUTHENTICATION_REQUIRED') });

    const error = await api.GET('/api/me').catch((e: unknown) => e);

    expect(error).toMatchObject({ status: 401, code: 'AUTHENTICATION_REQUIRED' });
    expect(authStore.getSession()).toBeNull();
    expect(onUnauthorized).toHaveBeenCalledWith('/titels/12?tab=x');
  });

  it('does not redirect on a 401 of the login itself', async () => {
    mockApi({ '/api/auth/login': () => problem(401, 'INVALID_CREDENTIALS') });

    const error = await api.POST('/api/auth/login', login('wrong')).catch((e: unknown) => e);

    expect(error).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('turns a failed fetch into a NetworkError', async () => {
    server.use(http.get('/api/themes', () => HttpResponse.error()));

    await expect(api.GET('/api/themes')).rejects.toBeInstanceOf(NetworkError);
  });

  it('passes an abort on as it is', async () => {
    mockApi({ '/api/themes': () => new Promise<Response>(() => undefined) });
    const controller = new AbortController();

    const request = api.GET('/api/themes', { signal: controller.signal });
    controller.abort();

    await expect(request).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('treats a bodiless 5xx from the proxy as a network failure', async () => {
    mockApi({ '/api/themes': () => new Response('', { status: 502 }) });

    await expect(api.GET('/api/themes')).rejects.toBeInstanceOf(NetworkError);
  });
});
