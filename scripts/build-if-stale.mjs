// Builds dist/ only when it is missing or older than what it is built from, so that `npm run demo`
// and `npm run examples` reuse a fresh build (a build takes tens of seconds; this check, a few ms).
//
//   node scripts/build-if-stale.mjs            build quietly if needed
//   node scripts/build-if-stale.mjs --status   print "fresh" or why a build is needed, build nothing
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** What the build makes; all must exist. */
const OUTPUTS = ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/node.js', 'dist/node.cjs', 'dist/node-worker.js', 'dist/cli.js', 'dist/slantwise.browser.js', 'dist/schema/article-analysis.schema.json'];
/** What the build reads: a change to any of them makes dist stale. */
const INPUTS = ['src', 'lexicons', 'scripts/json-schema.ts', 'scripts/third-party-notices.ts', 'tsup.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json'];

function newestMtime(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return { mtime: st.mtimeMs, path };
  let newest = { mtime: st.mtimeMs, path };
  for (const entry of readdirSync(path)) {
    const n = newestMtime(join(path, entry));
    if (n.mtime > newest.mtime) newest = n;
  }
  return newest;
}

/** Why dist needs a build, or null when it is fresh. */
export function staleReason(dir = root) {
  const missing = OUTPUTS.find((o) => !existsSync(join(dir, o)));
  if (missing) return `${missing} is missing`;
  const built = Math.min(...OUTPUTS.map((o) => statSync(join(dir, o)).mtimeMs));
  for (const input of INPUTS) {
    const path = join(dir, input);
    if (!existsSync(path)) continue;
    const n = newestMtime(path);
    if (n.mtime > built) return `${n.path.slice(dir.length).replace(/^\//, '')} changed after the last build`;
  }
  return null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const reason = staleReason();
  if (process.argv.includes('--status')) console.log(reason ?? 'fresh');
  else if (reason) {
    process.stderr.write(`building dist/ (${reason})...\n`);
    execFileSync('npm', ['run', '--silent', 'build:quiet'], { cwd: root, stdio: 'inherit' });
  }
}
