import { useMutation } from '@tanstack/react-query';
import type { CheckoutRequest } from '../../../lib/api';
import { api } from '../../../lib/api-client';

/** POST /api/checkouts — lend a copy to a patron (by card number or patron id). */
export function useCheckout() {
  return useMutation({
    // Sent even when the browser says it is offline: the desk keeps a scan that fails and tries it again (a paused
    // mutation would leave the desk waiting without saying why).
    networkMode: 'always',
    mutationFn: (request: CheckoutRequest) => api.POST('/api/checkouts', { body: request }),
  });
}
