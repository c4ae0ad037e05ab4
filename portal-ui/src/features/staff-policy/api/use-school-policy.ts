import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UpdateSchoolPolicyRequest } from '../../../lib/api';
import { api } from '../../../lib/api-client';

const policyKey = (schoolId: number) => ['staff', 'policy', schoolId] as const;

/** GET /api/schools/{id}/policy — may students reserve at school, in branches; limits; pickup days. */
export function useSchoolPolicy(schoolId: number | null) {
  return useQuery({
    queryKey: policyKey(schoolId ?? 0),
    queryFn: ({ signal }) =>
      api.GET('/api/schools/{id}/policy', { params: { path: { id: schoolId ?? 0 } }, signal }),
    enabled: schoolId != null && schoolId > 0,
  });
}

/** PUT /api/schools/{id}/policy — library staff and administrators. */
export function useUpdateSchoolPolicy(schoolId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateSchoolPolicyRequest) =>
      api.PUT('/api/schools/{id}/policy', { params: { path: { id: schoolId } }, body }),
    onSuccess: (policy) => queryClient.setQueryData(policyKey(schoolId), policy),
  });
}
