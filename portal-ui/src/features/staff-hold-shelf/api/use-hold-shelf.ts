import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const holdShelfKey = ['staff', 'hold-shelf'] as const;

/** GET /api/hold-shelf — ready, to clear and the pick list of the staff member's location. */
export function useHoldShelf() {
  return useQuery({
    queryKey: holdShelfKey,
    queryFn: ({ signal }) => api.GET('/api/hold-shelf', { signal }),
    staleTime: 0,
  });
}
