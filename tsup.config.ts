import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { linkedomStubs } from './scripts/linkedomStubs.js';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// The library version is baked in at build time so the core never reads package.json at run time.
const define = { __SLANTWISE_VERSION__: JSON.stringify(pkg.version) };

// linkedom's optional canvas and CSS parser are replaced by stubs (see scripts/linkedomStubs.ts).
const esbuildPlugins = [linkedomStubs];

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    define,
    esbuildPlugins,
    // wink-nlp and its model are CommonJS packages; keep runtime dependencies external, except the
    // AFINN word list of `sentiment` (bundled as data) and natural's dependency-free string
    // distances (bundled so that the rest of natural, which loads database clients, stays out).
    external: ['wink-nlp', 'wink-eng-lite-web-model', 'zod', 'natural'],
    noExternal: [/^sentiment\/languages\//, /^natural\/lib\/natural\/distance\//, /^csv-stringify/],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    define,
    esbuildPlugins,
    noExternal: [/^sentiment\/languages\//, /^natural\/lib\/natural\/distance\//, /^csv-stringify/],
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // The Node-only entry (`slantwise/node`: batch, streaming, worker pool) and its worker script,
    // which must sit next to the modules that start the pool (dist/node.*, dist/cli.js).
    entry: { node: 'src/node/index.ts', 'node-worker': 'src/node/analyzeWorker.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    shims: true,
    define,
    esbuildPlugins,
    external: ['wink-nlp', 'wink-eng-lite-web-model', 'zod', 'natural'],
    noExternal: [/^sentiment\/languages\//, /^natural\/lib\/natural\/distance\//, /^csv-stringify/],
  },
  {
    // One self-contained ES module for browsers (and Deno/Bun without npm resolution): every
    // dependency, the wink-nlp model included, is bundled.
    entry: { 'slantwise.browser': 'src/index.ts' },
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: false,
    define,
    esbuildPlugins,
    noExternal: [/.*/],
  },
]);
