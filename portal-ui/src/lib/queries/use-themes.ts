import { useQuery } from '@tanstack/react-query';
import { api } from '../api-client';
import { queryKeys } from './query-keys';

/** GET /api/themes — shared by the search filter and theme browsing. */
export function useThemes() {
  return useQuery({
    queryKey: queryKeys.themes(),
    queryFn: ({ signal }) => api.GET('/api/themes', { signal }),
    staleTime: 10 * 60_000,
  });
}
