import { useQuery } from '@tanstack/react-query';
import type { Loan } from '../../../lib/api';
import { apiClient } from '../../../lib/api-client';
import { studentKeys } from '../../../lib/queries/student-keys';

/** GET /api/me/loans — what I have borrowed now, with due dates. */
export function useMyLoans() {
  return useQuery({
    queryKey: studentKeys.myLoans(),
    queryFn: ({ signal }) => apiClient.get<Loan[]>('/api/me/loans', { signal }),
  });
}
