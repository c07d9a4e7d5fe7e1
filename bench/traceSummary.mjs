// node bench/traceSummary.mjs trace.txt : per phase of a `--trace-opt --trace-deopt` log (lines
// SNAP k / AFTER k / END, see reducingGc.mjs), the "weak objects" and eager deoptimisations and
// the TurboFan compiles with their summed compile time (wall ms: only the counts mean much under load).
import { readFileSync } from 'node:fs';

const stats = {};
let phase = 'warm-up';
const get = () => (stats[phase] ??= { weak: 0, eager: 0, compiles: 0, ms: 0 });
for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  if (/^(SNAP|AFTER|END)/.test(line)) {
    phase = line.trim();
    continue;
  }
  const s = get();
  if (line.includes('reason: weak objects')) s.weak++;
  else if (line.startsWith('[bailout')) s.eager++;
  const m = line.match(/^\[completed compiling .*\(target TURBOFAN\).* took ([\d.]+), ([\d.]+), ([\d.]+) ms/);
  if (m) {
    s.compiles++;
    s.ms += Number(m[1]) + Number(m[2]) + Number(m[3]);
  }
}
for (const [k, v] of Object.entries(stats)) console.log(k.padEnd(10), `weak ${v.weak} eager ${v.eager} compiles ${v.compiles} compile-ms ${v.ms.toFixed(0)}`);
