import { useQuery } from '@tanstack/react-query';
import type { TitleDetail } from '../../../lib/api';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/queries/query-keys';

/** GET /api/titles/{id} — detail, availability per location and copies. */
export function useTitle(id: number) {
  return useQuery({
    queryKey: queryKeys.title(id),
    queryFn: ({ signal }) => apiClient.get<TitleDetail>(`/api/titles/${id}`, { signal }),
    enabled: Number.isSafeInteger(id) && id > 0,
  });
}
