// Runs every example script in this folder (CI calls this through `npm run examples`).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const scripts = readdirSync(dir).filter((f) => f.endsWith('.mjs') && f !== 'run-all.mjs').sort();
let failed = 0;
for (const script of scripts) {
  console.log(`\n▶ examples/${script}`);
  const run = spawnSync(process.execPath, [script], { cwd: dir, stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    console.error(`✗ examples/${script} exited with ${run.status}`);
  }
}
console.log(`\nexamples: ${scripts.length - failed} ran, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
