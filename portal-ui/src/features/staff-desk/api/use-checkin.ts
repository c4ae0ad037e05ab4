import { useMutation } from '@tanstack/react-query';
import type { CheckinRequest } from '../../../lib/api';
import { api } from '../../../lib/api-client';

/** POST /api/checkins — check a copy in at the staff member's desk. */
export function useCheckin() {
  return useMutation({
    mutationFn: (request: CheckinRequest) => api.POST('/api/checkins', { body: request }),
  });
}
