import { useQuery } from '@tanstack/react-query';
import type { Location } from '../../../lib/api';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/queries/query-keys';

/** GET /api/locations */
export function useLocations() {
  return useQuery({
    queryKey: queryKeys.locations(),
    queryFn: ({ signal }) => apiClient.get<Location[]>('/api/locations', { signal }),
    staleTime: 10 * 60_000,
  });
}
