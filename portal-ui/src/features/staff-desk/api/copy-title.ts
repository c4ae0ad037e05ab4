import { api } from '../../../lib/api-client';

/** GET /api/copies/{barcode} — the title of a copy, to name the book in a refusal; null when it cannot be read. */
export async function copyTitle(barcode: string): Promise<string | null> {
  try {
    const copy = await api.GET('/api/copies/{barcode}', { params: { path: { barcode } } });
    return copy.title.title;
  } catch {
    return null;
  }
}
