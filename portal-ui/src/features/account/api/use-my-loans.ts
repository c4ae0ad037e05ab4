import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { studentKeys } from '../../../lib/queries/student-keys';

/** GET /api/me/loans — what I have borrowed now, with due dates. */
export function useMyLoans() {
  return useQuery({
    queryKey: studentKeys.myLoans(),
    queryFn: ({ signal }) => api.GET('/api/me/loans', { signal }),
  });
}
