import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/queries/query-keys';

/** GET /api/me/notifications — which e-mails the student's parents get, at which (masked) address, in which language. */
export function useMyNotifications({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.myNotifications(),
    queryFn: ({ signal }) => api.GET('/api/me/notifications', { signal }),
    enabled,
  });
}
