import { Command, CommanderError, Option } from 'commander';
import { analyzeArticle } from '../analyzeArticle.js';
import { compareArticles } from '../compare/compareArticles.js';
import { formatComparisonTable } from './formatComparisonTable.js';
import { SlantwiseError, SlantwiseLexiconError } from '../errors.js';
import { DEFAULT_LEXICON_LIST } from '../lexicons/defaultLexicons.js';
import { summarizeLexicons } from '../lexicons/describeLexicons.js';
import { validateLexicon } from '../lexicons/validateLexicon.js';
import { readFileSync } from 'node:fs';
import { textTable } from './textTable.js';
import type { ArticleAnalysis } from '../schema/articleAnalysis.js';
import { LIBRARY } from '../version.js';
import { formatAnalysisTable } from './formatAnalysisTable.js';
import { readInputs } from './readInputs.js';

/** Where the CLI writes and reads; the real process streams, or buffers in tests. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => string;
}

/** Exit codes: 0 all good, 1 some records could not be analysed, 2 usage or I/O error. */
export const EXIT = { ok: 0, recordErrors: 1, usage: 2 } as const;

/** A record that could not be analysed, in the place its result would have had. */
export interface ErrorRecord {
  id?: string;
  source: string;
  line?: number;
  error: string;
}

function readLexiconFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new SlantwiseLexiconError(path, [{ path: 'file', message: err.code === 'ENOENT' ? 'no such file' : `not valid JSON (${err.message})` }]);
  }
}

function analyzeInputs(inputs: string[], io: CliIO, lexicons: unknown[]): (ArticleAnalysis | ErrorRecord)[] {
  const options = lexicons.length > 0 ? { lexicons } : undefined;
  return readInputs(inputs, io.readStdin).map((r) => {
    const where = { source: r.source, ...(r.line ? { line: r.line } : {}) };
    if (!r.ok) return { ...where, error: r.error };
    try {
      return analyzeArticle(r.record as never, options);
    } catch (e) {
      if (!(e instanceof SlantwiseError)) throw e;
      const id = typeof r.record.id === 'string' ? r.record.id : undefined;
      return { ...(id ? { id } : {}), ...where, error: e.message };
    }
  });
}

function isAnalysis(x: ArticleAnalysis | ErrorRecord): x is ArticleAnalysis {
  return 'schemaVersion' in x;
}

/**
 * Runs the `slantwise` command line with `argv` (without the node and script paths) and
 * returns the exit code.
 */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('slantwise')
    .description('Measure media slant in news articles, with evidence for every number.')
    .version(LIBRARY.version)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError();
  program
    .command('analyze')
    .description('analyse articles and print one result per article')
    .argument('<inputs...>', '.txt/.json/.ndjson files, directories, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'table']).default('json'))
    .option('-l, --lexicon <file...>', 'extra lexicon JSON files (same id replaces a default)')
    .addHelpText(
      'after',
      '\nInputs: a .txt file is one article (its id is the file name); a .json file holds one record or an\narray of records {id, outlet, title, text}; an .ndjson file one record a line; - reads stdin.\n\nExamples:\n  slantwise analyze examples/corpus --format table\n  cat article.txt | slantwise analyze - --format json\n  slantwise analyze records.ndjson > results.json',
    )
    .action((inputs: string[], opts: { format: 'json' | 'table'; lexicon?: string[] }) => {
      const lexicons = (opts.lexicon ?? []).map((f) => validateLexicon(readLexiconFile(f)));
      const results = analyzeInputs(inputs, io, lexicons);
      const failed = results.filter((x): x is ErrorRecord => !isAnalysis(x));
      if (opts.format === 'json') io.stdout(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
      else {
        io.stdout(`${formatAnalysisTable(results.filter(isAnalysis))}\n`);
        for (const f of failed) io.stderr(`error: ${f.source}${f.line ? `:${f.line}` : ''}: ${f.error}\n`);
      }
      exitCode = failed.length > 0 ? EXIT.recordErrors : EXIT.ok;
    });
  program
    .command('compare')
    .description('analyse several articles on one event and compare them side by side')
    .argument('<inputs...>', '.txt/.json/.ndjson files, directories, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'table']).default('table'))
    .option('-l, --lexicon <file...>', 'extra lexicon JSON files (same id replaces a default)')
    .addHelpText('after', '\nPrints the side-by-side table, frame divergence, shared quotations with their wording\ndifferences, discrepancies, omissions, similarity and distinctive terms.\n\nExamples:\n  slantwise compare examples/corpus\n  slantwise compare a.txt b.txt c.txt --format json > comparison.json')
    .action((inputs: string[], opts: { format: 'json' | 'table'; lexicon?: string[] }) => {
      const lexicons = (opts.lexicon ?? []).map((f) => validateLexicon(readLexiconFile(f)));
      const results = analyzeInputs(inputs, io, lexicons);
      const analyses = results.filter(isAnalysis);
      const failed = results.filter((x): x is ErrorRecord => !isAnalysis(x));
      for (const f of failed) io.stderr(`error: ${f.source}${f.line ? `:${f.line}` : ''}: ${f.error}\n`);
      const comparison = compareArticles(analyses);
      if (opts.format === 'json') io.stdout(`${JSON.stringify({ comparison, errors: failed }, null, 2)}\n`);
      else io.stdout(`${formatComparisonTable(analyses, comparison)}\n`);
      exitCode = failed.length > 0 ? EXIT.recordErrors : EXIT.ok;
    });

  const lexicon = program.command('lexicon').description('list the default lexicons or validate lexicon files');
  lexicon
    .command('list')
    .description('list the default lexicons with kind, version, size, license and source')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'table']).default('table'))
    .addHelpText('after', '\nExamples:\n  slantwise lexicon list\n  slantwise lexicon list --format json')
    .action((opts: { format: 'json' | 'table' }) => {
      const rows = summarizeLexicons(DEFAULT_LEXICON_LIST);
      if (opts.format === 'json') io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
      else io.stdout(`${textTable(['id', 'kind', 'version', 'entries', 'license'], rows.map((r) => [r.id, r.kind, r.version, r.entries, r.license.length > 40 ? `${r.license.slice(0, 37)}...` : r.license]))}\n`);
    });
  lexicon
    .command('validate')
    .description('check lexicon JSON files against the lexicon schema')
    .argument('<files...>', 'lexicon JSON files')
    .addHelpText('after', '\nExamples:\n  slantwise lexicon validate my-frames.json\n  slantwise lexicon validate lexicons/*.json')
    .action((files: string[]) => {
      let bad = 0;
      for (const f of files) {
        try {
          const l = validateLexicon(readLexiconFile(f));
          io.stdout(`ok   ${f}: ${l.id}@${l.version}, ${l.entries.length} entries\n`);
        } catch (e) {
          if (!(e instanceof SlantwiseLexiconError)) throw e;
          bad++;
          io.stdout(`FAIL ${f}: ${e.message}\n`);
        }
      }
      exitCode = bad > 0 ? EXIT.recordErrors : EXIT.ok;
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (e instanceof SlantwiseError) {
      io.stderr(`slantwise: ${e.message}\n`);
      return EXIT.usage;
    }
    const err = e as NodeJS.ErrnoException;
    io.stderr(`slantwise: ${err.code === 'ENOENT' ? `no such file: ${err.path}` : err.message}\n`);
    return EXIT.usage;
  }
  return exitCode;
}
