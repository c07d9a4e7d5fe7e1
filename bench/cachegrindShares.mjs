/**
 * Splits the instruction count of a cachegrind run of node into what ran the program and what
 * compiled it: TurboFan (the optimising compiler), the parser and bytecode compiler, the regexp
 * compiler, garbage collection, V8's builtins, code JIT-compiled from the program (and from its
 * regular expressions: cachegrind has no symbols for either, `???`), and the rest.
 *
 * Why: with `node --single-threaded` (needed for repeatable counts) TurboFan compiles on the main
 * thread, and the library's code keeps being optimised for the first few thousand analyses of a
 * process. The difference between a long and a short run of a few dozen articles is then mostly
 * compilation (about 64 % of it for 12 articles × 8 − 2 rounds), which moves with inlining
 * decisions rather than with the work a change removes. Compare the `program` lines of two builds
 * (JIT code, builtins, GC) to see what a change does to the work itself.
 *
 * The categories go by symbol name and are approximate: `other` holds libc (malloc, memcpy) and
 * the runtime, which both the compilers and the program call.
 *
 * Usage: node bench/cachegrindShares.mjs cachegrind.out.A [cachegrind.out.B]
 * (files written by `valgrind --tool=cachegrind --cache-sim=no node --single-threaded --predictable …`)
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Categories by function name (C++ symbols of node's binary), first match wins (bench/steadyWindow.mjs uses them too). */
export const CATEGORIES = [
  ['turbofan', /compiler::|turboshaft|Turbofan|InstructionSelector|RegisterAllocat|LiveRange|Scheduler|OptimizedCompilationJob|TranslationArrayBuilder/],
  ['parser/bytecode', /interpreter::|Bytecode|Parser|Scanner|AstNode|AstValueFactory|Compiler::|CodeGenerator|Preparse/],
  ['regexp compiler', /RegExp(?:Compiler|Parser|Node|Builder|BytecodeGenerator|MacroAssembler)|CharacterRange|icu_/],
  ['gc', /Heap|Mark(?:ing|Compact)|Scaveng|Sweep|Evacuat|RecordWrite|Remembered|Minor|Concurrent/],
  ['builtins', /^Builtins_/],
  ['jit code', /^\?\?\?$/],
];
/** What ran the program, as opposed to compiling it. */
export const PROGRAM = new Set(['jit code', 'builtins', 'gc']);

/** Instructions per category of one cachegrind output file. */
function shares(file) {
  const totals = new Map();
  let category = 'other';
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('fn=')) {
      const name = line.slice(3);
      category = CATEGORIES.find(([, re]) => re.test(name))?.[0] ?? 'other';
    } else if (line.length > 0 && line.charCodeAt(0) >= 48 && line.charCodeAt(0) <= 57) {
      const ir = Number(line.slice(line.indexOf(' ') + 1));
      totals.set(category, (totals.get(category) ?? 0) + ir);
    }
  }
  let program = 0;
  let all = 0;
  for (const [c, n] of totals) {
    all += n;
    if (PROGRAM.has(c)) program += n;
  }
  totals.set('program (jit code + builtins + gc)', program);
  totals.set('total', all);
  return totals;
}

/** Prints the categories of the files given on the command line (not when imported for `CATEGORIES`). */
function main() {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: node bench/cachegrindShares.mjs cachegrind.out.A [cachegrind.out.B]');
    process.exit(2);
  }
  const tables = files.map(shares);
  const names = [...new Set(tables.flatMap((t) => [...t.keys()]))];
  const m = (n) => (n / 1e6).toFixed(1).padStart(12);
  console.log(`${'M instructions'.padEnd(36)}${files.map((_, i) => `${'run ' + (i + 1)}`.padStart(12)).join('')}${files.length === 2 ? '    B − A'.padStart(12) : ''}`);
  for (const name of names) {
    const values = tables.map((t) => t.get(name) ?? 0);
    console.log(`${name.padEnd(36)}${values.map(m).join('')}${values.length === 2 ? m(values[1] - values[0]) : ''}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
