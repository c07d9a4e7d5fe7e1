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
    // AFINN word list of `sentiment`, which is bundled as data (the package's code is not used).
    external: ['wink-nlp', 'wink-eng-lite-web-model', 'zod', 'natural'],
    noExternal: [/^sentiment\/languages\//],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    define,
    noExternal: [/^sentiment\/languages\//],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
