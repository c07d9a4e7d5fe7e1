/**
 * Builds bench/stagesProfile.ts (which imports the library's internal stages) with tsup into
 * node_modules/.cache/slantwise-bench/stagesProfile.js and returns that file's path. The sources
 * cannot run under tsx directly (the bundled AFINN list has a key named "await").
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';

const WINK_CORE_DATA = 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';

/** wink's core data through a CommonJS file next to the bundle (see winkCoreDataFromPackage in scripts/coldStartPlugins.ts). */
function winkCoreData(out) {
  return {
    name: 'wink-core-data',
    setup(build) {
      build.onResolve({ filter: /eng-core-web-model\.json$/ }, () => ({ path: './wink-core-data.cjs', external: true }));
      build.onEnd(() => writeFileSync(`${out}/wink-core-data.cjs`, `module.exports = require('${WINK_CORE_DATA}');\n`));
    },
  };
}

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
    // wink's core data through a CommonJS file next to the bundle, as in the package build.
    noExternal: [/eng-core-web-model\.json$/, /^sentiment\/languages\//, /^natural\/lib\/natural\/distance\//],
    esbuildPlugins: [winkCoreData(out)],
  });
  return `${out}/stagesProfile.js`;
}
