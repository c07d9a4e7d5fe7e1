// The package as users get it: packs the tarball (`npm pack`, whose `prepack` builds), installs it
// into an empty project, measures it against the budget in scripts/package-budget.json, and runs
// the package's own linters on it, and checks that the core ships once per module format. The
// e2e test test/e2e/package.test.ts uses these functions and also runs ESM, CommonJS, TypeScript
// and the CLI from the installed copy.
//
//   npm run check:package      pack, install, print the figures, exit 1 when over budget
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const BUDGET_FILE = join(root, 'scripts/package-budget.json');

const quietNpm = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', npm_config_loglevel: 'error' };

/** Runs a command, returning its standard output; on failure the error carries stdout and stderr. */
export function run(cmd, args, cwd, extraEnv = {}) {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...quietNpm, ...extraEnv }, maxBuffer: 64 * 1024 * 1024 });
}

/** Files in a .tgz with their sizes (`tar -tzvf`), paths without the `package/` prefix. */
export function tarballFiles(tgz) {
  return run('tar', ['-tzvf', tgz], root)
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const parts = line.trim().split(/\s+/);
      return { path: parts.slice(5).join(' ').replace(/^package\//, ''), size: Number(parts[2]) };
    })
    .filter((f) => !f.path.endsWith('/'));
}

/** `npm pack` into `dir` (its `prepack` script builds dist/). Returns the tarball's path. */
export function pack(dir) {
  run('npm', ['pack', '--pack-destination', dir], root);
  const tgz = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  if (!tgz) throw new Error('npm pack made no tarball');
  return join(dir, tgz);
}

/** Installs the tarball (alone) into a new empty project in `dir`. */
export function installInto(dir, tgz) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  run('npm', ['install', '--no-package-lock', '--prefer-offline', tgz], dir);
}

function bytesUnder(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += bytesUnder(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

/** Every installed package under `nodeModules` (nested ones included), as `name@version`. */
export function installedPackages(nodeModules) {
  const found = [];
  const visit = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir)) {
      if (entry.startsWith('.')) continue;
      const path = join(dir, entry);
      if (entry.startsWith('@')) {
        for (const scoped of readdirSync(path)) take(join(path, scoped));
      } else take(path);
    }
  };
  const take = (path) => {
    const manifest = join(path, 'package.json');
    if (!existsSync(manifest)) return;
    const { name, version } = JSON.parse(readFileSync(manifest, 'utf8'));
    found.push({ name, version });
    visit(join(path, 'node_modules'));
  };
  visit(nodeModules);
  return found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * The figures the budget limits: tarball and unpacked size, installed size, and the installed
 * packages split into the library, its direct runtime dependencies ("its own runtime choices")
 * and everything those pull in.
 */
export function measure(tgz, project) {
  const files = tarballFiles(tgz);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const direct = new Set(Object.keys(pkg.dependencies ?? {}));
  const installed = installedPackages(join(project, 'node_modules'));
  const transitive = installed.filter((p) => p.name !== pkg.name && !direct.has(p.name));
  return {
    tarballBytes: statSync(tgz).size,
    unpackedBytes: files.reduce((n, f) => n + f.size, 0),
    files: files.map((f) => f.path),
    installedBytes: bytesUnder(join(project, 'node_modules')),
    installedPackages: installed.length,
    directDependencies: [...direct].sort(),
    transitivePackages: transitive.map((p) => `${p.name}@${p.version}`),
  };
}

export function readBudget() {
  return JSON.parse(readFileSync(BUDGET_FILE, 'utf8'));
}

/** Every figure over its budget, as readable lines (empty when within budget). */
export function overBudget(m, budget = readBudget()) {
  const mb = (n) => `${(n / 1e6).toFixed(2)} MB`;
  const over = [];
  if (m.tarballBytes > budget.tarballBytes) over.push(`tarball ${mb(m.tarballBytes)} > budget ${mb(budget.tarballBytes)}`);
  if (m.unpackedBytes > budget.unpackedBytes) over.push(`unpacked ${mb(m.unpackedBytes)} > budget ${mb(budget.unpackedBytes)}`);
  if (m.installedBytes > budget.installedBytes) over.push(`installed node_modules ${mb(m.installedBytes)} > budget ${mb(budget.installedBytes)}`);
  if (m.transitivePackages.length > budget.transitivePackages) {
    over.push(`${m.transitivePackages.length} packages beyond the direct dependencies > budget ${budget.transitivePackages}: ${m.transitivePackages.join(', ')}`);
  }
  return over;
}

