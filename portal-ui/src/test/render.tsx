import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import { I18nProvider, type Locale } from '../lib/i18n';

/** Renders routes with fresh providers (no retries, so errors show at once). */
export function renderRoutes(
  routes: RouteObject[],
  { url = '/', locale }: { url?: string; locale?: Locale } = {},
) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } },
  });
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const result = render(
    <I18nProvider initialLocale={locale}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nProvider>,
  );
  return { ...result, router, queryClient };
}

export function renderAt(path: string, element: ReactElement, url = path, locale?: Locale) {
  return renderRoutes([{ path, element }], { url, locale });
}

/** A fetch stub answering by URL path; unknown paths get a problem+json 404. */
export function stubFetch(
  routes: Record<string, (url: URL, init?: RequestInit) => Response | Promise<Response>>,
) {
  const calls: { url: URL; init?: RequestInit }[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://portal.test');
    calls.push({ url, init });
    const handler = routes[url.pathname];
    if (handler) return handler(url, init);
    return problem(404, 'NOT_FOUND');
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, calls };
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function problem(
  status: number,
  code: string,
  extra: Record<string, unknown> = {},
  headers = {},
): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: code, status, code, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}
