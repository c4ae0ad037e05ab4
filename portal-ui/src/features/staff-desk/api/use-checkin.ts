import { useMutation } from '@tanstack/react-query';
import type { CheckinRequest, CheckinResult } from '../../../lib/api';
import { apiClient } from '../../../lib/api-client';

/** POST /api/checkins — check a copy in at the staff member's desk. */
export function useCheckin() {
  return useMutation({
    mutationFn: (request: CheckinRequest) => apiClient.post<CheckinResult>('/api/checkins', request),
  });
}
