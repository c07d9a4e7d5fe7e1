import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';

/**
 * The comparison and report code (src/compare, src/report, ≈ 145 KB) loaded on first use in the
 * ES module build. Why: V8 scans and pre-parses every function of a chunk at import, run or not;
 * `dist/index.js` imported the comparison chunk although analysing an article never runs it
 * (≈ 21 M instructions of the cold start, bound measured by stubbing the chunk out).
 *
 * How: the comparison modules are bundled into dist/comparison-library.cjs (a CommonJS file,
 * which an ES module can load synchronously through dist/lazy-libraries.cjs). The modules of the
 * core they import (errors, schemas, measures …) are not copied there: the ES build hands them
 * over as module namespaces (`comparisonCore`), so classes and lazily built schemas keep one
 * identity. In the ES build, every import of a comparison module from outside them is replaced by
 * a stub module with one function per exported function, forwarding the call to the loaded file.
 * Sources and tests, the CommonJS build and the browser bundle import the modules as usual, and
 * the declarations are built from the sources: the public API and its types do not change.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The output name of the lazily loaded file (dist/comparison-library.cjs). */
export const COMPARISON_FILE = 'comparison-library';

/** A placeholder entry file whose content `comparisonLibraryEntry` generates. */
export const COMPARISON_ENTRY = 'scripts/comparisonEntry.ts';

/**
 * Modules of src/compare and src/report that stay in the chunks: the result tables, which the Node
 * entries use, `toVegaLite` (which exports a constant, and was in dist/index.js already) and
 * csv-stringify's facade and code, loaded on first use on their own.
 */
const EAGER = new Set(['src/report/resultTables.ts', 'src/report/toVegaLite.ts', 'src/report/csvLibrary.ts', 'src/report/csvCode.ts']);
/** Comparison modules outside src/compare and src/report. */
const EXTRA = ['src/measures/formatMeasure.ts'];

/** A file's path from the package root, with forward slashes (the keys of `comparisonCore`). */
function keyOf(file: string): string {
  return relative(ROOT, file).split(sep).join('/');
}

/** Whether a source file (absolute path) belongs to the lazily loaded comparison code. */
export function isComparisonModule(file: string): boolean {
  const key = keyOf(file);
  if (EAGER.has(key)) return false;
  return /^src\/(?:compare|report)\/.*\.ts$/.test(key) || EXTRA.includes(key);
}

/**
 * Whether a file the comparison code imports is one of the core's modules, handed over by the ES
 * build: a TypeScript module of src/ outside the comparison code. Data files it alone imports (the
 * stop words) are bundled into the lazy file.
 */
function isCoreModule(file: string): boolean {
  return /^src\/.*\.ts$/.test(keyOf(file)) && !isComparisonModule(file);
}

/** Every comparison module (package-relative keys), sorted. */
export function comparisonModules(): string[] {
  const files = ['src/compare', 'src/report'].flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((f) => join(ROOT, dir, f)),
  );
  return [...files, ...EXTRA.map((f) => join(ROOT, f))].filter(isComparisonModule).map(keyOf).sort();
}

// Value imports and re-exports at the start of a line (so not those of TSDoc examples).
const IMPORT_FROM = /^(?:import|export)\s(?!type\s)[^;]*?\sfrom\s+'(\.[^']+)'/gm;

/** The core modules (keys) that comparison modules import: what `comparisonCore` must hold. */
export function comparisonCoreModules(): string[] {
  const core = new Set<string>();
  for (const key of comparisonModules()) {
    const source = readFileSync(join(ROOT, key), 'utf8');
    for (const [, spec] of source.matchAll(IMPORT_FROM)) {
      const file = resolve(ROOT, dirname(key), spec!.replace(/\.js$/, '.ts'));
      if (isCoreModule(file)) core.add(keyOf(file));
    }
  }
  return [...core].sort();
}

/**
 * The names of a module's exported functions, its own (`export function`) and those it re-exports
 * (`export { name } from './other.js'`). Other values are not forwarded: an import of one from
 * outside the comparison code then fails the build ("No matching export"), never a run.
 */
export function exportedFunctions(key: string): string[] {
  const source = readFileSync(join(ROOT, key), 'utf8');
  const names = [...source.matchAll(/^export\s+(?:async\s+)?function\s*\*?\s*(\w+)/gm)].map((m) => m[1]!);
  for (const [, list, spec] of source.matchAll(/^export\s*\{([^}]*)\}\s*from\s*'(\.[^']+)'/gm)) {
    const from = keyOf(resolve(ROOT, dirname(key), spec!.replace(/\.js$/, '.ts')));
    const functions = new Set(exportedFunctions(from));
    for (const item of list!.split(',').map((x) => x.trim()).filter((x) => x && !x.startsWith('type '))) {
      const [name, alias = name] = item.split(/\s+as\s+/) as [string, string?];
      if (functions.has(name)) names.push(alias);
    }
  }
  return names;
}

