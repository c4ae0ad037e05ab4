import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/queries/query-keys';

/** GET /api/me — for the desk's location name ("Balie: Schoolbibliotheek OBS De Regenboog"). */
export function useDeskMe() {
  return useQuery({
    queryKey: queryKeys.me(),
    queryFn: ({ signal }) => api.GET('/api/me', { signal }),
  });
}
