import { useMutation } from '@tanstack/react-query';
import type { CheckoutRequest } from '../../../lib/api';
import { api } from '../../../lib/api-client';

/** POST /api/checkouts — lend a copy to a patron (by card number or patron id). */
export function useCheckout() {
  return useMutation({
    mutationFn: (request: CheckoutRequest) => api.POST('/api/checkouts', { body: request }),
  });
}
