import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/queries/query-keys';

/** GET /api/locations */
export function useLocations() {
  return useQuery({
    queryKey: queryKeys.locations(),
    queryFn: ({ signal }) => api.GET('/api/locations', { signal }),
    staleTime: 10 * 60_000,
  });
}
