import { useMutation } from '@tanstack/react-query';
import type { CheckinRequest } from '../../../lib/api';
import { api } from '../../../lib/api-client';

/** POST /api/checkins — check a copy in at the staff member's desk. */
export function useCheckin() {
  return useMutation({
    // Sent even when the browser says it is offline: the desk keeps a scan that fails and tries it again (a paused
    // mutation would leave the desk waiting without saying why).
    networkMode: 'always',
    mutationFn: (request: CheckinRequest) => api.POST('/api/checkins', { body: request }),
  });
}
