import { useQuery } from '@tanstack/react-query';
import type { Me } from '../api';
import { apiClient } from '../api-client';
import { queryKeys } from './query-keys';

/** GET /api/me — who am I (and, for a student, school, group, library link and membership). Only when logged in. */
export function useMe({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.me(),
    queryFn: ({ signal }) => apiClient.get<Me>('/api/me', { signal }),
    enabled,
  });
}
