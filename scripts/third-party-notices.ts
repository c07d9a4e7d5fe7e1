// Writes THIRD_PARTY_NOTICES.md: every third-party package whose code or data is bundled into
// dist/, with its version, licence and licence text, and the data sets that ship inside the
// bundled lexicons. Runs as part of `npm run build`, from the records the build leaves in
// node_modules/.cache/slantwise-bundled (see tsup.config.ts), so the notice follows the bundles.
// A package counts as bundled into an entry when the entry's file or a chunk it loads holds it.
//
//   tsx scripts/third-party-notices.ts          write the file
//   tsx scripts/third-party-notices.ts --check  exit 1 when the file is missing or stale
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAZY_LIBRARY_ENTRIES } from './coldStartPlugins.js';
import { LAZY_GROUPS } from './lazyGroups.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RECORDS = join(root, 'node_modules/.cache/slantwise-bundled');
const NOTICE = join(root, 'THIRD_PARTY_NOTICES.md');

/** A bundled package: where it is, and which dist files carry it. */
export interface BundledPackage {
  name: string;
  version: string;
  license: string;
  homepage: string;
  licenseText: string;
  outputs: string[];
}

/** The package directory of a bundled input path (`node_modules/a/node_modules/@s/b/x.js` → `node_modules/a/node_modules/@s/b`). */
export function packageDir(input: string): string {
  const at = input.lastIndexOf('node_modules/');
  const rest = input.slice(at + 'node_modules/'.length).split('/');
  const depth = rest[0]!.startsWith('@') ? 2 : 1;
  return input.slice(0, at) + ['node_modules', ...rest.slice(0, depth)].join('/');
}

/** Reads the build records: package directory → dist files it is bundled into. */
export function readBundleRecords(dir = RECORDS): Map<string, Set<string>> {
  if (!existsSync(dir)) throw new Error(`${dir} not found: run the build (npm run build) first`);
  const byPackage = new Map<string, Set<string>>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
    const outputs = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, string[]>;
    for (const [output, inputs] of Object.entries(outputs)) {
      for (const input of inputs) {
        const pkg = packageDir(input);
        if (!byPackage.has(pkg)) byPackage.set(pkg, new Set());
        byPackage.get(pkg)!.add(output);
      }
    }
  }
  return byPackage;
}

function licenseText(dir: string): string {
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  return file ? readFileSync(join(dir, file), 'utf8').replace(/\r\n/g, '\n').trim() : '';
}

/**
 * The files the Node entries load on first use: the libraries (dist/html-libraries.cjs, …; see
 * lazyLibraryFiles) and the lazy groups of our own code (dist/comparison-library.cjs, …; see
 * scripts/lazyGroups.ts), which the CLI runs as much as the library does.
 */
const LAZY_FILES = new Set([...Object.keys(LAZY_LIBRARY_ENTRIES), ...LAZY_GROUPS.map((g) => g.file)].map((f) => `${f}.cjs`));

/**
 * What each entry file is, for the notice (the records list entries with the chunks they load).
 * A lazy library file is `require`d at run time through dist/lazy-libraries.cjs by the chunks every
 * Node entry shares, which esbuild's records cannot see: it ships with the CLI and the Node library.
 */
