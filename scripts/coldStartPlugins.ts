import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve as resolvePath } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';
import type { Options } from 'tsup';
import { isSortedWordList } from '../src/document/wordIndex.js';
import { applyEdits, asciiEdits, isAscii, type SourceEdit } from './asciiSource.js';
import { shiftSourceMap } from './sourceMapShift.js';
import { LAZY_GROUPS } from './lazyGroups.js';
import { WINK_CORE_DATA, WINK_CORE_PACKAGE_JSON, WINK_CORE_REPAIRS_FILE, winkCoreRepairs, winkCoreShimSource } from './winkCoreOneByte.js';
import { lemmaExceptionTableOf, patchWinkLemmatize } from './winkLemmaExceptions.js';

/**
 * esbuild plugins that keep work out of `import 'slantwise'` (the cold start: import plus the
 * first analysis). Used by tsup.config.ts for every bundle.
 */

/**
 * Modules whose code is evaluated on first use instead of at import: each facade (matched by its
 * path) is replaced by a function of the same name that loads the code module (`code`, from the
 * package root) once: from the bundle (`lazyLibraries`) or from dist/<file>.cjs (`lazyLibraryFiles`).
 * The code module must sit in its facade's folder: the browser bundle's facade `require`s it by its
 * base name from there (`lazyLibraries`), while the Node builds use `code` as a tsup entry.
 * - src/extract/htmlLibraries.ts: linkedom and Readability (~0.5 MB of code, see
 *   src/extract/htmlLibraryCode.ts), which only `extractArticle` runs;
 * - src/document/francLibrary.ts: franc-min, which builds trigram tables for 82 languages when it
 *   is evaluated and which `detectLanguage` needs only for text its other tests do not settle;
 * - src/schema/zodLibrary.ts: zod, which only builds the schemas (`lazySchema`), on first use;
 * - src/report/csvLibrary.ts: csv-stringify (~65 KB of code), which only the CSV exports run.
 */
const LAZY_MODULES: ReadonlyArray<{ facade: RegExp; name: string; code: string; file: string }> = [
  { facade: /[\\/]src[\\/]extract[\\/]htmlLibraries\.ts$/, name: 'htmlLibraries', code: 'src/extract/htmlLibraryCode.ts', file: 'html-libraries' },
  { facade: /[\\/]src[\\/]document[\\/]francLibrary\.ts$/, name: 'francLibrary', code: 'src/document/francCode.ts', file: 'franc-library' },
  { facade: /[\\/]src[\\/]schema[\\/]zodLibrary\.ts$/, name: 'zodLibrary', code: 'src/schema/zodCode.ts', file: 'zod-library' },
  { facade: /[\\/]src[\\/]report[\\/]csvLibrary\.ts$/, name: 'csvLibrary', code: 'src/report/csvCode.ts', file: 'csv-library' },
];

/**
 * Evaluates the modules of `LAZY_MODULES` on the first call of their facade instead of at
 * import. esbuild wraps a bundled module that is `require`d, and the modules only it imports, in
 * a function run on the first `require`: the call stays synchronous, and nothing changes for a
 * caller except when that code runs. The source facades (used by the tests) import the code as
 * usual.
 */
export const lazyLibraries: Plugin = {
  name: 'lazy-libraries',
  setup(build) {
    for (const { facade, name, code } of LAZY_MODULES) {
      build.onLoad({ filter: facade }, (args) => ({
        contents: ['let code;', `export function ${name}() {`, `  return (code ??= require('./${basename(code)}'));`, '}'].join('\n'),
        loader: 'js',
        resolveDir: dirname(args.path),
      }));
    }
  },
};

/** The file the Node builds load the modules of `LAZY_MODULES` through (see `lazyLibraryFiles`). */
export const LAZY_LOADER = 'lazy-libraries.cjs';

/**
 * For the Node builds: the code modules of `LAZY_MODULES` are not in the chunks at all but in
 * CommonJS files of their own next to them (dist/<file>.cjs, a tsup entry in tsup.config.ts),
 * which a facade loads on its first call through a one-line CommonJS loader written next to the
 * chunks (dist/lazy-libraries.cjs, written by `writeLazyLoader`; ES modules cannot load a file synchronously, CommonJS can, as
 * with dist/wink-core-data.cjs). Why: V8 scans and pre-parses every function of a chunk at import,
 * evaluated or not; the HTML libraries and franc-min (about 0.75 MB) cost some 60 M instructions
 * there (≈ 4 % of the cold start) although analysing plain text never runs them, and zod (0.4 MB,
 * whose evaluation builds its classes) some 90 M although an analysis builds no schema. The
 * browser bundle, a single file, keeps `lazyLibraries`.
 */
export function lazyLibraryFiles(): Plugin {
  return {
    name: 'lazy-library-files',
    setup(build) {
      build.onResolve({ filter: /^slantwise-lazy-loader$/ }, () => ({ path: `./${LAZY_LOADER}`, external: true }));
      for (const { facade, name } of LAZY_MODULES) {
        build.onLoad({ filter: facade }, () => ({
          contents: ["import lazy from 'slantwise-lazy-loader';", `export function ${name}() {`, `  return lazy.${name}();`, '}'].join('\n'),
          loader: 'js',
        }));
      }
    },
  };
}

/**
 * Writes dist/lazy-libraries.cjs (`lazyLoaderSource`) next to the lazy library files: one writer, the
 * build of those files (tsup.config.ts), while the ESM and CJS builds only point at it.
 */
export const writeLazyLoader: Plugin = {
  name: 'write-lazy-loader',
  setup(build) {
    build.onEnd(async () => {
      const outdir = build.initialOptions.outdir;
      if (!outdir) return;
      await mkdir(outdir, { recursive: true });
      await writeFile(join(outdir, LAZY_LOADER), lazyLoaderSource());
    });
  },
};

/** The entries tsup.config.ts builds for `lazyLibraryFiles`: output name → code module. */
export const LAZY_LIBRARY_ENTRIES: Readonly<Record<string, string>> = Object.fromEntries(
  LAZY_MODULES.map(({ file, code }) => [file, code]),
);

/**
 * dist/lazy-libraries.cjs: one function per lazy module, `require`ing its file (Node caches it).
 * The requires stay plain string literals so that bundlers tracing them find the files; a file
 * left out of a copied dist or a bundle fails with an error that names it (code
 * `SLANTWISE_LAZY_FILE_MISSING`) instead of a bare `MODULE_NOT_FOUND` deep in an analysis, and a file
 * that does not parse (a truncated copy) with `SLANTWISE_LAZY_FILE_CORRUPT` instead of a bare `SyntaxError`.
 */
export function lazyLoaderSource(): string {
  return [
    '// The libraries slantwise evaluates on first use, each in its own file (see lazyLibraryFiles in',
    '// scripts/coldStartPlugins.ts), and the lexicon entries it reads on first use (lazyLexiconEntries). Written by the build.',
    "'use strict';",
    "function load(file, read, folder = 'dist/') {",
    '  try {',
    '    return read();',
    '  } catch (cause) {',
    "    const missing = cause && cause.code === 'MODULE_NOT_FOUND' && String(cause.message).includes(file);",
    "    if (!missing && !(cause instanceof SyntaxError)) throw cause;",
    "    const error = new Error('slantwise: ' + folder + file + (missing ? ' is missing' : ' is corrupt') + '; reinstall slantwise or include that file in your bundle', { cause });",
    "    error.code = missing ? 'SLANTWISE_LAZY_FILE_MISSING' : 'SLANTWISE_LAZY_FILE_CORRUPT';",
    '    throw error;',
    '  }',
    '}',
    ...LAZY_MODULES.map(({ name, file }) => `exports.${name} = () => load('${file}.cjs', () => require('./${file}.cjs'));`),
    ...LAZY_GROUPS.map(({ loader, file }) => `exports.${loader} = (core) => load('${file}.cjs', () => require('./${file}.cjs')).load(core);`),
    'exports.lexiconEntries = {',
    ...lazyLexiconFiles().map((file) => `  '${file}': () => load('${file}.json', () => require('../lexicons/${file}.json'), 'lexicons/').entries,`),
    '};',
    '',
  ].join('\n');
}

/** The shipped lexicons folder, next to dist/ in the package. */
const LEXICONS_DIR = fileURLToPath(new URL('../lexicons', import.meta.url));

/**
 * The shipped lexicons (file names without `.json`) whose entries no analysis with the default
 * options reads: the gazetteers, which the entity stage reads precompiled
 * (src/entities/defaultEntityWords.ts), and the Policy Frames Codebook's frames, which only
 * `frames: 'policy'` uses. The Node builds load their entries on first read
 * (`lazyLexiconEntries`).
 */
export function lazyLexiconFiles(dir: string = LEXICONS_DIR): string[] {
  const lazy: string[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const { kind, frameSet } = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { kind?: string; frameSet?: string };
    if (kind === 'gazetteer' || frameSet === 'policy') lazy.push(name.slice(0, -'.json'.length));
  }
  return lazy;
}