/** An identifier-safe string literal for a key. */
const literal = (key: string): string => JSON.stringify(key);

/**
 * For the ES module build: imports of a comparison module from outside the comparison code get a
 * stub (one forwarding function per exported function); `slantwise-comparison-core` is the module
 * namespaces of the core that the loaded file receives.
 */
export const lazyComparisonStubs: Plugin = {
  name: 'lazy-comparison-stubs',
  setup(build) {
    build.onResolve({ filter: /^\./ }, (args) => {
      if (!args.importer || args.namespace !== 'file' || isComparisonModule(args.importer)) return undefined;
      const file = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
      if (!isComparisonModule(file)) return undefined;
      return { path: keyOf(file), namespace: 'comparison-stub' };
    });
    build.onResolve({ filter: /^slantwise-comparison-core$/ }, () => ({ path: 'core', namespace: 'comparison-core' }));
    build.onLoad({ filter: /.*/, namespace: 'comparison-stub' }, (args) => ({
      contents: [
        "import lazy from 'slantwise-lazy-loader';",
        "import { comparisonCore } from 'slantwise-comparison-core';",
        `const code = () => lazy.comparisonLibrary(comparisonCore)[${literal(args.path)}];`,
        ...exportedFunctions(args.path).map((name) => `export function ${name}(...args) {\n  return code().${name}(...args);\n}`),
      ].join('\n'),
      loader: 'js',
      resolveDir: ROOT,
    }));
    build.onLoad({ filter: /.*/, namespace: 'comparison-core' }, () => {
      const keys = comparisonCoreModules();
      return {
        contents: [
          ...keys.map((key, i) => `import * as m${i} from './${key}';`),
          `export const comparisonCore = { ${keys.map((key, i) => `${literal(key)}: m${i}`).join(', ')} };`,
        ].join('\n'),
        loader: 'js',
        resolveDir: ROOT,
      };
    });
  },
};

/**
 * For the build of dist/comparison-library.cjs: its entry exports `load(core)`, which evaluates
 * every comparison module once and returns their exports by key; imports of core modules read the
 * namespaces the ES build passes as `core` (a core module the scan of `comparisonCoreModules`
 * missed fails the build).
 */
export const comparisonLibraryEntry: Plugin = {
  name: 'comparison-library-entry',
  setup(build) {
    const entry = join(ROOT, COMPARISON_ENTRY);
    build.onLoad({ filter: /[\\/]scripts[\\/]comparisonEntry\.ts$/ }, (args) => {
      if (args.path !== entry) return undefined;
      const keys = comparisonModules().filter((key) => !key.endsWith('.d.ts'));
      return {
        contents: [
          "import slot from 'slantwise-comparison-slot';",
          'let modules;',
          'export function load(core) {',
          '  if (modules) return modules;',
          '  slot.core = core;',
          `  modules = { ${keys.map((key) => `${literal(key)}: require('./${key}')`).join(', ')} };`,
          '  return modules;',
          '}',
        ].join('\n'),
        loader: 'js',
        resolveDir: ROOT,
      };
    });
    build.onResolve({ filter: /^slantwise-comparison-slot$/ }, () => ({ path: 'slot', namespace: 'comparison-slot' }));
    build.onLoad({ filter: /.*/, namespace: 'comparison-slot' }, () => ({ contents: 'module.exports = { core: undefined };', loader: 'js' }));
    const core = new Set(comparisonCoreModules());
    build.onResolve({ filter: /^\./ }, (args) => {
      if (!args.importer || args.namespace !== 'file' || !isComparisonModule(args.importer)) return undefined;
      const file = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
      if (!isCoreModule(file)) return undefined;
      const key = keyOf(file);
      if (!core.has(key)) return { errors: [{ text: `lazy comparison: ${key} (imported by ${keyOf(args.importer)}) is not in comparisonCoreModules()` }] };
      return { path: key, namespace: 'comparison-core-module' };
    });
    build.onLoad({ filter: /.*/, namespace: 'comparison-core-module' }, (args) => ({
      contents: `module.exports = require('slantwise-comparison-slot').core[${literal(args.path)}];`,
      loader: 'js',
      resolveDir: ROOT,
    }));
  },
};
