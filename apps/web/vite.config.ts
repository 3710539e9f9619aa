import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { routeSizeReport } from './build-tools/route-sizes.js';
import { sharedChunks } from './build-tools/shared-chunks.js';

const apiPort = process.env.PORT ?? '3000';

export default defineConfig({
  // The sign-in page is the first thing every front-desk browser loads; a client's link page, on their phone.
  plugins: [
    react(),
    // The sign-in page carries every route's path and method (the contracts' route table): each new feature's routes add a little.
    routeSizeReport({
      'src/auth/SignInPage.tsx': 121,
      'src/client-links/ClientLinkPages.tsx': 125,
      'src/intake/IntakeFormPage.tsx': 250,
      'src/online-booking/BookingPage.tsx': 225,
      'src/online-booking/ManageBookingPage.tsx': 170,
    }),
    sharedChunks(['src/auth/SignInPage.tsx']),
  ],
  resolve: {
    // The shared contracts are compiled along with the app, so edits to them show at once.
    alias: { '@smp/contracts': fileURLToPath(new URL('../../packages/contracts/src/index.ts', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: { '/api': `http://localhost:${apiPort}` },
  },
  build: { outDir: 'dist' },
});
