import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// The library version is baked in at build time so the core never reads package.json at run time.
const define = { __SLANTWISE_VERSION__: JSON.stringify(pkg.version) };

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    define,
    // wink-nlp and its model are CommonJS packages; keep runtime dependencies external, except the
    // AFINN word list of `sentiment` (bundled as data) and natural's dependency-free string
    // distances (bundled so that the rest of natural, which loads database clients, stays out).
    external: ['wink-nlp', 'wink-eng-lite-web-model', 'zod', 'natural'],
    noExternal: [/^sentiment\/languages\//, /^natural\/lib\/natural\/distance\//],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    define,
    noExternal: [/^sentiment\/languages\//, /^natural\/lib\/natural\/distance\//],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