/** A short report of the figures against the budget. */
export function describe(m, budget = readBudget()) {
  const mb = (n) => `${(n / 1e6).toFixed(2)} MB`;
  return [
    `tarball            ${mb(m.tarballBytes)} (budget ${mb(budget.tarballBytes)}), ${m.files.length} files`,
    `unpacked           ${mb(m.unpackedBytes)} (budget ${mb(budget.unpackedBytes)})`,
    `installed          ${mb(m.installedBytes)} in node_modules (budget ${mb(budget.installedBytes)}), ${m.installedPackages} packages`,
    `direct deps        ${m.directDependencies.length}: ${m.directDependencies.join(', ')}`,
    `beyond those       ${m.transitivePackages.length} (budget ${budget.transitivePackages}): ${m.transitivePackages.join(', ') || 'none'}`,
  ].join('\n');
}

/**
 * The module specifiers that `file` and every module it loads through relative imports import
 * from elsewhere (packages, built-ins), read from the import statements of the build's output.
 */
export function packageImports(file) {
  const found = new Set();
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(path, 'utf8');
    // esbuild and Rollup write one import per statement, its `from` at the end of a line; the
    // minified ES build writes them one after another (`import{a as b}from"./chunk.js";`).
    const statements = /^(?:import|export|\})[^\n]*? from ["']([^"']+)["'];$|^import ["']([^"']+)["'];$|\bimport\(["']([^"']+)["']\)|\brequire\(["']([^"']+)["']\)|(?<=^|;)(?:import|export)\{?[\w$,* ]*\}?from["']([^"']+)["'];|(?<=^|;)import["']([^"']+)["'];/gm;
    for (const m of code.matchAll(statements)) {
      const spec = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6];
      if (spec.startsWith('.')) visit(join(dirname(path), spec));
      else found.add(spec);
    }
  };
  visit(file);
  return [...found].sort();
}

/**
 * Which bundled modules a built file holds: the `sources` of its source map when it has one (the
 * minified ES build), else the `// <path>` line esbuild and Rollup write before each module's code.
 * Paths as written there (relative, `../` parts kept); `holds` compares their ends.
 */
export function bundledModules(path) {
  if (existsSync(`${path}.map`)) return JSON.parse(readFileSync(`${path}.map`, 'utf8')).sources;
  return [...readFileSync(path, 'utf8').matchAll(/^\/\/ (\S+\.(?:ts|js|cjs|mjs|json))$/gm)].map((m) => m[1]);
}

const holds = (modules, module) => modules.some((m) => m === module || m.endsWith(`/${module}`));

const CORE_MODULE = 'src/analyzeArticle.ts';
/**
 * A module of each library the Node builds load on first use from files of their own (Readability
 * and linkedom, franc-min, zod, csv-stringify: lazyLibraryFiles in scripts/coldStartPlugins.ts), which
 * must not be back in the core, where V8 would scan it at every import.
 */
const LAZY_MODULES = ['node_modules/@mozilla/readability/Readability.js', 'node_modules/franc-min/index.js', 'node_modules/zod/v4/core/core.js', 'node_modules/csv-stringify/dist/esm/sync.js'];
// The first module of each group of our code the ES build loads on first use (scripts/lazyGroups.ts).
const LAZY_GROUP_MODULES = [
  { module: 'src/compare/compareArticles.ts', file: 'comparison-library.cjs', what: 'the comparison code' },
  { module: 'src/extract/extractArticle.ts', file: 'extract-library.cjs', what: 'the extraction code' },
];

/** esbuild's minified `__commonJS` helper, as `commonJsWrappersAsFunctions` in scripts/coldStartPlugins.ts finds it. */
const COMMONJS_HELPER = /(?:\bvar |,)([\w$]+)=\(([\w$]+),([\w$]+)\)=>\(\)=>\(\3\|\|\2\(\(\3=\{exports:\{\}\}\)\.exports,\3\),\3\.exports\)/;

/**
 * The CommonJS wrappers of a minified ES chunk, as calls of esbuild's `__commonJS` helper assigned
 * to a module's `require_…` variable (`var X=Y(…)`): how many pass a `function` (what
 * `commonJsWrappersAsFunctions` writes; an arrow costs the cold start ≈ 11 M instructions,
 * bench/HISTORY.md cold14) and how many still pass an arrow. `helper` is undefined when the chunk
 * has no helper of the shape the plugin knows; `unknownHelper` then says whether it has the
 * helper's `{exports:{}}` anyway (esbuild changed its output and the plugin rewrote nothing).
 */
export function commonJsWrappers(code) {
  const helper = COMMONJS_HELPER.exec(code)?.[1];
  if (helper === undefined) return { helper, functions: 0, arrows: 0, unknownHelper: code.includes('{exports:{}}') };
  const call = `=${helper.replaceAll('$', '\\$')}\\(`;
  const count = (pattern) => code.match(new RegExp(pattern, 'g'))?.length ?? 0;
  return { helper, functions: count(`${call}function\\(`), arrows: count(`${call}(?:\\([\\w$,]*\\)|[\\w$]+)=>`), unknownHelper: false };
}

