import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';
import { linkedomStubs } from './scripts/linkedomStubs.js';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// The library version is baked in at build time so the core never reads package.json at run time.
const define = { __SLANTWISE_VERSION__: JSON.stringify(pkg.version) };

/** Where each build records the third-party files it bundled (read by scripts/third-party-notices.ts). */
export const BUNDLED_RECORDS = 'node_modules/.cache/slantwise-bundled';

/**
 * Records, for every output file, the files from node_modules bundled into it, so that the
 * third-party notice lists exactly the code that ships (whatever is added to a bundle later).
 */
const recordBundled: Plugin = {
  name: 'record-bundled-packages',
  setup(build) {
    build.onEnd((result) => {
      if (!result.metafile) return;
      const outputs: Record<string, string[]> = {};
      for (const [file, meta] of Object.entries(result.metafile.outputs)) {
        if (!file.endsWith('.map')) outputs[file] = Object.keys(meta.inputs).filter((i) => i.includes('node_modules/')).sort();
      }
      const name = Object.keys(outputs).sort().join('+').replace(/[^\w.+-]+/g, '_');
      mkdirSync(BUNDLED_RECORDS, { recursive: true });
      writeFileSync(`${BUNDLED_RECORDS}/${name}.json`, `${JSON.stringify(outputs, null, 1)}\n`);
    });
  },
};

// linkedom's optional canvas and CSS parser are replaced by stubs (see scripts/linkedomStubs.ts).
const esbuildPlugins = [linkedomStubs, recordBundled];

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
    noExternal: [/^sentiment\/languages\//, /^natural\/lib\/natural\/distance\//, /^csv-stringify/, /^hyparquet/],
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
    // hyparquet-writer (and hyparquet) are pure-JS ES modules: bundled, so the CJS build works too.
    noExternal: [/^sentiment\/languages\//, /^natural\/lib\/natural\/distance\//, /^csv-stringify/, /^hyparquet/],
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
