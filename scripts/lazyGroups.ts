import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';

/**
 * Groups of the library's own modules loaded on first use in the Node builds: the comparison
 * and report code (src/compare, src/report, ≈ 145 KB, cold11) and the HTML extraction code
 * (src/extract, ≈ 32 KB, cold12). Why: V8 scans and pre-parses every function of a chunk at
 * import, run or not; analysing plain text runs neither group (the comparison chunk alone was
 * ≈ 21 M instructions of the cold start, bound measured by stubbing it out).
 *
 * How: each group's modules are bundled into a CommonJS file of its own (dist/<file>.cjs), which
 * an ES module can load synchronously through dist/lazy-libraries.cjs. The modules of the core a
 * group imports (errors, schemas, measures …) are not copied there: each build hands its own over
 * as module namespaces (the group's core object), so classes and lazily built schemas keep one
 * identity; one lazy file serves both formats (cold12: in the CommonJS build too, which dropped
 * the comparison code and its `require('diff')` from `require('slantwise')`). In the Node builds,
 * every import of a group's module from outside the group is replaced by a stub module with one
 * function per exported function, forwarding the call to the loaded file. Sources and tests and
 * the browser bundle import the modules as usual, and the declarations are built from the
 * sources: the public API and its types do not change.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A group of the library's modules loaded on first use in the Node builds. */
export interface LazyGroup {
  /** Short name, used in the names of generated modules. */
  name: string;
  /** The output name of the lazily loaded file (dist/<file>.cjs). */
  file: string;
  /** The function of dist/lazy-libraries.cjs that loads the file and hands it the core. */
  loader: string;
  /** Folders (package-relative) whose TypeScript modules belong to the group. */
  dirs: readonly string[];
  /** Modules of those folders that stay in the chunks (package-relative keys). */
  eager: ReadonlySet<string>;
  /** Modules of the group outside those folders. */
  extra: readonly string[];
}

/** A placeholder entry file whose content `lazyGroupEntry` generates (one build per group). */
export const LAZY_GROUP_ENTRY = 'scripts/lazyGroupEntry.ts';

/**
 * The comparison and report code. Stay in the chunks: the result tables, which the Node entries
 * use, `toVegaLite` (which exports a constant, and was in dist/index.js already) and
 * csv-stringify's facade and code, loaded on first use on their own.
 */
export const COMPARISON_GROUP: LazyGroup = {
  name: 'comparison',
  file: 'comparison-library',
  loader: 'comparisonLibrary',
  dirs: ['src/compare', 'src/report'],
  eager: new Set(['src/report/resultTables.ts', 'src/report/toVegaLite.ts', 'src/report/csvLibrary.ts', 'src/report/csvCode.ts']),
  extra: ['src/measures/formatMeasure.ts'],
};

/**
 * The HTML extraction code, which only HTML input runs. Stay in the chunks: `articleSource` and
 * `looksLikeHtml`, which every analysis runs, `DEFAULT_MAX_ELEMENTS` (a public constant, in
 * extractLimits.ts), and the HTML libraries' facade and code, loaded on first use on their own.
 */
export const EXTRACT_GROUP: LazyGroup = {
  name: 'extract',
  file: 'extract-library',
  loader: 'extractLibrary',
  dirs: ['src/extract'],
  eager: new Set(['src/extract/articleSource.ts', 'src/extract/looksLikeHtml.ts', 'src/extract/extractLimits.ts', 'src/extract/htmlLibraries.ts', 'src/extract/htmlLibraryCode.ts']),
  extra: [],
};

/** Every lazy group. */
export const LAZY_GROUPS: readonly LazyGroup[] = [COMPARISON_GROUP, EXTRACT_GROUP];

/** A file's path from the package root, with forward slashes (the keys of a group's core). */
function keyOf(file: string): string {
  return relative(ROOT, file).split(sep).join('/');
}

/** Whether a source file (absolute path) belongs to a group. */
export function inGroup(group: LazyGroup, file: string): boolean {
  const key = keyOf(file);
  if (group.eager.has(key)) return false;
  return (key.endsWith('.ts') && group.dirs.some((dir) => key.startsWith(`${dir}/`))) || group.extra.includes(key);
}

/** The group a source file (absolute path) belongs to, if any. */
export function groupOf(file: string): LazyGroup | undefined {
  return LAZY_GROUPS.find((group) => inGroup(group, file));
}

/**
 * Whether a file a group's code imports is one of the core's modules, handed over by the ES
 * build: a TypeScript module of src/ outside the group. Data files only it imports (the stop
 * words) are bundled into the lazy file.
 */
function isCoreModule(group: LazyGroup, file: string): boolean {
  return /^src\/.*\.ts$/.test(keyOf(file)) && !inGroup(group, file);
}

/** Every module of a group (package-relative keys), sorted. */
export function groupModules(group: LazyGroup): string[] {
  const files = group.dirs.flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((f) => join(ROOT, dir, f)),
  );
  return [...files, ...group.extra.map((f) => join(ROOT, f))].filter((file) => inGroup(group, file)).map(keyOf).sort();
}

// Value imports and re-exports at the start of a line (so not those of TSDoc examples).
const IMPORT_FROM = /^(?:import|export)\s(?!type\s)[^;]*?\sfrom\s+'(\.[^']+)'/gm;

