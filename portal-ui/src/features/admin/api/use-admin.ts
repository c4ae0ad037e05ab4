import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LoginCards, RequestBody } from '../../../lib/api';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/queries/query-keys';
import { setLoginCards } from './login-cards-store';

/**
 * The administration's calls (Beheer): organisations, schools, locations with their opening hours, closures,
 * staff accounts, integration clients, students with their logins and login cards. Every write refreshes the
 * lists it changes (the public location list too, which the shelf browser and the pickup choice use).
 */
export const adminKeys = {
  all: () => ['staff', 'admin'] as const,
  organisations: () => ['staff', 'admin', 'organisations'] as const,
  schools: () => ['staff', 'admin', 'schools'] as const,
  locations: () => ['staff', 'admin', 'locations'] as const,
  closures: () => ['staff', 'admin', 'closures'] as const,
  staffAccounts: () => ['staff', 'admin', 'staff-accounts'] as const,
  integrationClients: () => ['staff', 'admin', 'integration-clients'] as const,
  groups: (schoolId: number) => ['staff', 'admin', 'school', schoolId, 'groups'] as const,
  students: (schoolId: number, group: string) =>
    ['staff', 'admin', 'school', schoolId, 'students', group] as const,
  school: (schoolId: number) => ['staff', 'admin', 'school', schoolId] as const,
};

/** A write's refresh: the lists under `key` (and the shared location list when locations changed). */
function useRefresh() {
  const queryClient = useQueryClient();
  return (...keys: (readonly unknown[])[]) =>
    Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

// ---------- Organisations ----------

/** GET /api/organisations — all (administrators) or the own one (staff). */
export function useOrganisations({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: adminKeys.organisations(),
    queryFn: ({ signal }) => api.GET('/api/organisations', { signal }),
    staleTime: 0,
    enabled,
  });
}

export function useCreateOrganisation() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: RequestBody<'/api/organisations', 'post'>) => api.POST('/api/organisations', { body }),
    onSuccess: () => refresh(adminKeys.organisations()),
  });
}

export function useUpdateOrganisation() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: number } & RequestBody<'/api/organisations/{id}', 'patch'>) =>
      api.PATCH('/api/organisations/{id}', { params: { path: { id } }, body }),
    onSuccess: () => refresh(adminKeys.organisations()),
  });
}

// ---------- Schools ----------

/** GET /api/schools?includeInactive=true — the schools in scope, inactive ones too. */
export function useSchools({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: adminKeys.schools(),
    queryFn: ({ signal }) =>
      api.GET('/api/schools', { params: { query: { includeInactive: true } }, signal }),
    staleTime: 0,
    enabled,
  });
}

export function useCreateSchool() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: RequestBody<'/api/schools', 'post'>) => api.POST('/api/schools', { body }),
    onSuccess: () => refresh(adminKeys.schools(), adminKeys.locations(), queryKeys.locations()),
  });
}

export function useUpdateSchool() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: number } & RequestBody<'/api/schools/{id}', 'patch'>) =>
      api.PATCH('/api/schools/{id}', { params: { path: { id } }, body }),
    onSuccess: () => refresh(adminKeys.schools()),
  });
}

// ---------- Locations ----------

/** GET /api/locations?includeInactive=true — branches and school libraries, inactive ones too. */
export function useAdminLocations() {
  return useQuery({
    queryKey: adminKeys.locations(),
    queryFn: ({ signal }) =>
      api.GET('/api/locations', { params: { query: { includeInactive: true } }, signal }),
    staleTime: 0,
  });
}

export function useCreateLocation() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: RequestBody<'/api/locations', 'post'>) => api.POST('/api/locations', { body }),
    onSuccess: () => refresh(adminKeys.locations(), queryKeys.locations()),
  });
}

export function useUpdateLocation() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: number } & RequestBody<'/api/locations/{id}', 'patch'>) =>
      api.PATCH('/api/locations/{id}', { params: { path: { id } }, body }),
    onSuccess: () => refresh(adminKeys.locations(), queryKeys.locations()),
  });
}

export function useSetOpeningHours() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({
      id,
      hours,
    }: {
      id: number;
      hours: RequestBody<'/api/locations/{id}/opening-hours', 'put'>;
    }) => api.PUT('/api/locations/{id}/opening-hours', { params: { path: { id } }, body: hours }),
    onSuccess: () => refresh(adminKeys.locations(), queryKeys.locations()),
  });
}

// ---------- Closures ----------

/** GET /api/closures — the closures from today on, in the staff member's scope. */
export function useClosures() {
  return useQuery({
    queryKey: adminKeys.closures(),
    queryFn: ({ signal }) => api.GET('/api/closures', { signal }),
    staleTime: 0,
  });
}

export function useCreateClosure() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: RequestBody<'/api/closures', 'post'>) => api.POST('/api/closures', { body }),
    onSuccess: () => refresh(adminKeys.closures(), adminKeys.locations(), queryKeys.locations()),
  });
}

