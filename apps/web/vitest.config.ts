import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.js';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      // A browser in another zone than the clinic's (tests' clinics are in Europe and America):
      // the app must show clinic time, never the browser's.
      env: { TZ: 'Asia/Kolkata' },
      setupFiles: ['./src/test-setup.ts'],
      include: ['src/**/*.test.{ts,tsx}'],
    },
  }),
);
