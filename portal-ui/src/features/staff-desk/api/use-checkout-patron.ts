import { useQuery } from '@tanstack/react-query';
import type { PatronRef } from '../../../lib/api';
import { apiClient } from '../../../lib/api-client';
import type { PatronChoice } from '../components/checkout-wording';

/** GET /api/checkouts/patron — whom the desk lends to (name, group, school), by card or patron number. */
export function useCheckoutPatron(choice: PatronChoice) {
  return useQuery({
    queryKey: ['staff', 'checkout-patron', choice] as const,
    queryFn: ({ signal }) =>
      apiClient.get<PatronRef>('/api/checkouts/patron', {
        signal,
        query: choice.kind === 'card' ? { cardNumber: choice.cardNumber } : { patronId: choice.patronId },
      }),
    retry: false,
  });
}
