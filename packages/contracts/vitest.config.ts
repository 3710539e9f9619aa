import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Clinic-time rules must not depend on the zone of the machine that runs them.
    env: { TZ: 'Pacific/Auckland' },
  },
});
