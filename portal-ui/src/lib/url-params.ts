/** People see page 1, 2, 3 in the URL (?pagina=2); the API counts from 0. */
export function pageFromParam(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n - 1 : 0;
}

export function pageToParam(page: number): string | null {
  return page > 0 ? String(page + 1) : null;
}

/** A copy of `params` with the given keys set (null/'' removes them). */
export function withParams(params: URLSearchParams, changes: Record<string, string | null>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === '') next.delete(key);
    else next.set(key, value);
  }
  return next;
}