/**
 * The module of a lexicon of `lazyLexiconFiles` for the Node builds: the lexicon's other
 * fields as bundled JSON, its `entries` a getter that reads them, once, from the package's
 * lexicons/ folder through dist/lazy-libraries.cjs and freezes them (as src/lexicons/
 * defaultLexicons.ts freezes the others). Why: a chunk's JSON is scanned and parsed at every
 * import (the CommonJS build `require`s each lexicon's file at import); these 0.4 MB, most of it
 * the person names, are read by no default analysis. `entries`
 * is the files' last key, so the object's keys keep their order.
 */
export function lazyLexiconModule(file: string, json: string): string {
  const { entries, ...fields } = JSON.parse(json) as { entries: unknown };
  const keys = Object.keys(JSON.parse(json) as object);
  if (!Array.isArray(entries) || keys[keys.length - 1] !== 'entries') throw new Error(`lexicons/${file}.json: expected \`entries\` as the last key`);
  return [
    "import lazy from 'slantwise-lazy-loader';",
    'let entries;',
    `export default Object.defineProperty(JSON.parse(${jsonLiteral(JSON.stringify(fields))}), 'entries', {`,
    '  enumerable: true,',
    `  get: () => (entries ??= Object.freeze(lazy.lexiconEntries['${file}']())),`,
    '});',
    '',
  ].join('\n');
}

/**
 * For the Node builds (with `lazyLibraryFiles`, which resolves the loader): the lexicons of
 * `lazyLexiconFiles` bundled as `lazyLexiconModule`s. Listed before `jsonAsParse` and, in the
 * CommonJS build, before the plugin that leaves every lexicon to a `require` of its file at
 * import (tsup.config.ts).
 */
export function lazyLexiconEntries(): Plugin {
  const lazy = new Set(lazyLexiconFiles());
  return {
    name: 'lazy-lexicon-entries',
    setup(build) {
      build.onResolve({ filter: /lexicons\/[\w-]+\.json$/ }, (args) => {
        const path = resolvePath(args.resolveDir, args.path);
        return dirname(path) === LEXICONS_DIR && lazy.has(basename(path, '.json')) ? { path } : undefined;
      });
      build.onLoad({ filter: /[\\/]lexicons[\\/][\w-]+\.json$/ }, async (args) => {
        const file = basename(args.path, '.json');
        if (dirname(args.path) !== LEXICONS_DIR || !lazy.has(file)) return undefined;
        return { contents: lazyLexiconModule(file, await readFile(args.path, 'utf8')), loader: 'js' };
      });
    },
  };
}

/**
 * Bundles JSON files (lexicons, the AFINN list, wink's model in the browser bundle) as
 * `JSON.parse('...')` of their minified text instead of as object literals: V8 parses a JSON
 * string much faster than it compiles and runs the same data as JavaScript (the lexicons: about
 * half the time). A file that is `import`ed becomes an ES module with the data as its default
 * export; one that is `require`d, a CommonJS module (an ES module's namespace would wrap it, and
 * a CommonJS module imported by an ES module gets its keys copied one by one).
 */
export const jsonAsParse: Plugin = {
  name: 'json-as-parse',
  setup(build) {
    build.onResolve({ filter: /\.json$/ }, async (args) => {
      if (args.kind !== 'import-statement' || args.pluginData === JSON_AS_PARSE) return undefined;
      const found = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: JSON_AS_PARSE });
      if (found.errors.length > 0 || found.external || found.namespace !== 'file') return undefined;
      return { path: found.path, pluginData: { esm: true } };
    });
    build.onLoad({ filter: /\.json$/ }, async (args) => {
      const text = jsonLiteral(JSON.stringify(JSON.parse(await readFile(args.path, 'utf8'))));
      const esm = (args.pluginData as { esm?: boolean } | undefined)?.esm === true;
      return { contents: esm ? `export default JSON.parse(${text});\n` : `module.exports = JSON.parse(${text});\n`, loader: 'js' };
    });
  },
};

// Marks the plugin's own resolution of a path, so that it is not intercepted again.
const JSON_AS_PARSE = Symbol('json-as-parse');

/**
 * JSON text as a single-quoted JavaScript string literal that esbuild prints single-quoted: the
 * text's apostrophes (in JSON only ever inside its strings) become the JSON escape `\u0027`.
 * Why: given a literal with apostrophes, esbuild prints it as a template (fewer escapes), and V8's
 * scanner keeps both the cooked and the raw text of a template: the 430 kB of lexicons printed
 * so cost ≈ 12 M instructions more to scan at import than the same text single-quoted.
 */
export function jsonLiteral(json: string): string {
  return singleQuoted(json.replaceAll("'", '\\u0027'));
}

/** A JavaScript string literal in single quotes (JSON text has few of them, so few escapes). */
export function singleQuoted(text: string): string {
  return `'${text.replace(/[\\'\n\r\u2028\u2029]/g, (c) => (c === '\\' ? '\\\\' : c === "'" ? "\\'" : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))}'`;
}

const WINK_CORE_SHIM = 'wink-core-data.cjs';

/**
 * For the Node builds, where wink-eng-lite-web-model stays an external dependency: its 3 MB core
 * data is read from the package, never bundled. Both module formats load it through a CommonJS
 * file written next to the chunks (dist/wink-core-data.cjs, `winkCoreShimSource`, with the
 * repairs of its one-byte read in dist/wink-core-repairs.json): ES modules
 * cannot import JSON on every Node 20 (import attributes came with 20.10), and the file reads the
 * JSON as one-byte text where Node allows. tsup.config.ts lists the path as `noExternal`, so that
 * this plugin, not tsup's, decides.
 */
export function winkCoreDataFromPackage(): Plugin {
  return {
    name: 'wink-core-data-from-package',
    setup(build) {
      build.onResolve({ filter: /eng-core-web-model\.json$/ }, (args) => {
        if (args.path !== WINK_CORE_DATA) return undefined;
        return { path: `./${WINK_CORE_SHIM}`, external: true };
      });
      build.onEnd(async () => {
        const outdir = build.initialOptions.outdir;
        if (!outdir) return;
        const requireHere = createRequire(import.meta.url);
        const modelText = await readFile(requireHere.resolve(WINK_CORE_DATA), 'utf8');
        const { version } = requireHere(WINK_CORE_PACKAGE_JSON) as { version: string };
        await mkdir(outdir, { recursive: true });
        await writeFile(join(outdir, WINK_CORE_REPAIRS_FILE), JSON.stringify(winkCoreRepairs(modelText, version)));
        await writeFile(join(outdir, WINK_CORE_SHIM), winkCoreShimSource());
      });
    },
  };
}

/**
 * The browser bundle without the default matchers' precomputed filing
 * (src/lexicons/defaultMatcherFiling.ts, ≈ 100 kB): its matchers file their entries at run
 * time, with the same matches. The filing saves ≈ 40 M instructions of a cold start in Node
 * (bench/HISTORY.md, cold17), and its copy in a third bundle would take the tarball over budget.
 */
export const withoutMatcherFiling: Plugin = {
  name: 'without-matcher-filing',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]lexicons[\\/]defaultMatcherFiling\.ts$/ }, () => ({ contents: `export const DEFAULT_MATCHER_FILING = '{"words":"","values":"","matchers":[]}';\n`, loader: 'js' }));
  },
};

/**
 * zod's own messages in 64 languages (`z.locales`), which zod's entry module re-exports: the
 * bundled zod keeps English only (slantwise's error messages are its own and English, and its
 * copy of zod is not exposed). About 350 kB less code per module format.
 */
export const zodEnglishOnly: Plugin = {
  name: 'zod-english-only',
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({ contents: "export { default as en } from './en.js';\n", loader: 'js' }));
  },
};

/** How a wink-nlp module makes the object of methods it returns. */
const WINK_METHODS_OBJECT = '  var methods = Object.create( null );';

/**
 * A wink-nlp module (cache.js, dd-wrapper.js) whose object of methods, which `Object.create( null )`
 * makes in dictionary mode (every `cache.property`, `doc._addToken` … then is a dictionary lookup
 * in the load IC: ≈ 1 M instructions per analysis), is made with its method names from the start:
 * a literal of those names (in the order the module assigns them), given a null prototype after,
 * which V8 keeps in fast mode. Still a null-prototype object with the same keys in the same order.
 * Throws when the module does not make its methods as expected.
 */
export function withFastMethods(source: string, file: string): string {
  const names = [...source.matchAll(/^ {2}methods\.(\w+) = /gm)].map((m) => m[1]!);
  const parts = source.split(WINK_METHODS_OBJECT);
  if (parts.length !== 2 || names.length === 0 || new Set(names).size !== names.length) {
    throw new Error(`wink-nlp's ${file} changed: expected "${WINK_METHODS_OBJECT.trim()}" once and each method assigned once`);
  }
  return parts.join(`  var methods = Object.setPrototypeOf( { ${names.map((n) => `${n}: undefined`).join(', ')} }, null );`);
}

