// Mutation testing of the pure core (npm run mutate; minutes, so not in CI). TypeScript 7
// has no compiler API, which Stryker's tsconfig rewriting needs: tsconfigFile names a
// file that does not exist, so Stryker leaves the TypeScript set-up alone and vitest
// runs the sources directly.
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  tsconfigFile: 'tsconfig.stryker-none.json',
  mutate: ['src/core/**/*.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  thresholds: { high: 95, low: 90, break: null },
  tempDirName: '.stryker-tmp',
  ignoreStatic: true,
};