/**
 * What the build must hold, checked on the installed package: the core (every bundled module
 * behind `analyzeArticle`) ships once per module format, in one .js and one .cjs file shared by
 * the entries, plus the self-contained browser bundle, without the libraries loaded on first use
 * (`LAZY_MARKS`); and dist/index.js, which bundlers pick for browsers, loads no Node built-in
 * module. Returns the problems as readable lines.
 */
export function checkBuild(packageDir) {
  const dist = join(packageDir, 'dist');
  const problems = [];
  const code = readdirSync(dist).filter((f) => /\.c?js$/.test(f));
  const modules = new Map(code.map((f) => [f, bundledModules(join(dist, f))]));
  const withCore = code.filter((f) => holds(modules.get(f), CORE_MODULE));
  for (const ext of ['.js', '.cjs']) {
    const copies = withCore.filter((f) => f.endsWith(ext));
    if (copies.length !== 1) problems.push(`the core is in ${copies.length} ${ext} files (${copies.join(', ') || 'none'}), expected 1`);
  }
  for (const f of withCore.filter((x) => x !== 'slantwise.browser.js')) {
    for (const lazy of LAZY_MODULES.filter((m) => holds(modules.get(f), m))) problems.push(`${f} holds ${lazy}, code that dist/lazy-libraries.cjs loads on first use`);
  }
  // The comparison and report code and the extraction code: dist/comparison-library.cjs and
  // dist/extract-library.cjs, loaded on first use by both Node builds (scripts/lazyGroups.ts); the
  // other files hold stubs only.
  for (const f of code.filter((x) => x !== 'slantwise.browser.js')) {
    for (const { file, what } of LAZY_GROUP_MODULES.filter((g) => g.file !== f && holds(modules.get(f), g.module))) problems.push(`${f} holds ${what}, which dist/${file} holds for the Node builds`);
  }
  // The CommonJS wrappers (wink-nlp and its model) of the ES core chunk and the browser bundle
  // all written as functions.
  for (const f of [...withCore.filter((x) => x.endsWith('.js')), 'slantwise.browser.js'].filter((x, i, all) => all.indexOf(x) === i && code.includes(x))) {
    const w = commonJsWrappers(readFileSync(join(dist, f), 'utf8'));
    if (w.helper === undefined) problems.push(`${f}: ${w.unknownHelper ? "esbuild's __commonJS helper has a shape commonJsWrappersAsFunctions does not know" : "no __commonJS helper (wink-nlp's CommonJS modules no longer bundled?)"}`);
    else if (w.functions === 0 || w.arrows > 0) problems.push(`${f}: ${w.arrows} CommonJS wrappers still arrows, ${w.functions} written as functions (commonJsWrappersAsFunctions in scripts/coldStartPlugins.ts)`);
  }
  const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  const nodeOnly = packageImports(join(dist, 'index.js')).filter((s) => builtins.has(s));
  if (nodeOnly.length > 0) problems.push(`dist/index.js loads Node built-in modules: ${nodeOnly.join(', ')}`);
  return problems;
}

/** How many CommonJS wrappers the installed package's ES core chunk writes as functions (`commonJsWrappers`). */
export function coreWrapperCount(packageDir) {
  const dist = join(packageDir, 'dist');
  const core = readdirSync(dist).find((f) => f.endsWith('.js') && f !== 'slantwise.browser.js' && holds(bundledModules(join(dist, f)), CORE_MODULE));
  return core === undefined ? 0 : commonJsWrappers(readFileSync(join(dist, core), 'utf8')).functions;
}

/** publint and arethetypeswrong on the packed tarball; throws with their output on a finding. */
export function lintTarball(tgz) {
  const bin = (name) => join(root, 'node_modules/.bin', name);
  run(bin('publint'), ['run', tgz, '--strict'], root);
  run(bin('attw'), [tgz, '--profile', 'node16', '--format', 'ascii'], root);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const work = mkdtempSync(join(tmpdir(), 'slantwise-package-'));
  try {
    const tgz = pack(work);
    installInto(join(work, 'project'), tgz);
    const m = measure(tgz, join(work, 'project'));
    console.log(describe(m));
    lintTarball(tgz);
    console.log('publint and arethetypeswrong: no problems');
    const problems = checkBuild(join(work, 'project/node_modules', JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).name));
    if (problems.length > 0) {
      console.error(`build:\n  ${problems.join('\n  ')}`);
      process.exitCode = 1;
    } else console.log(`build: the core once per module format, dist/index.js free of Node built-ins, ${coreWrapperCount(join(work, 'project/node_modules', JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).name))} CommonJS wrappers written as functions`);
    const over = overBudget(m);
    if (over.length > 0) {
      console.error(`over budget (raise scripts/package-budget.json only for a reason you can state in the commit):\n  ${over.join('\n  ')}`);
      process.exitCode = 1;
    }
  } catch (e) {
    console.error(e.stderr || e.stdout || e.message);
    process.exitCode = 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
