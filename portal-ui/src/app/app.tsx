import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router-dom';
import { setUnauthorizedHandler, loginPath } from '../lib/api-client';
import { I18nProvider } from '../lib/i18n';
import { createQueryClient } from '../lib/query-client';
import { createRouter } from './router';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createRouter);

  // An expired or revoked session (401) goes to the login page and comes back afterwards.
  useEffect(() => {
    setUnauthorizedHandler((returnTo) => {
      queryClient.removeQueries({ queryKey: ['me'] });
      void router.navigate(loginPath(returnTo), { replace: true });
    });
    return () => setUnauthorizedHandler(null);
  }, [queryClient, router]);

  return (
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nProvider>
  );
}
