import { defineConfig } from 'vitest/config';

// Two Node tiers: pure core (unit) and facebook/ + content DOM code on saved fixtures (dom).
// The e2e tier drives real browsers and is run by scripts/e2e.mjs, not vitest.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'dom',
          include: ['test/dom/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
        },
      },
    ],
  },
});