/** Bundles wink-nlp's dd-wrapper.js (a document's methods, made per document) patched by `withFastMethods`. */
export const winkDocumentMethods: Plugin = winkFilePatch('wink-document-methods', 'src/dd-wrapper.js', /[\\/]wink-nlp[\\/]src[\\/]dd-wrapper\.js$/, patchWinkDocumentMethods);

/**
 * dd-wrapper's two cache lookups, each read at once by its caller: `addTokenIfInCache` reads the
 * answer's length and entries, `isLexeme` is read only as true or false by the tokenizers.
 */
const WINK_TOKEN_LOOKUPS: ReadonlyArray<readonly [string, string]> = [
  ['var tokenIndex = cache.lookup( text );', 'var tokenIndex = cache.lookupForToken( text );'],
  ['    return cache.lookup( text );\n  }; // isLexeme()', '    return cache.lookupForToken( text );\n  }; // isLexeme()'],
];

/**
 * dd-wrapper's three pushes of a token's four entries, written as stores at a count of the entries
 * written (`WINK_TOKEN_COUNT`) instead, so that a document's tokens can be written into an array
 * kept between documents (`patchWinkReadDoc`). Into the empty array wink-nlp's other callers hand
 * over (its examples compiler), a store at the count appends, as `push` does.
 */
const WINK_TOKEN_PUSHES: ReadonlyArray<readonly [string, string]> = [
  ['    idx = tokens.push( cache.add( text, category ), precedingSpaces, 0, 0 );', '    idx = pushToken( cache.add( text, category ), precedingSpaces, 0 );'],
  ['      idx = tokens.push( tokenIndex[ 0 ], precedingSpaces, 0, 0 );', '      idx = pushToken( tokenIndex[ 0 ], precedingSpaces, 0 );'],
  ['        idx = tokens.push( tokenIndex[ k ], ps, ( lemma | ( pos << bits4lemma ) ), 0 ); // eslint-disable-line no-bitwise', '        idx = pushToken( tokenIndex[ k ], ps, ( lemma | ( pos << bits4lemma ) ) ); // eslint-disable-line no-bitwise'],
];

/** The count and the store `WINK_TOKEN_PUSHES` read, and `_tokenEntries`, the count for `patchWinkReadDoc`. */
const WINK_TOKEN_COUNT = `  var tokens = data.tokens;
  // Entries written to \`tokens\` (from index 0: the entries past it, if any, are an earlier document's).
  var written = 0;
  // \`tokens.push( a, b, c, 0 )\` at the count; returns the count after, as \`push\` returns the length.
  var pushToken = function ( a, b, c ) {
    tokens[ written ] = a;
    tokens[ written + 1 ] = b;
    tokens[ written + 2 ] = c;
    tokens[ written + 3 ] = 0;
    written += 4;
    return written;
  };
  var tokenEntries = function () {
    return written;
  };`;

/**
 * wink-nlp's dd-wrapper.js with its methods made by `withFastMethods`, its lookups
 * (`WINK_TOKEN_LOOKUPS`) reading the cache's `lookupForToken` (added by `patchWinkCache`: bundle
 * the two together) and its tokens written at a count (`WINK_TOKEN_PUSHES`, with the method
 * `_tokenEntries` that `patchWinkReadDoc` reads: bundle those two together too). Throws when the
 * source is not the one the patch was written for.
 */
export function patchWinkDocumentMethods(source: string): string {
  let out = source;
  for (const [from, to] of [...WINK_TOKEN_LOOKUPS, ...WINK_TOKEN_PUSHES, ['  var tokens = data.tokens;', WINK_TOKEN_COUNT], ['  methods.clean = clean;', '  methods.clean = clean;\n  methods._tokenEntries = tokenEntries;']] as const) {
    const parts = out.split(from);
    if (parts.length !== 2) throw new Error(`wink-nlp's dd-wrapper.js changed: expected "${from}" exactly once`);
    out = parts.join(to);
  }
  if (/\btokens\./.test(out.replace(/^\s*(?:\/\/|\*|\/\*).*$/gm, ''))) throw new Error("wink-nlp's dd-wrapper.js changed: it reads or changes the tokens otherwise than by the patched stores");
  return withFastMethods(out, 'dd-wrapper.js');
}

/**
 * The array the tokenizer writes a document's tokens into, kept between documents (up to
 * `SCRATCH_ENTRIES` entries), and the copy of what one document wrote: the document's own array,
 * of its size. `readDoc` is not re-entered while it tokenizes, so one scratch serves every engine.
 * After a long document the scratch keeps its length (at most `SCRATCH_ENTRIES`, ≈ 65k tokens, 1–2 MB) for the life
 * of the process: memory traded for no regrowth per document.
 */
const WINK_TOKEN_SCRATCH = `var tkSize = constants.tkSize;
var SCRATCH_ENTRIES = 1 << 18;
var tokenScratch = [];
var writtenTokens = function ( entries ) {
  var tokens = tokenScratch.slice( 0, entries );
  if ( tokenScratch.length > SCRATCH_ENTRIES ) tokenScratch = [];
  return tokens;
};
`;

/**
 * The part-of-speech machines' tokens as the model's transformer makes them (`mapped ? mapped + hintDelta : pos`, with
 * `mapped` the raw token's `posHint`), made once per document instead of by a call per token and machine (wink calls
 * the transformer again for a token each time a match restarts there, ≈ 1,400 calls per article, perf71). `recognize`
 * compares a token with the line-break key before transforming it: a token whose tag is that key keeps its tag, so it
 * is skipped as before, and a document where a transformed token would equal the key is read the old way (`null`).
 * After each machine, the updater changes the tags of the tokens it matched: only those are made again.
 */
const WINK_POS_HINTED = `var posHintsOf = function ( cache, rawTokens, n ) {
  var hints = new Array( n );
  for ( let i = 0; i < n; i += 1 ) hints[ i ] = cache.posHint( rawTokens[ 4 * i ] );
  return hints;
};
var posHinted = function ( hints, posTags, hintDelta, keyLF ) {
  var shown = new Array( posTags.length );
  for ( let i = 0; i < posTags.length; i += 1 ) {
    const pos = posTags[ i ], mapped = hints[ i ];
    if ( mapped && mapped + hintDelta === keyLF ) return null;
    shown[ i ] = pos === keyLF || !mapped ? pos : mapped + hintDelta;
  }
  return shown;
};
var posHintedAgain = function ( shown, hints, posTags, px, hintDelta, keyLF ) {
  for ( let j = 0; j < px.length; j += 1 ) {
    const i = px[ j ][ 0 ], pos = posTags[ i ], mapped = hints[ i ];
    shown[ i ] = pos === keyLF || !mapped ? pos : mapped + hintDelta;
  }
};
`;

/** readDoc's empty array of tokens per document, the tokenizer's call, and where the scratch is declared. */
const WINK_READ_DOC_PATCHES: ReadonlyArray<readonly [string, string]> = [
  ['    rdd.tokens = [];\n', '    rdd.tokens = tokenScratch;\n'],
  [
    '    tokenize( wrappedDocData, text ); // eslint-disable-line new-cap\n',
    '    tokenize( wrappedDocData, text ); // eslint-disable-line new-cap\n    rdd.tokens = writtenTokens( wrappedDocData._tokenEntries() );\n',
  ],
  ['var tkSize = constants.tkSize;\n', WINK_TOKEN_SCRATCH + WINK_POS_HINTED],
  // The cache's `forgetAddedWords` (see `patchWinkCache`), for `renewNlp` to renew an engine in place: a new engine's
  // closures would be new functions, which the compiler's code inlined for the first engine's cannot serve.
  ['  methods.readDoc = readDoc;\n', "  methods.readDoc = readDoc;\n  if ( typeof cache.forgetAddedWords === 'function' ) methods.forgetAddedWords = cache.forgetAddedWords;\n"],
  ['  var posTransformers;\n', '  var posTransformers;\n  // The model\'s part-of-speech hint rule when its transformer is the one `patchWinkTransformers` checked, and the\n  // token the part-of-speech machines skip (each made by `fsm( cache, cache.value( 0 ) )`).\n  var posHintDelta = 0, posKeyLF;\n'],
  [
    '    posUpdater = posModel.updater;\n',
    "    posUpdater = posModel.updater;\n    posHintDelta = typeof cache.posHint === 'function' && posTransformers[ 0 ] && posTransformers[ 0 ].hintDelta > 0 ? posTransformers[ 0 ].hintDelta : 0;\n    posKeyLF = cache.lookup( cache.value( 0 ) )[ 0 ];\n",
  ],
  [
    '        px = posAutomata[ i ].recognize( posTags, posTransformers[ 0 ], rdd.tokens );\n        posUpdater( px, cache, posTags, tokens4Automata );\n',
    '        px = posShown === null ? posAutomata[ i ].recognize( posTags, posTransformers[ 0 ], rdd.tokens ) : posAutomata[ i ].recognize( posShown, null, rdd.tokens );\n        posUpdater( px, cache, posTags, tokens4Automata );\n        if ( posShown !== null ) posHintedAgain( posShown, posHints, posTags, px, posHintDelta, posKeyLF );\n',
  ],
  ['      const posTags = mapRawTokens2UIdOfDefaultPOS( rdd );\n', '      const posTags = mapRawTokens2UIdOfDefaultPOS( rdd );\n      const posHints = posHintDelta > 0 ? posHintsOf( cache, rdd.tokens, posTags.length ) : null;\n      const posShown = posHints === null ? null : posHinted( posHints, posTags, posHintDelta, posKeyLF );\n'],
];


