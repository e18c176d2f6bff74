import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // The end-to-end tests run a bundle of the current src/, built once here.
    globalSetup: ['__tests__/helpers/global-setup.ts'],
    // The end-to-end tests mostly wait: on the action's processes, on the simulator's timers. Four files at a time
    // keep two cores busy without starving the timing checks (docs/development.md lists the slowest files).
    maxWorkers: 4,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
