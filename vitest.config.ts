import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/*.test.ts'] } },
      // The command-line package: tests run the built CLI as a child process.
      { extends: true, test: { name: 'cli', include: ['cli/test/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          // Real consumers of the packed package: Node, TypeScript, bundlers and Chromium.
          name: 'consumers',
          include: ['test/consumers/*.test.ts'],
          globalSetup: ['test/consumers/setup.ts'],
        },
      },
    ],
  },
});