/**
 * wink-nlp's wink-nlp.js with `readDoc` tokenizing into an array kept between documents and
 * keeping a copy of the entries written (`WINK_TOKEN_SCRATCH`), with dd-wrapper.js patched by
 * `patchWinkDocumentMethods` (which writes at a count from index 0 and tells it). Why: `push`
 * grew each document's array from empty, ≈ 1.5 times at a time, so that every document
 * allocated its tokens' entries about three times over and copied them as it grew (≈ 60 KB per
 * analysis of a news article, perf52); now once, in one copy. The tokens are the same entries in
 * the same order. Throws when the source is not the one the patch was written for.
 */
export function patchWinkReadDoc(source: string): string {
  let out = source;
  for (const [from, to] of WINK_READ_DOC_PATCHES) {
    const parts = out.split(from);
    if (parts.length !== 2) throw new Error(`wink-nlp's wink-nlp.js changed: expected "${from.trim()}" exactly once`);
    out = parts.join(to);
  }
  if ((out.match(/\brdd\.tokens = /g) ?? []).length !== 2) throw new Error("wink-nlp's wink-nlp.js changed: readDoc sets the tokens more than once");
  return withFastRawDocument(out);
}

/** How wink-nlp's `readDoc` makes a document's raw data (`rdd`). */
const WINK_RAW_DOCUMENT = '    var rdd = Object.create( null );\n';

/**
 * wink-nlp.js with `readDoc`'s raw document data made with its property names from the start (a
 * literal of the names `readDoc` assigns, in the order it first assigns them, given a null
 * prototype after, as `withFastMethods` does for the methods): `Object.create( null )` makes it in
 * dictionary mode, so that every `rdd.tokens` … was a dictionary lookup in the load IC, the model's
 * part-of-speech setter reading `rdd.tokens` three times per token (≈ 0.17 M instructions per
 * article, perf68). Still a null-prototype object with the same keys in the same order once
 * `readDoc` returns (no one reads its keys before). Throws when `readDoc` does not make it as
 * expected or deletes from it.
 */
