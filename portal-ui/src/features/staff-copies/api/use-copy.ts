import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CopyDetail,
  CopyReservationRequest,
  Reservation,
  SetLoanBlockRequest,
  SetReservationBlockRequest,
} from '../../../lib/api';
import { apiClient, apiFetch } from '../../../lib/api-client';

export const copyKey = (barcode: string) => ['staff', 'copy', barcode.toUpperCase()] as const;

const path = (barcode: string) => `/api/copies/${encodeURIComponent(barcode)}`;

/** GET /api/copies/{barcode} — status, blocks, loan, reservations and change history of one copy. */
export function useCopy(barcode: string) {
  return useQuery({
    queryKey: copyKey(barcode),
    queryFn: ({ signal }) => apiClient.get<CopyDetail>(path(barcode), { signal }),
    enabled: barcode.trim().length > 0,
    staleTime: 0,
  });
}

/** The block endpoints answer with the whole copy: put it straight into the cache. */
function useCopyUpdate<T>(barcode: string, send: (body: T) => Promise<CopyDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (copy) => queryClient.setQueryData(copyKey(barcode), copy),
  });
}

/** PUT /api/copies/{barcode}/reservation-block — NONE, OWN_PATRONS_ONLY (7), NOT_RESERVABLE (8), optional end. */
export function useSetReservationBlock(barcode: string) {
  return useCopyUpdate(barcode, (body: SetReservationBlockRequest) =>
    apiFetch<CopyDetail>(`${path(barcode)}/reservation-block`, { method: 'PUT', body }),
  );
}

/** PUT /api/copies/{barcode}/loan-block — set with an optional end date and reason. */
export function useSetLoanBlock(barcode: string) {
  return useCopyUpdate(barcode, (body: SetLoanBlockRequest) =>
    apiFetch<CopyDetail>(`${path(barcode)}/loan-block`, { method: 'PUT', body }),
  );
}

/** DELETE /api/copies/{barcode}/loan-block — lift the loan block. */
export function useClearLoanBlock(barcode: string) {
  return useCopyUpdate(barcode, () =>
    apiFetch<CopyDetail>(`${path(barcode)}/loan-block`, { method: 'DELETE' }),
  );
}

/** POST /api/copies/{barcode}/reservations — a copy reservation for a student or special pass. */
export function useReserveCopy(barcode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CopyReservationRequest) =>
      apiClient.post<Reservation>(`${path(barcode)}/reservations`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: copyKey(barcode) }),
  });
}