function describeOutput(output: string): string[] {
  const base = output.replace(/^dist\//, '');
  if (base === 'slantwise.browser.js') return ['browser bundle'];
  if (base === 'cli.js') return ['CLI'];
  if (LAZY_FILES.has(base)) return ['CLI', 'library (Node)'];
  return ['library (Node)'];
}

export function bundledPackages(records = readBundleRecords()): BundledPackage[] {
  return [...records]
    .map(([dir, outputs]) => {
      const abs = join(root, dir);
      const pkg = JSON.parse(readFileSync(join(abs, 'package.json'), 'utf8')) as { name: string; version: string; license?: string; homepage?: string; repository?: string | { url?: string } };
      const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url ?? '';
      return {
        name: pkg.name,
        version: pkg.version,
        license: pkg.license ?? 'UNKNOWN',
        homepage: pkg.homepage ?? repo.replace(/^git\+/, '').replace(/\.git$/, ''),
        licenseText: licenseText(abs),
        outputs: [...new Set([...outputs].flatMap(describeOutput))].sort(),
      };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Data inside bundled code or lexicons whose terms differ from (or add to) the package's own
 * licence. Kept by hand: a package.json cannot say it. Each is checked against the bundle
 * records (`when`), so a notice is printed only while the data ships.
 */
const DATA_NOTICES: { when: (names: Set<string>) => boolean; title: string; text: string }[] = [
  {
    when: (names) => names.has('sentiment'),
    title: 'AFINN-165 word list (in `sentiment`)',
    text: [
      'The sentiment scores use the AFINN-165 word list by Finn Årup Nielsen (Technical University of',
      'Denmark), read from `sentiment/languages/en/labels.json` and bundled as data. The `sentiment`',
      'package is MIT-licensed; the AFINN word list itself is distributed by its author under the Open',
      'Database License:',
      '',
      'Contains information from AFINN (https://github.com/fnielsen/afinn), which is made available',
      'here under the Open Database License (ODbL) v1.0: https://opendatacommons.org/licenses/odbl/1-0/',
    ].join('\n'),
  },
  {
    when: () => existsSync(join(root, 'lexicons/hedges.json')),
    title: '`hedges` lexicon (entries from the `hedges` and `weasels` word lists)',
    text: [
      'Entries of `lexicons/hedges.json` were selected from the npm packages hedges@2.0.1 and',
      'weasels@2.0.1 (see lexicons/README.md), which are published under the MIT License:',
      '',
      '(The MIT License)',
      '',
      'Copyright (c) 2014 Titus Wormer',
      '',
      'Permission is hereby granted, free of charge, to any person obtaining a copy of this software and',
      'associated documentation files (the "Software"), to deal in the Software without restriction,',
      'including without limitation the rights to use, copy, modify, merge, publish, distribute,',
      'sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is',
      'furnished to do so, subject to the following conditions:',
      '',
      'The above copyright notice and this permission notice shall be included in all copies or',
      'substantial portions of the Software.',
      '',
      'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT',
      'NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND',
      'NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,',
      'DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT',
      'OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.',
    ].join('\n'),
  },
];

export function renderNotice(packages: BundledPackage[]): string {
  const names = new Set(packages.map((p) => p.name));
  const data = DATA_NOTICES.filter((d) => d.when(names));
  const lines = [
    '# Third-party notices',
    '',
    'slantwise is MIT-licensed (see LICENSE). Its build bundles code and data from the packages',
    'below into the files in `dist/`; their licences and notices follow. Packages that are installed',
    'as dependencies (not bundled) carry their own licences in `node_modules`.',
    '',
    'Generated by `scripts/third-party-notices.ts` during `npm run build` from the list of files each',
    'bundle contains; do not edit by hand.',
    '',
    '| package | version | licence | bundled into |',
    '| --- | --- | --- | --- |',
    ...packages.map((p) => `| [${p.name}](${p.homepage}) | ${p.version} | ${p.license} | ${p.outputs.join(', ')} |`),
    '',
  ];
  for (const d of data) lines.push(`## ${d.title}`, '', d.text, '');
  for (const p of packages) {
    lines.push(`## ${p.name} ${p.version} (${p.license})`, '', p.licenseText ? ['```text', p.licenseText, '```'].join('\n') : `No licence file in the package; package.json declares ${p.license}.`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = renderNotice(bundledPackages());
  if (process.argv.includes('--check')) {
    const current = existsSync(NOTICE) ? readFileSync(NOTICE, 'utf8') : '';
    if (current !== text) {
      console.error('THIRD_PARTY_NOTICES.md is stale: run `npm run build` (it rewrites the file) and commit it');
      process.exit(1);
    }
  } else {
    writeFileSync(NOTICE, text);
  }
}
