import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CopyDetail,
  CopyReservationRequest,
  MoveCopyRequest,
  SetLoanBlockRequest,
  SetReservationBlockRequest,
  WithdrawCopyRequest,
} from '../../../lib/api';
import { api } from '../../../lib/api-client';

export const copyKey = (barcode: string) => ['staff', 'copy', barcode.toUpperCase()] as const;

const params = (barcode: string) => ({ path: { barcode } });

/** GET /api/copies/{barcode} — status, blocks, loan, reservations and change history of one copy. */
export function useCopy(barcode: string) {
  return useQuery({
    queryKey: copyKey(barcode),
    queryFn: ({ signal }) => api.GET('/api/copies/{barcode}', { params: params(barcode), signal }),
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
    api.PUT('/api/copies/{barcode}/reservation-block', { params: params(barcode), body }),
  );
}

/** PUT /api/copies/{barcode}/loan-block — set with an optional end date and reason. */
export function useSetLoanBlock(barcode: string) {
  return useCopyUpdate(barcode, (body: SetLoanBlockRequest) =>
    api.PUT('/api/copies/{barcode}/loan-block', { params: params(barcode), body }),
  );
}

/** DELETE /api/copies/{barcode}/loan-block — lift the loan block. */
export function useClearLoanBlock(barcode: string) {
  return useCopyUpdate(barcode, () =>
    api.DELETE('/api/copies/{barcode}/loan-block', { params: params(barcode) }),
  );
}

/** POST /api/copies/{barcode}/reservations — a copy reservation for a student or special pass. */
export function useReserveCopy(barcode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CopyReservationRequest) =>
      api.POST('/api/copies/{barcode}/reservations', { params: params(barcode), body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: copyKey(barcode) }),
  });
}

/** POST /api/copies/{barcode}/move — to another location in scope, with an optional new shelf mark and collection. */
export function useMoveCopy(barcode: string) {
  return useCopyUpdate(barcode, (body: MoveCopyRequest) =>
    api.POST('/api/copies/{barcode}/move', { params: params(barcode), body }),
  );
}

/** POST /api/copies/{barcode}/withdraw — out of the collection for good, with the reason. */
export function useWithdrawCopy(barcode: string) {
  return useCopyUpdate(barcode, (body: WithdrawCopyRequest) =>
    api.POST('/api/copies/{barcode}/withdraw', { params: params(barcode), body }),
  );
}
