import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/queries/query-keys';

/** GET /api/titles/{id} — detail, availability per location and copies. */
export function useTitle(id: number) {
  return useQuery({
    queryKey: queryKeys.title(id),
    queryFn: ({ signal }) => api.GET('/api/titles/{id}', { params: { path: { id } }, signal }),
    enabled: Number.isSafeInteger(id) && id > 0,
  });
}
