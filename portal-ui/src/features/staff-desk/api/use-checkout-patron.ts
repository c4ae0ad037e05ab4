import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { PatronChoice } from '../components/checkout-wording';

/** GET /api/checkouts/patron — whom the desk lends to (name, group, school), by card or patron number. */
export function useCheckoutPatron(choice: PatronChoice) {
  return useQuery({
    queryKey: ['staff', 'checkout-patron', choice] as const,
    queryFn: ({ signal }) =>
      api.GET('/api/checkouts/patron', {
        signal,
        params: {
          query: choice.kind === 'card' ? { cardNumber: choice.cardNumber } : { patronId: choice.patronId },
        },
      }),
    retry: false,
  });
}
