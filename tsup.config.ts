import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';
import { afinnAsEntries, asciiChunks, commonJsWrappersAsFunctions, francDataAsJson, jsonAsParse, LAZY_LIBRARY_ENTRIES, lazyLexiconEntries, lazyLibraries, lazyLibraryFiles, winkCoreDataFromPackage, winkLemmaExceptionTables, winkLexemeOrder, winkAutomatonRows, winkMapHash, winkReadDoc, winkRecursiveTokenizer, winkTokenizerPattern, winkTransformerHints, winkDocumentMethods, withoutMatcherFiling, writeLazyLoader, zodEnglishOnly } from './scripts/coldStartPlugins.js';
import { linkedomStubs } from './scripts/linkedomStubs.js';
import { LAZY_GROUP_ENTRY, LAZY_GROUPS, lazyGroupEntry, lazyGroupStubs } from './scripts/lazyGroups.js';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// The library version is baked in at build time so the core never reads package.json at run time.
const define = { __SLANTWISE_VERSION__: JSON.stringify(pkg.version) };
// For the bundles that carry wink-nlp with its cache patched to index words in a Map (winkMapHash
// in scripts/coldStartPlugins.ts): src/document/winkModel.ts then builds Maps.
const defineWithWinkMaps = { ...define, __WINK_MAP_HASH__: 'true' };

/** Where each build records the third-party files it bundled (read by scripts/third-party-notices.ts). */
export const BUNDLED_RECORDS = 'node_modules/.cache/slantwise-bundled';

/**
 * Records, for every entry file, the files from node_modules bundled into it or into the chunks
 * it loads, so that the third-party notice lists exactly the code that ships and what uses it
 * (whatever is added to a bundle later).
 */
const recordBundled: Plugin = {
  name: 'record-bundled-packages',
  setup(build) {
    build.onEnd((result) => {
      if (!result.metafile) return;
      const files = result.metafile.outputs;
      const loaded = (file: string, seen: Set<string>): Set<string> => {
        if (seen.has(file) || !files[file]) return seen;
        seen.add(file);
        for (const i of files[file].imports) loaded(i.path, seen);
        return seen;
      };
      const outputs: Record<string, string[]> = {};
      for (const [file, meta] of Object.entries(files)) {
        if (!meta.entryPoint) continue;
        const inputs = [...loaded(file, new Set())].flatMap((f) => Object.keys(files[f]!.inputs));
        outputs[file] = [...new Set(inputs.filter((i) => i.includes('node_modules/')))].sort();
      }
      const name = Object.keys(outputs).sort().join('+').replace(/[^\w.+-]+/g, '_');
      mkdirSync(BUNDLED_RECORDS, { recursive: true });
      writeFileSync(`${BUNDLED_RECORDS}/${name}.json`, `${JSON.stringify(outputs, null, 1)}\n`);
    });
  },
};

const LEXICONS_DIR = fileURLToPath(new URL('./lexicons', import.meta.url));

/**
 * For the CommonJS build: the lexicon JSON files are `require`d from the package's own
 * `lexicons/` folder (shipped anyway, as the readable data) instead of being copied into the
 * bundle, which saves a copy of ~0.9 MB. Node's `require` reads JSON natively; ES modules cannot
 * import JSON without an import attribute that Node 20 marks experimental, so the ESM and browser
 * builds keep the data inline.
 */
const lexiconsFromPackage: Plugin = {
  name: 'lexicons-from-package',
  setup(build) {
    build.onResolve({ filter: /lexicons\/[^/]+\.json$/ }, (args) => {
      const file = resolve(args.resolveDir, args.path);
      if (dirname(file) !== LEXICONS_DIR) return undefined;
      // Every output file is in dist/, next to lexicons/ in the package.
      return { path: `../lexicons/${basename(file)}`, external: true };
    });
  },
};

// linkedom's optional canvas and CSS parser are replaced by stubs (see scripts/linkedomStubs.ts);
// the HTML libraries, franc-min and zod are loaded on first use and JSON data is bundled as `JSON.parse` of a
// string, to keep the cold start short (see scripts/coldStartPlugins.ts).
const esbuildPlugins = [linkedomStubs, lazyLibraries, afinnAsEntries, jsonAsParse, francDataAsJson, zodEnglishOnly, recordBundled];

