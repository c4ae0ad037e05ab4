import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { securityHeaders } from './security-headers.ts';

// The portal talks to the reservation service through a same-origin proxy, so the browser never
// needs CORS and the access token never leaves the portal's origin.
const apiUrl = process.env.API_URL ?? 'http://localhost:8080';
const proxy = {
  '/api': { target: apiUrl, changeOrigin: true },
  '/q': { target: apiUrl, changeOrigin: true },
};

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, proxy },
  // The preview server (./run.sh, the end-to-end tests) sends the security headers nginx sends in docker compose.
  // The dev server does not: Vite's hot reload injects inline styles.
  preview: { port: 5173, strictPort: true, proxy, headers: securityHeaders },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      // React, the router and TanStack Query change rarely: one long-cached vendor chunk; src/lib and
      // src/components (used by the first page and the lazy ones alike) in one shared chunk.
      output: {
        codeSplitting: {
          groups: [
            { name: 'vendor', test: /node_modules/ },
            { name: 'shared', test: /\/src\/(lib|components)\// },
          ],
        },
      },
    },
  },
});
