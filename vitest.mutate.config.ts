import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// For npm run mutate: the tests that run the core in-process. End-to-end tests run the
// built dist/, which Stryker does not mutate, so they would only slow every mutant down.
export default mergeConfig(
  base,
  defineConfig({ test: { include: ['test/unit/**/*.test.ts', 'test/commands/**/*.test.ts'] } }),
);
