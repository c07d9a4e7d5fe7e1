/**
 * Builds bench/stagesProfile.ts (which imports the library's internal stages) with tsup into
 * node_modules/.cache/slantwise-bench/stagesProfile.js and returns that file's path. The sources
 * cannot run under tsx directly (the bundled AFINN list has a key named "await").
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';
import { tsImport } from 'tsx/esm/api';

/**
 * `tree` (another source tree's root, default this one), `out` (the output folder) and `entry` (a module in place of
 * bench/stagesProfile.ts) let bench/documentStages.mjs build two trees' stages apart from `bench:stages`' bundle.
 */
export async function buildStagesProfile({ tree, out: outDir, entry } = {}) {
  const root = tree ? `${tree.replace(/\/$/, '')}/` : fileURLToPath(new URL('../', import.meta.url));
  const out = outDir ?? `${root}node_modules/.cache/slantwise-bench`;
  mkdirSync(out, { recursive: true });
  // The package build's plugin (TypeScript, loaded through tsx): the same shim, written once in one place.
  const plugins = await tsImport(`${root}scripts/coldStartPlugins.ts`, import.meta.url);
  const { winkCoreDataFromPackage } = plugins;
  const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  await build({
    config: false,
    silent: true,
    entry: { stagesProfile: entry ?? `${root}bench/stagesProfile.ts` },
    format: ['esm'],
    outDir: out,
    // (named src/ functions in bench/documentStages.mjs' profile)
    sourcemap: entry !== undefined,
    // The package build's target: with 'node20' esbuild rewrites every `\p{…}` regex literal as a
    // `new RegExp(…)` built at each evaluation, which the shipped bundles do not do.
    target: 'es2022',
    platform: 'node',
    // Syntax minified as the package's ES build is (names kept, for the profiles): esbuild then inlines the numeric
    // constants of modules without imports, which changes what the per-token loops cost (perf63, perf65).
    minifySyntax: true,
    // wink-nlp and its model's loaders bundled and patched as in the ES module build (tsup.config.ts),
    // so that the stages read documents as dist/index.js does (and the model's JSON imports,
    // which Node 20 refuses without an import attribute, are bundled).
    define: { __SLANTWISE_VERSION__: JSON.stringify(version), __WINK_MAP_HASH__: 'true' },
    external: ['zod', 'natural'],
    // wink's core data through a CommonJS file next to the bundle, as in the package build.
    noExternal: [/^wink-nlp($|\/)/, /^wink-eng-lite-web-model\/dist\//, /^sentiment\/languages\//, /^natural\/lib\/natural\/distance\//],
    esbuildPlugins: [
      winkCoreDataFromPackage('esm'),
      plugins.winkMapHash,
      plugins.winkTransformerHints,
      plugins.winkDocumentMethods,
      plugins.winkReadDoc,
      plugins.winkTokenizerPattern,
      plugins.winkRecursiveTokenizer,
      plugins.winkAutomatonRows,
      plugins.winkLexemeOrder,
      plugins.winkLemmaExceptionTables,
      plugins.afinnAsEntries,
      plugins.jsonAsParse,
    ],
  });
  return `${out}/stagesProfile.js`;
}

/**
 * Builds `tree`'s stages named by `modules` (src/ module path → exported names) into `outRoot`/`name`: an entry that
 * re-exports them from that tree's sources, bundled as `buildStagesProfile` bundles (the instruction harnesses
 * bench/documentStages.mjs, bench/lexiconStage.mjs and bench/tailStages.mjs compare two trees' builds this way).
 */
export async function buildTreeStages(tree, name, outRoot, modules) {
  const dir = resolve(tree);
  const out = join(outRoot, name);
  mkdirSync(out, { recursive: true });
  const entry = join(out, 'entry.ts');
  writeFileSync(entry, Object.entries(modules).map(([m, names]) => `export { ${[names].flat().join(', ')} } from '${dir}/src/${m}.js';\n`).join(''));
  return buildStagesProfile({ tree: dir, out, entry });
}