/**
 * The core modules (keys) that a group's modules import: what its core object must hold. Throws
 * when one is a module of another group (a Node build would bundle it eagerly again).
 */
export function groupCoreModules(group: LazyGroup): string[] {
  const core = new Set<string>();
  for (const key of groupModules(group)) {
    const source = readFileSync(join(ROOT, key), 'utf8');
    for (const [, spec] of source.matchAll(IMPORT_FROM)) {
      const file = resolve(ROOT, dirname(key), spec!.replace(/\.js$/, '.ts'));
      if (!isCoreModule(group, file)) continue;
      const other = groupOf(file);
      if (other) throw new Error(`lazy ${group.name}: ${key} imports ${keyOf(file)} of the lazy ${other.name} group`);
      core.add(keyOf(file));
    }
  }
  return [...core].sort();
}

/**
 * The names of a module's exported functions, its own (`export function`) and those it re-exports
 * (`export { name } from './other.js'`). Other values are not forwarded: an import of one from
 * outside its group then fails the build ("No matching export"), never a run.
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

const CORE_PREFIX = 'slantwise-lazy-core:';

/**
 * For the Node builds (ES and CommonJS): imports of a group's module from outside the group get a stub (one
 * forwarding function per exported function); `slantwise-lazy-core:<group>` is the module
 * namespaces of the core that the group's loaded file receives.
 */
export const lazyGroupStubs: Plugin = {
  name: 'lazy-group-stubs',
  setup(build) {
    build.onResolve({ filter: /^\./ }, (args) => {
      if (!args.importer || args.namespace !== 'file') return undefined;
      const file = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
      const group = groupOf(file);
      if (!group || inGroup(group, args.importer)) return undefined;
      return { path: `${group.name}:${keyOf(file)}`, namespace: 'lazy-group-stub' };
    });
    build.onResolve({ filter: /^slantwise-lazy-core:/ }, (args) => ({ path: args.path.slice(CORE_PREFIX.length), namespace: 'lazy-group-core' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-group-stub' }, (args) => {
      const at = args.path.indexOf(':');
      const group = LAZY_GROUPS.find((g) => g.name === args.path.slice(0, at))!;
      const key = args.path.slice(at + 1);
      return {
        contents: [
          "import lazy from 'slantwise-lazy-loader';",
          `import { core } from '${CORE_PREFIX}${group.name}';`,
          `const code = () => lazy.${group.loader}(core)[${literal(key)}];`,
          ...exportedFunctions(key).map((name) => `export function ${name}(...args) {\n  return code().${name}(...args);\n}`),
        ].join('\n'),
        loader: 'js',
        resolveDir: ROOT,
      };
    });
    build.onLoad({ filter: /.*/, namespace: 'lazy-group-core' }, (args) => {
      const keys = groupCoreModules(LAZY_GROUPS.find((g) => g.name === args.path)!);
      return {
        contents: [
          ...keys.map((key, i) => `import * as m${i} from './${key}';`),
          `export const core = { ${keys.map((key, i) => `${literal(key)}: m${i}`).join(', ')} };`,
        ].join('\n'),
        loader: 'js',
        resolveDir: ROOT,
      };
    });
  },
};

/**
 * For the build of a group's file (dist/<file>.cjs): its entry exports `load(core)`, which
 * evaluates every module of the group once and returns their exports by key; imports of core
 * modules read the namespaces the Node build passes as `core` (a core module the scan of
 * `groupCoreModules` missed fails the build).
 */
export function lazyGroupEntry(group: LazyGroup): Plugin {
  return {
    name: `lazy-group-entry-${group.name}`,
    setup(build) {
      const entry = join(ROOT, LAZY_GROUP_ENTRY);
      build.onLoad({ filter: /[\\/]scripts[\\/]lazyGroupEntry\.ts$/ }, (args) => {
        if (args.path !== entry) return undefined;
        const keys = groupModules(group).filter((key) => !key.endsWith('.d.ts'));
        return {
          contents: [
            "import slot from 'slantwise-lazy-core-slot';",
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
      build.onResolve({ filter: /^slantwise-lazy-core-slot$/ }, () => ({ path: 'slot', namespace: 'lazy-core-slot' }));
      build.onLoad({ filter: /.*/, namespace: 'lazy-core-slot' }, () => ({ contents: 'module.exports = { core: undefined };', loader: 'js' }));
      const core = new Set(groupCoreModules(group));
      build.onResolve({ filter: /^\./ }, (args) => {
        if (!args.importer || args.namespace !== 'file' || !inGroup(group, args.importer)) return undefined;
        const file = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
        if (!isCoreModule(group, file)) return undefined;
        const key = keyOf(file);
        if (!core.has(key)) return { errors: [{ text: `lazy ${group.name}: ${key} (imported by ${keyOf(args.importer)}) is not in groupCoreModules()` }] };
        return { path: key, namespace: 'lazy-core-module' };
      });
      build.onLoad({ filter: /.*/, namespace: 'lazy-core-module' }, (args) => ({
        contents: `module.exports = require('slantwise-lazy-core-slot').core[${literal(args.path)}];`,
        loader: 'js',
        resolveDir: ROOT,
      }));
    },
  };
}
