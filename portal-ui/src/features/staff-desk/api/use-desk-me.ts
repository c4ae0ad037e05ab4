import { useQuery } from '@tanstack/react-query';
import type { Me } from '../../../lib/api';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/queries/query-keys';

/** GET /api/me — for the desk's location name ("Balie: Schoolbibliotheek OBS De Regenboog"). */
export function useDeskMe() {
  return useQuery({
    queryKey: queryKeys.me(),
    queryFn: ({ signal }) => apiClient.get<Me>('/api/me', { signal }),
  });
}
