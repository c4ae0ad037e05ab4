import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json, problem, stubFetch } from '../test/render';
import {
  ApiError,
  apiClient,
  buildUrl,
  loginPath,
  NetworkError,
  setUnauthorizedHandler,
  toApiError,
} from './api-client';
import { authStore } from './auth-store';

const session = {
  accessToken: 'token-123',
  tokenType: 'Bearer' as const,
  expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  refreshToken: 'refresh-token',
  idleTimeoutSeconds: 1800,
  sessionExpiresAt: '2099-01-01T00:00:00Z',
  user: { id: 7, username: 'sanne', displayName: 'Sanne de Vries', role: 'STUDENT' as const },
};

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

  it('sends the bearer token of the session', async () => {
    authStore.setSession(session);
    const { calls } = stubFetch({ '/api/me': () => json({ id: 7 }) });

    await apiClient.get('/api/me');

    const headers = new Headers(calls[0]?.init?.headers);
    expect(headers.get('Authorization')).toBe('Bearer token-123');
    expect(headers.get('Accept')).toContain('application/problem+json');
  });

  it('sends no Authorization header when logged out', async () => {
    const { calls } = stubFetch({ '/api/themes': () => json([]) });

    await apiClient.get('/api/themes');

    expect(new Headers(calls[0]?.init?.headers).has('Authorization')).toBe(false);
  });

  it('renews an access token about to end before the request, and sends the new one', async () => {
    authStore.setSession({ ...session, expiresAt: new Date(Date.now() + 5_000).toISOString() });
    const renewed = {
      ...session,
      accessToken: 'token-456',
      refreshToken: 'refresh-2',
      expiresAt: new Date(Date.now() + 600_000).toISOString(),
    };
    const { calls } = stubFetch({
      '/api/auth/refresh': () => json(renewed),
      '/api/me': () => json({ id: 7 }),
    });

    await Promise.all([apiClient.get('/api/me'), apiClient.get('/api/me')]);

    // One renewal for both requests: a refresh token is good for one use only.
    const refreshes = calls.filter((c) => c.url.pathname === '/api/auth/refresh');
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0]?.init?.body).toBe('{"refreshToken":"refresh-token"}');
    const me = calls.filter((c) => c.url.pathname === '/api/me');
    expect(me.map((c) => new Headers(c.init?.headers).get('Authorization'))).toEqual([
      'Bearer token-456',
      'Bearer token-456',
    ]);
    expect(authStore.getSession()?.refreshToken).toBe('refresh-2');
  });

  it('forgets a session the service ended and sends no expired token', async () => {
    authStore.setSession({ ...session, expiresAt: new Date(Date.now() - 1000).toISOString() });
    const { calls } = stubFetch({
      '/api/auth/refresh': () => problem(401, 'SESSION_ENDED'),
      '/api/themes': () => json([]),
    });

    await apiClient.get('/api/themes');

    expect(authStore.getSession()).toBeNull();
    const themes = calls.find((c) => c.url.pathname === '/api/themes');
    expect(new Headers(themes?.init?.headers).has('Authorization')).toBe(false);
  });

  it('posts JSON bodies', async () => {
    const { calls } = stubFetch({ '/api/auth/login': () => json(session) });

    await apiClient.post('/api/auth/login', { username: 'sanne', password: 'x' });

    expect(calls[0]?.init?.method).toBe('POST');
    expect(new Headers(calls[0]?.init?.headers).get('Content-Type')).toBe('application/json');
    expect(calls[0]?.init?.body).toBe('{"username":"sanne","password":"x"}');
  });

  it('parses problem+json into a typed ApiError', async () => {
    stubFetch({
      '/api/titles': () =>
        problem(400, 'VALIDATION_FAILED', {
          detail: 'size must be between 1 and 100',
          errors: [{ field: 'size', message: 'must be between 1 and 100' }, 'junk'],
        }),
    });

    const error = await apiClient.get('/api/titles', { query: { size: 500 } }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      detail: 'size must be between 1 and 100',
      errors: [{ field: 'size', message: 'must be between 1 and 100' }],
    });
  });

  it('derives a code from the status when the body has none', async () => {
    const error = await toApiError(new Response('<html>nope</html>', { status: 404 }));
    expect(error).toMatchObject({ status: 404, code: 'NOT_FOUND', detail: null, errors: [] });

    const teapot = await toApiError(new Response('', { status: 418 }));
    expect(teapot.code).toBe('UNKNOWN');
  });

  it('reads Retry-After on 429', async () => {
    stubFetch({ '/api/auth/login': () => problem(429, 'TOO_MANY_ATTEMPTS', {}, { 'Retry-After': '30' }) });

    const error = await apiClient
      .post('/api/auth/login', { username: 'a', password: 'b' }, { redirectOn401: false })
      .catch((e: unknown) => e);

    expect(error).toMatchObject({ status: 429, code: 'TOO_MANY_ATTEMPTS', retryAfter: 30 });
  });

  it('on 401 clears the session and asks to log in with a returnTo', async () => {
    window.history.pushState({}, '', '/titels/12?tab=x');
    authStore.setSession(session);
    stubFetch({ '/api/me': () => problem(401, 'AUTHENTICATION_REQUIRED') });

    const error = await apiClient.get('/api/me').catch((e: unknown) => e);

    expect(error).toMatchObject({ status: 401, code: 'AUTHENTICATION_REQUIRED' });
    expect(authStore.getSession()).toBeNull();
    expect(onUnauthorized).toHaveBeenCalledWith('/titels/12?tab=x');
  });

  it('does not redirect on a 401 of the login itself', async () => {
    stubFetch({ '/api/auth/login': () => problem(401, 'INVALID_CREDENTIALS') });

    const error = await apiClient
      .post('/api/auth/login', { username: 'sanne', password: 'wrong' }, { redirectOn401: false })
      .catch((e: unknown) => e);

    expect(error).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('turns a failed fetch into a NetworkError', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    await expect(apiClient.get('/api/themes')).rejects.toBeInstanceOf(NetworkError);
  });

  it('treats a bodiless 5xx from the proxy as a network failure', async () => {
    stubFetch({ '/api/themes': () => new Response('', { status: 502 }) });

    await expect(apiClient.get('/api/themes')).rejects.toBeInstanceOf(NetworkError);
  });

  it('builds query strings without empty values', () => {
    expect(
      buildUrl('/api/titles', {
        q: 'dolfje weerwolfje',
        theme: '',
        page: 0,
        availableNow: true,
        x: undefined,
      }),
    ).toBe('/api/titles?q=dolfje+weerwolfje&page=0&availableNow=true');
  });
});
