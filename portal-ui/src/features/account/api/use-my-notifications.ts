import { useQuery } from '@tanstack/react-query';
import { untypedApi, type MyNotifications } from '../../../lib/notification-api';
import { queryKeys } from '../../../lib/queries/query-keys';

/** GET /api/me/notifications — which e-mails the student's parents get, at which (masked) address, in which language. */
export function useMyNotifications({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.myNotifications(),
    queryFn: ({ signal }) => untypedApi.GET<MyNotifications>('/api/me/notifications', { signal }),
    enabled,
  });
}