export function useDeleteClosure() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: number) => api.DELETE('/api/closures/{id}', { params: { path: { id } } }),
    onSuccess: () => refresh(adminKeys.closures(), adminKeys.locations(), queryKeys.locations()),
  });
}

// ---------- Staff accounts ----------

/** GET /api/staff-accounts?includeDisabled=true — the accounts in scope, disabled ones too. */
export function useStaffAccounts() {
  return useQuery({
    queryKey: adminKeys.staffAccounts(),
    queryFn: ({ signal }) =>
      api.GET('/api/staff-accounts', { params: { query: { includeDisabled: true } }, signal }),
    staleTime: 0,
  });
}

export function useCreateStaffAccount() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: RequestBody<'/api/staff-accounts', 'post'>) =>
      api.POST('/api/staff-accounts', { body }),
    onSuccess: () => refresh(adminKeys.staffAccounts()),
  });
}

export function useUpdateStaffAccount() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: number } & RequestBody<'/api/staff-accounts/{id}', 'patch'>) =>
      api.PATCH('/api/staff-accounts/{id}', { params: { path: { id } }, body }),
    onSuccess: () => refresh(adminKeys.staffAccounts()),
  });
}

/** Disable or enable an account (disabling ends its sessions). */
export function useSetStaffAccountActive() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, active }: { id: number; active: boolean }) =>
      active
        ? api.POST('/api/staff-accounts/{id}/enable', { params: { path: { id } } })
        : api.POST('/api/staff-accounts/{id}/disable', { params: { path: { id } } }),
    onSuccess: () => refresh(adminKeys.staffAccounts()),
  });
}

export function useResetStaffPassword() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: number) =>
      api.POST('/api/staff-accounts/{id}/reset-password', { params: { path: { id } } }),
    onSuccess: () => refresh(adminKeys.staffAccounts()),
  });
}

// ---------- Integration clients ----------

export function useIntegrationClients({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: adminKeys.integrationClients(),
    queryFn: ({ signal }) => api.GET('/api/integration-clients', { signal }),
    staleTime: 0,
    enabled,
  });
}

export function useCreateIntegrationClient() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: RequestBody<'/api/integration-clients', 'post'>) =>
      api.POST('/api/integration-clients', { body }),
    onSuccess: () => refresh(adminKeys.integrationClients()),
  });
}

export function useRotateSecret() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: number) =>
      api.POST('/api/integration-clients/{id}/rotate-secret', { params: { path: { id } } }),
    onSuccess: () => refresh(adminKeys.integrationClients()),
  });
}

export function useDisableIntegrationClient() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: number) =>
      api.POST('/api/integration-clients/{id}/disable', { params: { path: { id } } }),
    onSuccess: () => refresh(adminKeys.integrationClients()),
  });
}

// ---------- Students, their logins and login cards ----------

/** GET /api/schools/{id}/groups — the groups with how many students, and how many without a password. */
export function useStudentGroups(schoolId: number | null) {
  return useQuery({
    queryKey: adminKeys.groups(schoolId ?? 0),
    queryFn: ({ signal }) =>
      api.GET('/api/schools/{id}/groups', { params: { path: { id: schoolId ?? 0 } }, signal }),
    enabled: schoolId != null && schoolId > 0,
    staleTime: 0,
  });
}

/** GET /api/schools/{id}/students?group= — a group's students with their username and login state. */
export function useGroupStudents(schoolId: number | null, group: string | null) {
  return useQuery({
    queryKey: adminKeys.students(schoolId ?? 0, group ?? ''),
    queryFn: ({ signal }) =>
      api.GET('/api/schools/{id}/students', {
        params: { path: { id: schoolId ?? 0 }, query: { group: group ?? undefined } },
        signal,
      }),
    enabled: schoolId != null && schoolId > 0 && !!group,
    staleTime: 0,
  });
}

/**
 * POST /api/schools/{id}/login-cards — new start codes for a group. The answer is the only place the codes
 * exist: it is kept in memory for the print page (login-cards-store), never in storage or the address.
 */
export function useIssueLoginCards(schoolId: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: RequestBody<'/api/schools/{id}/login-cards', 'post'>) =>
      api.POST('/api/schools/{id}/login-cards', { params: { path: { id: schoolId } }, body }),
    onSuccess: (cards: LoginCards) => {
      setLoginCards({ schoolId, cards });
      return refresh(adminKeys.school(schoolId));
    },
  });
}

/** POST /api/students/{patronId}/login-card — a new start code for one student (ends the student's sessions). */
export function useIssueLoginCard(schoolId: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (patronId: number) =>
      api.POST('/api/students/{patronId}/login-card', { params: { path: { patronId } } }),
    onSuccess: (cards: LoginCards) => {
      setLoginCards({ schoolId, cards });
      return refresh(adminKeys.school(schoolId));
    },
  });
}
