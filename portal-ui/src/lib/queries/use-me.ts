import { useQuery } from '@tanstack/react-query';
import { api } from '../api-client';
import { queryKeys } from './query-keys';

/** GET /api/me — who am I (and, for a student, school, group, library link and membership). Only when logged in. */
export function useMe({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.me(),
    queryFn: ({ signal }) => api.GET('/api/me', { signal }),
    enabled,
  });
}
