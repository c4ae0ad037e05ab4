import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SchoolPolicy, UpdateSchoolPolicyRequest } from '../../../lib/api';
import { apiClient, apiFetch } from '../../../lib/api-client';

const policyKey = (schoolId: number) => ['staff', 'policy', schoolId] as const;

/** GET /api/schools/{id}/policy — may students reserve at school, in branches; limits; pickup days. */
export function useSchoolPolicy(schoolId: number | null) {
  return useQuery({
    queryKey: policyKey(schoolId ?? 0),
    queryFn: ({ signal }) => apiClient.get<SchoolPolicy>(`/api/schools/${schoolId}/policy`, { signal }),
    enabled: schoolId != null && schoolId > 0,
  });
}

/** PUT /api/schools/{id}/policy — library staff and administrators. */
export function useUpdateSchoolPolicy(schoolId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateSchoolPolicyRequest) =>
      apiFetch<SchoolPolicy>(`/api/schools/${schoolId}/policy`, { method: 'PUT', body }),
    onSuccess: (policy) => queryClient.setQueryData(policyKey(schoolId), policy),
  });
}
