import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// `npm run test:e2e`: the end-to-end checks kept out of `npm test` because they build, pack,
// install, spawn processes or start a browser. Files run one at a time: each one is already
// parallel inside (worker pools, child processes) and the machine may be shared.
export default defineConfig({
  define: { __SLANTWISE_VERSION__: JSON.stringify(pkg.version) },
  test: {
    include: ['test/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
