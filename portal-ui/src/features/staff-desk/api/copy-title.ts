import type { CopyDetail } from '../../../lib/api';
import { apiClient } from '../../../lib/api-client';

/** GET /api/copies/{barcode} — the title of a copy, to name the book in a refusal; null when it cannot be read. */
export async function copyTitle(barcode: string): Promise<string | null> {
  try {
    const copy = await apiClient.get<CopyDetail>(`/api/copies/${encodeURIComponent(barcode)}`);
    return copy.title.title;
  } catch {
    return null;
  }
}
