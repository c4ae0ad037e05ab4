import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { http } from 'msw';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import { I18nProvider, type Locale } from '../lib/i18n';
import { server } from './server';

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

/** A request the mocked service answered; `body` is the parsed JSON body, if any. */
export interface ApiCall {
  url: URL;
  method: string;
  headers: Headers;
  /** Parsed JSON, typed as loosely as JSON.parse; the text of another body (a CSV file). */
  body: ReturnType<typeof JSON.parse>;
}

type Answer = (call: ApiCall) => Response | Promise<Response>;

/**
 * Answers requests from the mocked service (MSW) by path: `'/api/titles/1'` for every method,
 * `'PUT /api/schools/1/policy'` for one. Returns the requests answered, in order; a request no
 * route answers fails the test (setup.ts).
 */
export function mockApi(routes: Record<string, Answer>) {
  const calls: ApiCall[] = [];
  const handlers = Object.entries(routes).map(([route, answer]) => {
    const [method, path] = route.includes(' ') ? (route.split(' ') as [string, string]) : ['all', route];
    return http[method.toLowerCase() as 'all' | 'get' | 'post' | 'put' | 'delete'](
      path,
      async ({ request }) => {
        const text = await request.text();
        const isJson = (request.headers.get('content-type') ?? 'application/json').includes('json');
        const call = {
          url: new URL(request.url),
          method: request.method,
          headers: request.headers,
          body: !text ? undefined : isJson ? JSON.parse(text) : text,
        };
        calls.push(call);
        return answer(call);
      },
    );
  });
  server.use(...handlers);
  return { calls };
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