// Runtime dependencies and Node's built-in modules stay external (tsup leaves `dependencies` out
// of bundles; hyparquet-writer's Node build imports `fs` without the `node:` prefix). Bundled:
// the AFINN word list of `sentiment` (data), natural's dependency-free string distances (so that
// the rest of natural, which loads database clients, stays out), csv-stringify's pure build,
// hyparquet(-writer) (pure-JS ES modules, so the CJS build works too) and, as dev dependencies,
// Readability, linkedom and franc-min.
const external = [...builtinModules];
const noExternal = [/^sentiment\/languages\//, /^natural\/lib\/natural\/distance\//, /^csv-stringify/, /^hyparquet/];
// Also bundled in the ES module build, to shorten the cold start (resolving and reading a package's
// files costs about 1 ms per file at import): wink-nlp (46 files), the loaders and small models of
// wink-eng-lite-web-model (its 3 MB core data is read from the package, see
// winkCoreDataFromPackage in scripts/coldStartPlugins.ts) and diff (21 files). zod (100 files) is
// bundled into dist/zod-library.cjs, loaded when a schema is first built (see the entry of the
// lazy libraries below). zod stays a dependency: the declarations use its types, and zod 4
// schemas work across copies (`instanceof` tests traits; registry and config live on globalThis).
const WINK_CORE_DATA_PATH = /^wink-eng-lite-web-model\/dist\/languages\/cur\/models\/eng-core-web-model\.json$/;
const bundledForColdStart = [/^wink-nlp($|\/)/, /^wink-eng-lite-web-model\/dist\//, /^diff($|\/)/];

// The core ships once per module format: every Node build is one esbuild run with code splitting,
// so `slantwise`, `slantwise/node`, the worker script and the CLI import the code they share from
// chunks (dist/chunk-*.js, dist/chunk-*.cjs) instead of each carrying its own copy. One copy also
// means one identity: an error thrown by `slantwise/node` is an instance of the `SlantwiseError`
// exported by `slantwise`. Built for the neutral platform: dist/index.js is what browser bundlers
// pick, so no Node-only resolution may leak into the shared chunks (scripts/check-package.mjs
// checks that nothing dist/index.js loads imports a Node built-in).
const library: Options = {
  target: 'es2022',
  platform: 'neutral',
  define,
  esbuildPlugins,
  external,
  noExternal,
  splitting: true,
  // No source maps for the CommonJS files: their output is unminified, with a `// src/<file>.ts`
  // line before each module's code, so a stack trace already leads to the source. The ES module
  // build below is minified, with maps.
  sourcemap: false,
  // Pure ASCII output: V8 compiles a one-byte source faster (see scripts/asciiSource.ts).
  plugins: [asciiChunks],
};

export default defineConfig([
  {
    ...library,
    // The CLI's `#!/usr/bin/env node` line comes from src/cli/main.ts (esbuild keeps an entry's
    // hashbang, tsup makes the file executable). The worker script sits next to the modules that
    // start the pool (their chunks, dist/cli.js), where they look for it.
    entry: { index: 'src/index.ts', node: 'src/node/index.ts', 'node-worker': 'src/node/analyzeWorker.ts', cli: 'src/cli/main.ts' },
    format: ['esm'],
    define: defineWithWinkMaps,
    // Minified: V8 scans and pre-parses the whole main chunk (1.6 MB) at every import; minified,
    // import + first analysis takes ≈ 28 M fewer instructions of ≈ 1,350 M (bench/HISTORY.md,
    // cold14). Stack traces then name minified functions: `node --enable-source-maps` reads the
    // maps next to the files and shows src/ files, lines and names. The maps list file names
    // only (no sources content: ≈ 1 MB; with the sources they would more than double the package).
    minify: true,
    sourcemap: true,
    esbuildOptions(options) {
      options.sourcesContent = false;
    },
    // The minified CommonJS wrappers as functions, which V8 reads faster than arrows (scripts/coldStartPlugins.ts).
    plugins: [commonJsWrappersAsFunctions, asciiChunks],
    noExternal: [...bundledForColdStart, ...noExternal],
    esbuildPlugins: [lazyLibraryFiles(), lazyLexiconEntries(), lazyGroupStubs, winkCoreDataFromPackage(), winkMapHash, winkTransformerHints, winkDocumentMethods, winkReadDoc, winkRecursiveTokenizer, winkTokenizerPattern, winkAutomatonRows, winkLexemeOrder, winkLemmaExceptionTables, ...esbuildPlugins],
  },
  {
    ...library,
    // The libraries the Node builds evaluate on first use (linkedom and Readability, franc-min,
    // zod), each a CommonJS file of its own, with its dependencies, that dist/lazy-libraries.cjs
    // loads: code in a chunk is scanned at import even when it never runs (lazyLibraryFiles in
    // scripts/coldStartPlugins.ts). One copy serves both module formats.
    entry: LAZY_LIBRARY_ENTRIES,
    format: ['cjs'],
    splitting: false,
    // Third-party code only (besides one re-exporting module each): whitespace and syntax
    // minified, names kept (no identifier renaming, so `name` and class names read the same),
    // ≈ 31 KB less in the tarball and less for V8 to scan on first use (bench/HISTORY.md, cold15).
    minifyWhitespace: true,
    minifySyntax: true,
    noExternal: [/.*/],
    esbuildPlugins: [writeLazyLoader, ...esbuildPlugins],
  },
  ...LAZY_GROUPS.map((group): Options => ({
    ...library,
    // The comparison and report code and the HTML extraction code, which the Node builds load
    // on first use through dist/lazy-libraries.cjs, each group in a file of its own, with the
    // core's modules handed over by the chunk (scripts/lazyGroups.ts); csv-stringify and the HTML
    // libraries stay in their own lazy files. The CommonJS build loads them the same way (cold12);
    // the browser bundle keeps the code in its bundle.
    entry: { [group.file]: LAZY_GROUP_ENTRY },
    format: ['cjs'],
    splitting: false,
    define: defineWithWinkMaps,
    noExternal: [/.*/],
    esbuildPlugins: [lazyLibraryFiles(), lazyGroupEntry(group), ...esbuildPlugins],
  })),
  {
    ...library,
    // CommonJS for `require('slantwise')` and `require('slantwise/node')`: esbuild splits ES
    // modules and Rollup turns each file into CommonJS (tsup's `treeshake` path; its 'safest'
    // preset treats every module, global and property read as having side effects, so it drops
    // no more than unused declarations). tsup's default path (sucrase) would also rewrite every
    // `?.` and `??` into helper calls. `import.meta.url` is shimmed to the URL of the file holding
    // the shim (in dist/, like every output). Worker threads run the ESM worker script
    // (node-worker.js), whichever entry starts them.
    entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
    format: ['cjs'],
    shims: true,
    treeshake: 'safest',
    // wink-nlp and diff stay external here: bundled in both formats they would take the
    // package over its size budget (scripts/package-budget.json), and the ES module build is the
    // one bundlers and `import` load. The comparison and extraction code are stubs here too, loaded
    // from their lazy files on first use (scripts/lazyGroups.ts): one copy for both formats.
    // wink's core data is the exception: read through dist/wink-core-data.cjs, as the ES build does.
    noExternal: [...noExternal, WINK_CORE_DATA_PATH],
    esbuildPlugins: [lazyLibraryFiles(), lazyLexiconEntries(), lazyGroupStubs, lexiconsFromPackage, winkCoreDataFromPackage(), ...esbuildPlugins],
  },
  {
    // Declarations of the two public entries, for both formats (.d.ts and .d.cts), with the types
    // they share in one file.
    entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    dts: { only: true },
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
    define: defineWithWinkMaps,
    esbuildPlugins: [withoutMatcherFiling, winkMapHash, winkTransformerHints, winkDocumentMethods, winkReadDoc, winkRecursiveTokenizer, winkTokenizerPattern, winkAutomatonRows, winkLexemeOrder, winkLemmaExceptionTables, ...esbuildPlugins],
    // As in the ES build: the CommonJS wrappers as functions, which a browser's engine reads faster too.
    plugins: [commonJsWrappersAsFunctions, asciiChunks],
    noExternal: [/.*/],
  },
]);
