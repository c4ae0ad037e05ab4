import { useMutation } from '@tanstack/react-query';
import type { CheckoutRequest, Loan } from '../../../lib/api';
import { apiClient } from '../../../lib/api-client';

/** POST /api/checkouts — lend a copy to a patron (by card number or patron id). */
export function useCheckout() {
  return useMutation({
    mutationFn: (request: CheckoutRequest) => apiClient.post<Loan>('/api/checkouts', request),
  });
}
