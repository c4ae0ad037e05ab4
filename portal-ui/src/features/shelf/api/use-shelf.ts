import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ShelfParams } from '../../../lib/api';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/queries/query-keys';

export const SHELF_PAGE_SIZE = 40;

/** GET /api/locations/{id}/shelf — titles in shelf-mark order ("kijkje in de kast"). */
export function useShelf(locationId: number, page: number) {
  const params: ShelfParams = { page, size: SHELF_PAGE_SIZE };
  return useQuery({
    queryKey: queryKeys.shelf(locationId, params),
    queryFn: ({ signal }) =>
      api.GET('/api/locations/{id}/shelf', { params: { path: { id: locationId }, query: params }, signal }),
    enabled: Number.isSafeInteger(locationId) && locationId > 0,
    placeholderData: keepPreviousData,
  });
}