export function withFastRawDocument(source: string): string {
  const start = source.indexOf('  var readDoc = function');
  const end = source.indexOf('}; // readDoc()');
  const body = start < 0 || end < start ? '' : source.slice(start, end);
  const names = [...new Set([...body.matchAll(/^ +rdd\.(\w+) = /gm)].map((m) => m[1]!))];
  const parts = source.split(WINK_RAW_DOCUMENT);
  if (parts.length !== 2 || !body.includes(WINK_RAW_DOCUMENT) || names.length === 0 || /\bdelete\b|\brdd\[/.test(body)) {
    throw new Error(`wink-nlp's wink-nlp.js changed: expected "${WINK_RAW_DOCUMENT.trim()}" once in readDoc, its properties set by name and none deleted`);
  }
  return parts.join(`    var rdd = Object.setPrototypeOf( { ${names.map((n) => `${n}: undefined`).join(', ')} }, null );\n`);
}

/** Bundles wink-nlp's wink-nlp.js patched by `patchWinkReadDoc` (with `winkDocumentMethods`). */
export const winkReadDoc: Plugin = winkFilePatch('wink-read-doc', 'src/wink-nlp.js', /[\\/]wink-nlp[\\/]src[\\/]wink-nlp\.js$/, patchWinkReadDoc);

/**
 * The replacements that make wink-nlp's cache (`wink-nlp/src/cache.js`, the only module that reads
 * or writes a feature's `hash`) look words up in a `Map` instead of a null-prototype object. An
 * engine indexes the model's 87,000 words when it is created; inserting them into an object
 * interns every string and costs about twice as much as a `Map` (some 25 ms of every cold
 * start). Lookups cost the same. src/document/winkModel.ts builds the matching `Map`s where the
 * build defines `__WINK_MAP_HASH__` (the bundles that carry this patched copy of wink-nlp).
 */
/**
 * `property( index, prop )` for one property, made when the cache is: its packing read once, not
 * per call (the model's sentence and part-of-speech transformers ask for `sbdHint`, `isAbbrev` and
 * `posHint` two to four times per token, and `property`'s `layout[ prop ]` and
 * `model.features[ prop ]`, shared by every property, are megamorphic keyed loads). A property read
 * through its feature list, or unknown, keeps `property` (the packing of an engine's model never
 * changes; `efHash`, the properties an unknown word carries, is filled when the cache is made).
 */
const WINK_PROPERTY_READERS = [
  '  var propertyReader = function ( prop ) {',
  '    var l = layout[ prop ];',
  '    if ( l === undefined || l[ 3 ] === 0 || l[ 5 ] === 1 ) return function ( index ) { return property( index, prop ); };',
  '    var offset = l[ 0 ], mask = l[ 1 ], shift = l[ 2 ], extractable = !!efHash[ prop ];',
  '    return function ( index ) {',
  '      if ( index < lexemeIntrinsicSize ) return ( lexicon[ offset + ( index * pkSize ) ] & mask ) >>> shift; // eslint-disable-line no-bitwise',
  '      if ( !extractable ) return 0;',
  '      return ( extrinsicLexicon[ ( ( index - lexemeIntrinsicSize ) * elPackingSize ) + elBasePackingSize + offset ] & mask ) >>> shift; // eslint-disable-line no-bitwise',
  '    };',
  '  };',
].join('\n');

/**
 * `lookup` for dd-wrapper's `addTokenIfInCache` (patched by `patchWinkDocumentMethods`), which
 * reads the answer at once and keeps nothing of it: a word that is not a contraction is answered in
 * one array made per cache instead of a new one-element array per token (`lookup`'s `[]` and
 * `push`, ≈ 100 bytes a token: about 12 % of the bytes a steady-state analysis allocated, perf50).
 * A contraction still gets `lookup`'s own new array; `lookup` itself (`doc.isLexeme`) is unchanged.
 */
const WINK_LOOKUP_FOR_TOKEN = `  }; // lookup()

  var oneIndex = [ 0 ];
  var lookupForToken = function ( text ) {
    var index = lexemesHash.get( text );
    if ( index === undefined ) return null;
    if ( index < lexemeIntrinsicSize && ( ( lexicon[ layout.isContraction[ 0 ] + ( index * pkSize ) ] & layout.isContraction[ 1 ] ) >>> layout.isContraction[ 2 ] ) ) return lookup( text ); // eslint-disable-line no-bitwise
    oneIndex[ 0 ] = index;
    return oneIndex;
  }; // lookupForToken()`;

const WINK_CACHE_PATCHES: ReadonlyArray<readonly [string, string, number?]> = [
  ['var index = h[ value ];', 'var index = h.get( value );'],
  ['index = h[ value ] = f.index;', 'index = f.index; h.set( value, index );'],
  ['var index = lexemesHash[ text ];', 'var index = lexemesHash.get( text );'],
  // A feature list read by `at`: an array, or the lexemes' `LexemeTextList` (src/document/lexemeText.ts),
  // whose entries are read from the model's text when first asked for.
  ['return lxm.list[ index ];', 'return lxm.list.at( index );'],
  ['propValue = model.features[ prop ].list[ propValue ];', 'propValue = model.features[ prop ].list.at( propValue );', 2],
  ['return model.features[ prop ].list[ index ];', 'return model.features[ prop ].list.at( index );'],
  // The model's sentence and part-of-speech hints read by readers made once per engine (see `WINK_PROPERTY_READERS`).
  ['  var isMemberPOS = function ( lexemeIdx, posIdx ) {', `${WINK_PROPERTY_READERS}\n  var isMemberPOS = function ( lexemeIdx, posIdx ) {`],
  ['  methods.property = property;', "  methods.property = property;\n  methods.sbdHint = propertyReader( 'sbdHint' );\n  methods.isAbbrev = propertyReader( 'isAbbrev' );\n  methods.posHint = propertyReader( 'posHint' );"],
  // The tokenizer's lookup without a new array per token (see `WINK_LOOKUP_FOR_TOKEN`).
  ['  }; // lookup()', WINK_LOOKUP_FOR_TOKEN],
  ['  methods.lookup = lookup;', '  methods.lookup = lookup;\n  methods.lookupForToken = lookupForToken;'],
  // The words the engine added forgotten, when `renewNlp` renews it in place (the features of its other added words are
  // dropped from their lists by src/document/nlpModel.ts; these are the cache's own).
  ['  methods.intrinsicSize = intrinsicSize;', '  methods.intrinsicSize = intrinsicSize;\n  methods.forgetAddedWords = function () {\n    extrinsicLexicon.length = 0;\n  };'],
];

/**
 * wink-nlp's cache.js with its feature hashes read and written as `Map`s (see
 * `WINK_CACHE_PATCHES`). Throws when the source is not the one the patch was written for (a new
 * wink-nlp version): every replaced statement must occur exactly once, and no other indexing of a
 * feature hash may remain.
 */
export function patchWinkCache(source: string): string {
  let out = source;
  for (const [from, to, times = 1] of WINK_CACHE_PATCHES) {
    const parts = out.split(from);
    if (parts.length !== times + 1) throw new Error(`wink-nlp's cache.js changed: expected "${from}" ${times === 1 ? 'exactly once' : `${times} times`}`);
    out = parts.join(to);
  }
  out = withFastMethods(out, 'cache.js');
  if (/\b(?:h|lexemesHash)\[/.test(out) || /\.list\[/.test(out.replace(/^\s*\/\/.*$/gm, '')) || /\.hash\b(?!\[ pos \])/.test(out.replace(/model\.features\.lexeme\.hash;|f\.hash;/g, ''))) {
    throw new Error("wink-nlp's cache.js changed: a feature hash is still indexed as an object");
  }
  return out;
}

/**
 * A plugin that bundles the wink-nlp file `filter` matches rewritten by `patch`, and fails the build
 * when the bundle holds wink-nlp but no file matched (a wink-nlp update that moves or renames the
 * file would otherwise ship it unpatched, silently).
 */
function winkFilePatch(name: string, file: string, filter: RegExp, patch: (source: string) => string): Plugin {
  return {
    name,
    setup(build) {
      let patched = 0;
      let winkBundled = false;
      build.onStart(() => {
        patched = 0;
        winkBundled = false;
      });
      build.onLoad({ filter }, async (args) => {
        patched++;
        return { contents: patch(await readFile(args.path, 'utf8')), loader: 'js' };
      });
      // (any other wink-nlp file: only noted, loaded as usual)
      build.onLoad({ filter: /[\\/]wink-nlp[\\/]/ }, () => {
        winkBundled = true;
        return undefined;
      });
      build.onEnd(() => (winkBundled && patched === 0 ? { errors: [{ text: `${name}: wink-nlp was bundled but its ${file} was not patched (moved or renamed by a wink-nlp update?)` }] } : undefined));
    },
  };
}

/** Bundles wink-nlp's cache.js patched by `patchWinkCache` (used with `__WINK_MAP_HASH__: 'true'`). */
export const winkMapHash: Plugin = winkFilePatch('wink-map-hash', 'src/cache.js', /[\\/]wink-nlp[\\/]src[\\/]cache\.js$/, patchWinkCache);

/** The one regular expression literal wink-nlp's tokenizer evaluates per raw token (a space run or a word). */
const WINK_NBSP_TEST = 'const hasNBSP = ( /[\\u00a0\\u2002-\\u2005\\u2009\\u200a\\u202f\\u205f]/ ).test( t );';
/** Where the hoisted pattern is declared: before the tokenizer's per-text function. */
const WINK_TOKENIZE_START = 'var tokenize = function ( doc, text ) {';

/** wink-nlp's tokenizer splits the whole text into raw tokens before reading the first. */
const WINK_RAW_TOKENS = `    rawTokens = text.split( rgxSplitter );

    // Now process each raw token.
    for ( p = 0; p < rawTokens.length; p += 1 ) {
      t = rawTokens[ p ];`;

/**
 * The source of the splitter pattern the English model gives wink-nlp's tokenizer: a run of
 * spaces (ordinary, no-break, en/em-width, thin, hair, narrow no-break, medium mathematical) or a
 * run of line feeds, carriage returns and tabs, captured so that `split` keeps the runs.
 */
export const WINK_SPLITTER_SOURCE = String.raw`([ \u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]+|[\n\r\t]+)`;

/**
 * The raw-token loop read one token at a time (scale46): with the model's splitter, a scan by
 * char codes gives the same pieces, in the same order, as `split` (each piece is a run of the
 * splitter's first class, a run of its second, or a run of neither); any other splitter keeps
 * `split`. `split` made an array of every raw token of the text at once (≈ 26 bytes per
 * character of «It said yes.» text), alive until the last token was read, so on long texts it
 * outlived young collections and was copied and promoted; one piece at a time dies young.
 */
const WINK_RAW_TOKENS_ONE_BY_ONE = `    if ( !splitOneByOne ) rawTokens = text.split( rgxSplitter );
    var at = 0;
    var end;

    // Now process each raw token.
    for ( p = 0; splitOneByOne ? at < text.length : p < rawTokens.length; p += 1 ) {
      if ( splitOneByOne ) {
        end = rawTokenEnd( text, at );
        t = text.slice( at, end );
        at = end;
      } else t = rawTokens[ p ];`;

/** The splitter test and scan `WINK_RAW_TOKENS_ONE_BY_ONE` reads, made with the tokenizer. */
const WINK_RAW_TOKEN_SCAN = `var splitOneByOne = rgxSplitter.source === ${JSON.stringify(WINK_SPLITTER_SOURCE)} && rgxSplitter.flags === '';
  // 1: a space of the splitter's first class, 2: a line break or tab, 0: neither.
  var splitterClass = function ( c ) {
    if ( c > 32 ) return ( c >= 0xa0 && ( c === 0xa0 || ( c >= 0x2002 && c <= 0x2005 ) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f ) ) ? 1 : 0;
    return c === 32 ? 1 : ( c === 10 || c === 13 || c === 9 ) ? 2 : 0;
  };
  // Whether the raw token \`rawTokenEnd\` last read has a no-break space: one of the first class
  // that is not U+0020 (only a run of that class can hold one).
  var rawNoBreak = false;
  // The end of the raw token that starts at \`at\`: the run of its first unit's class.
  var rawTokenEnd = function ( text, at ) {
    var c = text.charCodeAt( at );
    var kind = splitterClass( c );
    var noBreak = kind === 1 && c !== 32;
    var end = at + 1;
    while ( end < text.length && splitterClass( c = text.charCodeAt( end ) ) === kind ) {
      if ( c !== 32 && kind === 1 ) noBreak = true;
      end += 1;
    }
    rawNoBreak = noBreak;
    return end;
  };
  `;

/**
 * wink-nlp's tokenizer.js with its no-break-space test read from one pattern made when the
 * tokenizer is created, and its raw tokens read one at a time (`WINK_RAW_TOKENS_ONE_BY_ONE`). A
 * regular expression literal is a new object at every evaluation: the literal in the per-token
 * loop allocated one per raw token (about 6 % of the bytes a steady-state analysis allocates).
 * The pattern has no `g`/`y` flag, so `test` neither reads nor writes `lastIndex` state between
 * calls: the results are the same. With the model's splitter the raw-token scan already read each
 * character of the token, so it also tells whether a space run holds a no-break space (the
 * pattern's characters are the splitter's first class less U+0020, so no other run can hold one):
 * the pattern test per raw token (a word or a space run, ≈ 2 per word) is left for other splitters.
 * Throws when the source is not the one the patch was written for (a new wink-nlp version).
 */
export function patchWinkTokenizer(source: string): string {
  for (const from of [WINK_NBSP_TEST, WINK_TOKENIZE_START, WINK_RAW_TOKENS]) {
    const at = source.indexOf(from);
    if (at < 0 || source.indexOf(from, at + 1) >= 0) throw new Error(`wink-nlp's tokenizer.js changed: expected "${from}" exactly once`);
  }
  return source
    .replace(WINK_NBSP_TEST, 'const hasNBSP = splitOneByOne ? rawNoBreak : rgxNoBreakSpace.test( t );')
    .replace(WINK_RAW_TOKENS, () => WINK_RAW_TOKENS_ONE_BY_ONE)
    .replace(WINK_TOKENIZE_START, () => `var rgxNoBreakSpace = /[\\u00a0\\u2002-\\u2005\\u2009\\u200a\\u202f\\u205f]/;\n  ${WINK_RAW_TOKEN_SCAN}${WINK_TOKENIZE_START}`);
}

/** Bundles wink-nlp's tokenizer.js patched by `patchWinkTokenizer`. */
export const winkTokenizerPattern: Plugin = winkFilePatch('wink-tokenizer-pattern', 'src/tokenizer.js', /[\\/]wink-nlp[\\/]src[\\/]tokenizer\.js$/, patchWinkTokenizer);

/**
 * wink-nlp's recursive tokenizer (a word glued to punctuation it could not split otherwise) tries
 * its regular expressions in order, passing each piece on with the rest of the list: a new copy
 * (`regexes.slice( 1 )`) per piece and level (≈ 17 KB per analysis of a news article, perf52).
 * The patched one passes the index of the first regular expression left instead, over the one
 * list. (The entry's third argument, the preceding spaces, was never read: the function took two.)
 */
const WINK_RECURSIVE_TOKENIZER_PATCHES: ReadonlyArray<readonly [string, string]> = [
  ['  var tokenizeTextRecursively = function ( text, regexes ) {', '  var tokenizeTextRecursively = function ( text, regexes, from ) {'],
  ['    if ( !regexes.length ) {', '    if ( from >= regexes.length ) {'],
  ['    var rgx = regexes[ 0 ];', '    var rgx = regexes[ from ];'],
  ['        tokenizeTextRecursively( tokens[ i ], regexes.slice( 1 ) );', '        tokenizeTextRecursively( tokens[ i ], regexes, from + 1 );'],
  ['    tokenizeTextRecursively( text, rgxs, precedingSpaces );', '    tokenizeTextRecursively( text, rgxs, 0 );'],
];

/**
 * wink-nlp's recursive-tokenizer.js patched by `WINK_RECURSIVE_TOKENIZER_PATCHES`: the same
 * pieces, in the same order. Throws when the source is not the one the patch was written for.
 */
export function patchWinkRecursiveTokenizer(source: string): string {
  let out = source;
  for (const [from, to] of WINK_RECURSIVE_TOKENIZER_PATCHES) {
    const parts = out.split(from);
    if (parts.length !== 2) throw new Error(`wink-nlp's recursive-tokenizer.js changed: expected "${from.trim()}" exactly once`);
    out = parts.join(to);
  }
  // (another use of the list in the code, past the four patched, would still read it from its start)
  if ((out.replace(/^\s*(?:\/\/|\*|\/\*).*$/gm, '').match(/\bregexes\b/g) ?? []).length !== 4) throw new Error("wink-nlp's recursive-tokenizer.js changed: the regular expressions are read elsewhere");
  return out;
}

/** Bundles wink-nlp's recursive-tokenizer.js patched by `patchWinkRecursiveTokenizer`. */
export const winkRecursiveTokenizer: Plugin = winkFilePatch('wink-recursive-tokenizer', 'src/recursive-tokenizer.js', /[\\/]wink-nlp[\\/]src[\\/]recursive-tokenizer\.js$/, patchWinkRecursiveTokenizer);

/**
 * The tables `recognize` reads instead of the automaton's objects: one `Map` of transitions per
 * state, each key as text and, when it is a number's canonical text, as that number too (the
 * library's machines, sentences and parts of speech, read numbers: `obj[7]` reads key '7'); the
 * `otherwise` state and the terminal name per state in arrays. Made on the first `recognize`
 * after `importJSON` or `learn`, which drop them. (An event named like a member of
 * `Object.prototype`, which only text-mode machines could see, no longer reads that member.)
 *
 * For a token that is a 32-bit integer (every token of the library's machines), the same
 * transitions in one `Int32Array` by state and column, the column of a key found in a small
 * open-addressed table of the machine's integer keys (read in `recognize`): a `Map` probe per token and
 * machine, ≈ 75 instructions, was ≈ 5 % of reading a document (three machines, ≈ 3,200 probes per
 * news article, perf68). Made only when the table stays small (`DENSE_LIMIT` entries) and every
 * state a transition leads to that is not terminal has its row, so that a token reads what the
 * `Map`s give; otherwise, and for any other token, the `Map`s.
 */
const WINK_AUTOMATON_ROWS = [
  '  var rows = null, otherwiseAt = null, terminalAt = null;',
  '  var DENSE_LIMIT = 1 << 16;',
  '  var keySlots = null, keyColumns = null, keyShift = 0, columns = 0, nextAt = null;',
  '  var compileDense = function ( columnOf, states ) {',
  '    columns = columnOf.size;',
  '    if ( columns === 0 || !( states * columns <= DENSE_LIMIT ) || rows[ root ] === undefined ) return;',
  '    for ( const s in fsm ) {',
  '      for ( const [ key, to ] of rows[ s ] ) {',
  '        if ( typeof key === \'number\' && ( to !== ( to | 0 ) || ( to !== root && !terminalAt[ to ] && rows[ to ] === undefined ) ) ) return; // eslint-disable-line no-bitwise',
  '      }',
  '    }',
  '    var bits = 3;',
  '    while ( ( 1 << bits ) < columns * 4 ) bits += 1; // eslint-disable-line no-bitwise',
  '    keySlots = new Int32Array( 1 << bits ); // eslint-disable-line no-bitwise',
  '    keyColumns = new Int32Array( 1 << bits ).fill( -1 ); // eslint-disable-line no-bitwise',
  '    keyShift = 32 - bits;',
  '    for ( const [ key, c ] of columnOf ) {',
  '      let h = Math.imul( key, -1640531535 ) >>> keyShift; // eslint-disable-line no-bitwise',
  '      while ( keyColumns[ h ] >= 0 ) h = ( h + 1 ) & ( keySlots.length - 1 ); // eslint-disable-line no-bitwise',
  '      keySlots[ h ] = key;',
  '      keyColumns[ h ] = c;',
  '    }',
  '    nextAt = new Int32Array( states * columns );',
  '    for ( const s in fsm ) {',
  '      for ( const [ key, to ] of rows[ s ] ) if ( columnOf.has( key ) ) nextAt[ ( Number( s ) * columns ) + columnOf.get( key ) ] = to;',
  '    }',
  '  };',
  '  var compileRows = function () {',
  '    rows = []; otherwiseAt = []; terminalAt = []; nextAt = null;',
  '    var columnOf = new Map(), states = 0;',
  '    for ( const s in fsm ) {',
  '      const row = new Map();',
  '      for ( const e in fsm[ s ] ) {',
  '        row.set( e, fsm[ s ][ e ] );',
  '        if ( String( Number( e ) ) === e ) {',
  '          row.set( Number( e ), fsm[ s ][ e ] );',
  '          if ( Number( e ) === ( Number( e ) | 0 ) && !columnOf.has( Number( e ) ) ) columnOf.set( Number( e ), columnOf.size ); // eslint-disable-line no-bitwise',
  '        }',
  '      }',
  '      rows[ s ] = row;',
  '      otherwiseAt[ s ] = fsm[ s ][ otherwise ];',
  '      states = Math.max( states, Number( s ) + 1 );',
  '    }',
  '    for ( const s in terminalStates ) terminalAt[ s ] = terminalStates[ s ];',
  '    compileDense( columnOf, states );',
  '  };',
].join('\n');

/**
 * Replacements in wink-nlp's automaton.js (each statement occurs once). `recognize` runs per token
 * of every document for each sentence and part-of-speech machine, and read `fsm[ state ][ t ]`,
 * `terminalStates[ ns ]` and `fsm[ state ][ otherwise ]` from null-prototype objects keyed by
 * numbers up to 2,070,003 (dictionary elements, megamorphic keyed loads: ≈ 1.5 M instructions
 * of a 20 M analysis, bench/HISTORY.md perf44).
 */
const WINK_AUTOMATON_PATCHES: ReadonlyArray<readonly [string, string]> = [
  ['  var terminalStates = Object.create( null );\n', `  var terminalStates = Object.create( null );\n${WINK_AUTOMATON_ROWS}\n`],
  ['  var learnSinglePattern = function ( name, pattern, mark, customProperty ) {\n', '  var learnSinglePattern = function ( name, pattern, mark, customProperty ) {\n    rows = null;\n'],
  ['    customPropertyAtStates = model[ 5 ];\n', '    customPropertyAtStates = model[ 5 ];\n    rows = null;\n'],
  [
    '  var recognize = function ( tokens, transformToken, param ) {\n',
    '  var recognize = function ( tokens, transformToken, param ) {\n    if ( rows === null ) compileRows();\n    var dense = nextAt, slots = keySlots, slotColumns = keyColumns, shift = keyShift, width = columns, slotMask = dense === null ? 0 : slots.length - 1, h = 0, c = 0;\n',
  ],
  [
    'ns = fsm[ state ][ t ] || root;',
    [
      'if ( dense !== null && typeof t === \'number\' && t === ( t | 0 ) ) { // eslint-disable-line no-bitwise',
      '          h = Math.imul( t, -1640531535 ) >>> shift; // eslint-disable-line no-bitwise',
      '          while ( ( c = slotColumns[ h ] ) >= 0 && slots[ h ] !== t ) h = ( h + 1 ) & slotMask; // eslint-disable-line no-bitwise',
      '          ns = c < 0 ? root : ( dense[ ( state * width ) + c ] || root );',
      '        } else ns = rows[ state ].get( t ) || root;',
    ].join('\n'),
  ],
  ['if ( terminalStates[ ns ] ) {', 'if ( terminalAt[ ns ] ) {'],
  ['if ( fsm[ state ][ otherwise ] ) {', 'if ( otherwiseAt[ state ] ) {'],
  ['lastOtherwiseState = fsm[ state ][ otherwise ];', 'lastOtherwiseState = otherwiseAt[ state ];'],
];

/**
 * wink-nlp's automaton.js with `recognize` reading its transitions from the tables of
 * `WINK_AUTOMATON_ROWS`: the same states, so the same patterns at the same tokens. Throws when the
 * source is not the one the patch was written for (a new wink-nlp version): every replaced
 * statement must occur exactly once, and `recognize` may read no other table of the automaton.
 */
export function patchWinkAutomaton(source: string): string {
  let out = source;
  for (const [from, to] of WINK_AUTOMATON_PATCHES) {
    const parts = out.split(from);
    if (parts.length !== 2) throw new Error(`wink-nlp's automaton.js changed: expected "${from.trim()}" exactly once`);
    out = parts.join(to);
  }
  const start = out.indexOf('  var recognize = function');
  const end = out.indexOf('}; // recognize()');
  if (start < 0 || end < start || /\b(?:fsm|terminalStates)\[/.test(out.slice(start, end))) {
    throw new Error("wink-nlp's automaton.js changed: `recognize` still reads the automaton's objects");
  }
  return out.slice(0, start) + withRecognizeLocals(out.slice(start, end)) + out.slice(end);
}

/**
 * The automaton's variables `recognize` reads per token, as `[name, local]`. They live in the
 * automaton's closure; after each call to the transformer (an unknown function) the optimised loop
 * reloads every one of them from the closure's context, per token and machine. Read once into
 * locals at the top of the call (none changes during a `recognize`: `learn`, `importJSON` and
 * `setPatternSwap` are not called from it), the loop keeps them in registers.
 */
const RECOGNIZE_LOCALS: ReadonlyArray<readonly [string, string]> = [
  ['root', 'rootState'],
  ['keyLF', 'lineBreakKey'],
  ['eosToken', 'endToken'],
  ['substitutions', 'swaps'],
  ['cache', 'theCache'],
  ['rows', 'rowsAt'],
  ['terminalAt', 'terminalOf'],
  ['otherwiseAt', 'otherwiseOf'],
  ['pushMatch2Patterns', 'pushMatch'],
];

/**
 * `recognize` (its text up to `}; // recognize()`) with the automaton's variables of
 * `RECOGNIZE_LOCALS` read once into locals after the tables are made: every later use in code
 * (comments are left) reads the local. Throws when a local's name is already used there.
 */
export function withRecognizeLocals(body: string): string {
  const made = '    if ( rows === null ) compileRows();\n';
  const at = body.indexOf(made);
  if (at < 0) throw new Error("wink-nlp's automaton.js changed: `recognize` does not make its tables first");
  const rest = body.slice(at + made.length);
  const names = new RegExp(`\\b(${RECOGNIZE_LOCALS.map(([name]) => name).join('|')})\\b`, 'g');
  const localOf = new Map(RECOGNIZE_LOCALS);
  for (const [, local] of RECOGNIZE_LOCALS) {
    if (new RegExp(`\\b${local}\\b`).test(body)) throw new Error(`wink-nlp's automaton.js changed: \`recognize\` already names ${local}`);
  }
  const renamed = rest
    .split('\n')
    .map((line) => (/^\s*\/\//.test(line) ? line : line.replace(names, (name) => localOf.get(name) ?? name)))
    .join('\n');
  const locals = `    var ${RECOGNIZE_LOCALS.map(([name, local]) => `${local} = ${name}`).join(', ')};\n`;
  return body.slice(0, at + made.length) + locals + renamed;
}

/** Bundles wink-nlp's automaton.js patched by `patchWinkAutomaton`. */
export const winkAutomatonRows: Plugin = winkFilePatch('wink-automaton-rows', 'src/automaton.js', /[\\/]wink-nlp[\\/]src[\\/]automaton\.js$/, patchWinkAutomaton);

/** The properties the model's transformers read through `cache.property`, which the patched cache reads by name. */
const WINK_HINTS = ['sbdHint', 'isAbbrev', 'posHint'];
const WINK_HINT_READ = new RegExp(`cache\\.property\\(([\\w$]+(?:\\[[^\\]]*\\])?),"(${WINK_HINTS.join('|')})"\\)`, 'g');

/**
 * wink-eng-lite-web-model's sentence or part-of-speech transformers (dist/sbd-transformers.js,
 * dist/pos-transformers.js), which run per token of every document, with `cache.property( x, 'posHint' )`
 * read as `cache.posHint( x )` (the patched cache's readers, `WINK_PROPERTY_READERS`). Throws
 * when nothing is replaced or a property read remains (a new model version).
 */
export function patchWinkTransformers(source: string): string {
  const out = source.replace(WINK_HINT_READ, 'cache.$2($1)');
  if (out === source || /\.property\(/.test(out)) throw new Error("wink-eng-lite-web-model's transformers changed: expected only `cache.property(…, hint)` reads");
  if (!out.includes('posHint')) return out;
  const parts = out.split(WINK_POS_TRANSFORMER);
  if (parts.length !== 2) throw new Error("wink-eng-lite-web-model's part-of-speech transformer changed: expected `mapped ? mapped + 108e4 : pos` of the token's posHint");
  return parts.join(`${WINK_POS_TRANSFORMER},transformers[0].hintDelta=108e4`);
}

/**
 * The model's part-of-speech transformer after `patchWinkTransformers`' reads: the rule `patchWinkReadDoc`'s
 * `WINK_POS_HINTED` applies once per document, which it does only for a transformer marked with its `hintDelta` here.
 */
const WINK_POS_TRANSFORMER = 'transformers[0]=function(pos,cache,rawTokens,i){var mapped=cache.posHint(rawTokens[4*i]);return mapped?mapped+108e4:pos}';

const WINK_TRANSFORMERS = /[\\/]wink-eng-lite-web-model[\\/]dist[\\/](?:sbd|pos)-transformers\.js$/;

/**
 * Bundles the model's two transformer files patched by `patchWinkTransformers` (with `winkMapHash`,
 * whose cache has the readers); fails the build when the model's loaders are bundled but the two
 * files were not both patched.
 */
export const winkTransformerHints: Plugin = {
  name: 'wink-transformer-hints',
  setup(build) {
    let patched = 0;
    let modelBundled = false;
    build.onStart(() => {
      patched = 0;
      modelBundled = false;
    });
    build.onLoad({ filter: WINK_TRANSFORMERS }, async (args) => {
      patched++;
      return { contents: patchWinkTransformers(await readFile(args.path, 'utf8')), loader: 'js' };
    });
    build.onLoad({ filter: /[\\/]wink-eng-lite-web-model[\\/]dist[\\/]load-(?:sbd|pos)-model\.js$/ }, () => {
      modelBundled = true;
      return undefined;
    });
    build.onEnd(() => (modelBundled && patched !== 2 ? { errors: [{ text: `wink-transformer-hints: the model's loaders were bundled but ${patched} of its 2 transformer files were patched` }] } : undefined));
  },
};

/**
 * src/document/lexemeListSorted.ts for a bundle: whether the lexeme list of the model the build
 * reads is sorted as `SortedWordIndex` needs (checked here, once), and, at run time, whether the
 * list an engine gets is that same list, by its length and a fingerprint of every 256th word and
 * the last one (comparing 343 strings instead of ordering 87,000). The ES module build reads the
 * model from the installed wink-eng-lite-web-model, which may be a later version than the one
 * built with: then the engine indexes the words in a `Map`, as before.
 */
export const winkLexemeOrder: Plugin = {
  name: 'wink-lexeme-order',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]document[\\/]lexemeListSorted\.ts$/ }, () => ({ contents: lexemeOrderModule(winkLexemeList(), winkSearchedFeatureLists()), loader: 'js' }));
  },
};

/** The lexeme list of the installed wink-eng-lite-web-model. */
export function winkLexemeList(): string[] {
  const data = createRequire(import.meta.url)(WINK_CORE_DATA) as { features: { lexeme: { list: string[] } } };
  return data.features.lexeme.list;
}

/**
 * The installed model's feature lists that src/document/featureListIndex.ts searches by `indexOf`
 * (the ones wink-nlp indexes by value besides the lexemes: `prefix`, `suffix`, `shape`).
 */
export function winkSearchedFeatureLists(): string[][] {
  const data = createRequire(import.meta.url)(WINK_CORE_DATA) as { features: Record<string, { list: string[] }>; packing: { layout: Record<string, number[]> } };
  return Object.keys(data.packing.layout).filter((name) => data.packing.layout[name]![3] === 0).map((name) => data.features[name]!.list);
}

/**
 * The code of `lexemeListSorted` for the model whose lexeme list is `list` and whose other
 * indexed feature lists are `featureLists` (see `winkLexemeOrder`): false for every list when
 * the lexemes are not sorted or a feature list repeats an item (`FeatureListIndex` would then
 * give another index than wink-nlp's hash: the engine builds `Map`s instead).
 */
export function lexemeOrderModule(list: readonly string[], featureLists: readonly (readonly string[])[] = []): string {
  const repeats = featureLists.some((items) => new Set(items).size !== items.length);
  if (repeats || !isSortedWordList(list)) return 'export function lexemeListSorted() {\n  return false;\n}\n';
  const samples: Array<[number, string]> = [];
  for (let k = 0; k < list.length; k += 256) samples.push([k, list[k]!]);
  samples.push([list.length - 1, list[list.length - 1]!]);
  return [
    `const LENGTH = ${list.length};`,
    `const SAMPLES = JSON.parse(${jsonLiteral(JSON.stringify(samples))});`,
    'export function lexemeListSorted(list) {',
    '  return list.length === LENGTH && SAMPLES.every(([k, word]) => list.at(k) === word);',
    '}',
    '',
  ].join('\n');
}

/** src/document/lemmaExceptionTable.ts, which the exception modules of `winkLemmaExceptionTables` load. */
const LEMMA_EXCEPTION_LOOKUP = resolvePath(dirname(fileURLToPath(import.meta.url)), '../src/document/lemmaExceptionTable.ts');

/**
 * wink-eng-lite-web-model's lemmatizer exceptions (wn-noun-, wn-verb- and wn-adjective-exceptions.js,
 * 222 kB of code: one variable per word, then one assignment per exception) bundled as sorted
 * tables searched on demand (src/document/lemmaExceptionTable.ts, written by
 * `lemmaExceptionTableOf` from the evaluated files), and its lemmatizer.js patched to call them
 * (`patchWinkLemmatize`). As null-prototype objects rebuilt from JSON they cost ≈ 26 M instructions
 * of the cold start (bench/HISTORY.md, cold22). The build fails when the lemmatizer is bundled
 * without its three lists, or a list without the lemmatizer (a model update that renames one).
 */
export const winkLemmaExceptionTables: Plugin = {
  name: 'wink-lemma-exception-tables',
  setup(build) {
    let lemmatizers = 0;
    let tables = 0;
    build.onStart(() => {
      lemmatizers = 0;
      tables = 0;
    });
    build.onLoad({ filter: /[\\/]wink-eng-lite-web-model[\\/]dist[\\/]lemmatize\.js$/ }, async (args) => {
      lemmatizers++;
      return { contents: patchWinkLemmatize(await readFile(args.path, 'utf8')), loader: 'js' };
    });
    build.onLoad({ filter: /[\\/]wink-eng-lite-web-model[\\/]dist[\\/]wn-(?:noun|verb|adjective)-exceptions\.js$/ }, (args) => {
      tables++;
      const table = lemmaExceptionTableOf(createRequire(import.meta.url)(args.path) as Record<string, unknown>);
      return { contents: `module.exports = require(${JSON.stringify(LEMMA_EXCEPTION_LOOKUP)}).lemmaExceptionLookup(${JSON.stringify(table)});\n`, loader: 'js' };
    });
    build.onEnd(() => (lemmatizers === 0 && tables === 0) || (lemmatizers === 1 && tables === 3) ? undefined : { errors: [{ text: `wink-lemma-exception-tables: bundled ${lemmatizers} lemmatizer(s) and ${tables} exception list(s), expected 1 and 3` }] });
  },
};

/**
 * A tsup plugin that makes every JavaScript file of a build pure ASCII (`asciiSource` in
 * scripts/asciiSource.ts): V8 compiles a one-byte source faster (the core chunk: about a third
 * less time) and Node decodes it faster.
 */
export const asciiChunks: NonNullable<Options['plugins']>[number] = {
  name: 'ascii-chunks',
  renderChunk(code, info) {
    if (!/\.(?:c|m)?js$/.test(info.path)) return undefined;
    const edits = asciiEdits(code, { sourceType: info.path.endsWith('.cjs') ? 'script' : 'module' });
    // With a source map, its columns move with the edits. tsup would compose a map returned here
    // with esbuild's, keeping only the returned map's mappings; the shifted map replaces
    // esbuild's in place instead (tsup writes `info.map` after the plugins).
    if (info.map && edits.length > 0) info.map = JSON.stringify(shiftSourceMap(typeof info.map === 'string' ? JSON.parse(info.map) : info.map, code, edits));
    const out = applyEdits(code, edits);
    if (!isAscii(out)) throw new Error(`${info.path}: the output is still not ASCII`);
    return { code: out };
  },
};

/**
 * A tsup plugin for the minified ES build: esbuild writes each bundled CommonJS module's wrapper
 * as an arrow in the call of its `__commonJS` helper (`var X=Y((e,t)=>{…})`), which V8 scans and
 * parses more than the same body as a `function` (an arrow's parameters are first read as a
 * parenthesised expression): ≈ 11 M instructions of a cold start (bench/HISTORY.md, cold14).
 * The wrappers become `function`s; their bodies neither read `this` nor `arguments` (esbuild
 * writes an arrow only then), and the helper calls them plainly, so nothing else changes. The
 * chunk's source map is shifted by the edits.
 */
export const commonJsWrappersAsFunctions: NonNullable<Options['plugins']>[number] = {
  name: 'commonjs-wrappers-as-functions',
  renderChunk(code, info) {
    if (!/\.(?:c|m)?js$/.test(info.path)) return undefined;
    const helper = COMMONJS_HELPER.exec(code)?.[1];
    if (helper === undefined) {
      // The helper's `{exports:{}}` without the shape above: esbuild changed its output, and the
      // wrappers would silently stay arrows (scripts/check-package.mjs counts them too).
      if (code.includes('{exports:{}}')) throw new Error(`${info.path}: esbuild's __commonJS helper has a shape commonJsWrappersAsFunctions does not know`);
      return undefined;
    }
    const edits: SourceEdit[] = [];
    for (const m of code.matchAll(wrapperCalls(helper))) {
      const start = m.index + m[0].indexOf('(') + 1;
      edits.push({ start, end: m.index + m[0].length, text: `function(${m[1] ?? m[2] ?? ''}){` });
    }
    if (edits.length === 0) return undefined;
    if (info.map) info.map = JSON.stringify(shiftSourceMap(typeof info.map === 'string' ? JSON.parse(info.map) : info.map, code, edits));
    return { code: applyEdits(code, edits) };
  },
};

/** esbuild's minified `__commonJS` helper: `var Y=(e,t)=>()=>(t||e((t={exports:{}}).exports,t),t.exports)`. */
const COMMONJS_HELPER = /(?:\bvar |,)([\w$]+)=\(([\w$]+),([\w$]+)\)=>\(\)=>\(\3\|\|\2\(\(\3=\{exports:\{\}\}\)\.exports,\3\),\3\.exports\)/;

/** Calls of the helper `name` with an arrow of a block body: `=Y((e,t)=>{` or `=Y(e=>{`. */
function wrapperCalls(name: string): RegExp {
  return new RegExp(`=${name.replaceAll('$', '\\$')}\\((?:\\(([\\w$,]*)\\)|([\\w$]+))=>\\{`, 'g');
}

/**
 * franc-min's trigram profiles (data.js, 180 kB: an object literal of 82 strings), bundled as
 * `JSON.parse` of the same data: a string is scanned much faster than an object literal is
 * parsed, and this code is parsed at import even though franc-min runs on first use (see
 * `lazyLibraries`). Key order (franc iterates the scripts and languages) is kept: no key is
 * integer-like (checked).
 */
export const francDataAsJson: Plugin = {
  name: 'franc-data-as-json',
  setup(build) {
    build.onLoad({ filter: /[\\/]franc-min[\\/]data\.js$/ }, async (args) => {
      const { data } = (await import(pathToFileURL(args.path).href)) as { data: Record<string, Record<string, string>> };
      for (const [script, languages] of Object.entries(data)) {
        for (const key of [script, ...Object.keys(languages)]) if (/^\d+$/.test(key)) throw new Error(`${args.path}: integer-like key ${key}`);
      }
      return { contents: `export const data = JSON.parse(${jsonLiteral(JSON.stringify(data))});\n`, loader: 'js' };
    });
  },
};

/** The AFINN-165 list that src/language/afinnEntries.ts reads. */
const AFINN_LIST = 'sentiment/languages/en/labels.json';

/**
 * src/language/afinnEntries.ts for a bundle: the AFINN-165 pairs as `JSON.parse` of one array
 * instead of an object of 3,382 keys whose entries are then copied (V8 spends most of that on
 * the object's keys). The order is `Object.entries`', which equals the file's order because no
 * word is integer-like (checked).
 */
export const afinnAsEntries: Plugin = {
  name: 'afinn-as-entries',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]language[\\/]afinnEntries\.ts$/ }, () => ({
      contents: `export const AFINN_ENTRIES = JSON.parse(${jsonLiteral(afinnEntriesJson())});\n`,
      loader: 'js',
    }));
  },
};

/** The JSON text of the AFINN-165 pairs, checked to be words with numeric valences in file order. */
export function afinnEntriesJson(): string {
  const list = createRequire(import.meta.url)(AFINN_LIST) as Record<string, unknown>;
  const entries = Object.entries(list);
  for (const [word, valence] of entries) {
    if (typeof valence !== 'number' || /^\d+$/.test(word)) throw new Error(`${AFINN_LIST}: unexpected entry ${JSON.stringify(word)}`);
  }
  return JSON.stringify(entries);
}
