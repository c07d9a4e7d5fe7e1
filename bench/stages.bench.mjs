/**
 * Per-stage profile of analyzeArticle (npm run bench:stages). Builds bench/stagesProfile.ts
 * (which imports the library's internal stages) with tsup into node_modules/.cache, then runs it.
 * Arguments are passed on: node bench/stages.bench.mjs --articles 300 --rounds 5
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = `${root}node_modules/.cache/slantwise-bench`;
mkdirSync(out, { recursive: true });
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
await build({
  config: false,
  silent: true,
  entry: { stagesProfile: `${root}bench/stagesProfile.ts` },
  format: ['esm'],
  outDir: out,
  target: 'node20',
  platform: 'node',
  define: { __SLANTWISE_VERSION__: JSON.stringify(version) },
  external: ['wink-nlp', 'wink-eng-lite-web-model', 'zod', 'natural'],
  noExternal: [/^sentiment\/languages\//, /^natural\/lib\/natural\/distance\//],
});
const run = spawnSync(process.execPath, [`${out}/stagesProfile.js`, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exit(run.status ?? 1);
