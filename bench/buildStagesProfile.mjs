/**
 * Builds bench/stagesProfile.ts (which imports the library's internal stages) with tsup into
 * node_modules/.cache/slantwise-bench/stagesProfile.js and returns that file's path. The sources
 * cannot run under tsx directly (the bundled AFINN list has a key named "await").
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';

export async function buildStagesProfile() {
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
  return `${out}/stagesProfile.js`;
}
