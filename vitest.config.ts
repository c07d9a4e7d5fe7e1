import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// `npm test`: the fast suite (unit and in-process tests). The slow end-to-end checks (packed
// tarball, headless Chromium, subprocess streams, worker pools) live in test/e2e and run with
// `npm run test:e2e` (vitest.e2e.config.ts); CI runs both.
export default defineConfig({
  define: { __SLANTWISE_VERSION__: JSON.stringify(pkg.version) },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', '**/node_modules/**'],
    testTimeout: 30_000,
    // Test files share one module cache per worker: the core and the wink-nlp model load once
    // per worker instead of once per file (half the suite's CPU time). The core keeps no
    // mutable module state that changes results, so files cannot leak into each other.
    isolate: false,
  },
});
