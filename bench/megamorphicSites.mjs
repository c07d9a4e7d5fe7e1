/**
 * Lists the library's megamorphic inline-cache misses by source line: reads a `node --log-ic`
 * log and maps each IC entry whose new state is megamorphic (`N`) to its line in src through
 * the built chunk's source map (the minified chunk's own lines say nothing).
 *
 * Why: a megamorphic load or store sees too many hidden classes at one site (objects made by
 * spreads, or with keys added in varying order); the misses that reach the runtime show in the
 * log, one line each. The stub-cache hits (`LoadIC_Megamorphic` in a cachegrind run) do not: a
 * site listed here is a candidate, its cost is measured by cachegrind.
 *
 * Usage (perf32/perf35):
 *   node --log-ic --logfile=ic.log --no-logfile-per-isolate run.js 40   # run.js: import dist + 40 analyses
 *   node bench/megamorphicSites.mjs ic.log path/to/dist [top]
 */
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';

const [, , log, distDir, top = '60'] = process.argv;
const maps = new Map();
/** The source map of a dist file, or null. */
const mapOf = (file) => {
  if (!maps.has(file)) {
    try {
      maps.set(file, new SourceMap(JSON.parse(readFileSync(`${distDir}/${file}.map`, 'utf8'))));
    } catch {
      maps.set(file, null);
    }
  }
  return maps.get(file);
};
const codes = []; // [start, end, name] of each code object, in creation order
const counts = new Map();
for (const line of readFileSync(log, 'utf8').split('\n')) {
  const f = line.split(',');
  if (f[0] === 'code-creation') {
    const start = parseInt(f[4], 16);
    codes.push([start, start + Number(f[5]), f.slice(6).join(',')]);
  } else if (f[0].endsWith('IC') && f[6] === 'N') {
    const pc = parseInt(f[1], 16);
    let name = '?';
    // the last code object created at the address wins (code is re-created in place)
    for (let i = codes.length - 1; i >= 0; i--) if (pc >= codes[i][0] && pc < codes[i][1]) { name = codes[i][2]; break; }
    const chunk = /dist\/([\w.-]+\.js)/.exec(name);
    let where;
    if (chunk) {
      const entry = mapOf(chunk[1])?.findEntry(Number(f[3]) - 1, Number(f[4]));
      where = entry?.originalSource ? `${entry.originalSource.replace(/.*\/src\//, 'src/')}:${entry.originalLine + 1}` : `${chunk[1]}:${f[3]}`;
    } else if (/node_modules/.test(name)) where = `dep ${/node_modules\/([\w.-]+)/.exec(name)?.[1]}:${f[3]}`;
    else continue; // node's own code
    const key = `${f[0]} ${where} key=${f[8]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
}
let total = 0;
for (const n of counts.values()) total += n;
console.log('megamorphic entries', total);
for (const [key, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) console.log(n, key);
