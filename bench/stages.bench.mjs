/**
 * Per-stage profile of analyzeArticle (npm run bench:stages): builds bench/stagesProfile.ts and
 * runs it. Arguments are passed on: node bench/stages.bench.mjs --articles 300 --rounds 5
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildStagesProfile } from './buildStagesProfile.mjs';

const file = await buildStagesProfile();
const run = spawnSync(process.execPath, [file, ...process.argv.slice(2)], { stdio: 'inherit', cwd: fileURLToPath(new URL('../', import.meta.url)) });
process.exit(run.status ?? 1);
