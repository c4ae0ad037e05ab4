import { useQuery } from '@tanstack/react-query';
import type { Theme } from '../api';
import { apiClient } from '../api-client';
import { queryKeys } from './query-keys';

/** GET /api/themes — shared by the search filter and theme browsing. */
export function useThemes() {
  return useQuery({
    queryKey: queryKeys.themes(),
    queryFn: ({ signal }) => apiClient.get<Theme[]>('/api/themes', { signal }),
    staleTime: 10 * 60_000,
  });
}
