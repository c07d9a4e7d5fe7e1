// Removes the build output and the build's record of bundled files, so that a build starts clean
// and THIRD_PARTY_NOTICES.md lists only what this build bundles.
import { rmSync } from 'node:fs';

for (const dir of ['dist', 'node_modules/.cache/slantwise-bundled']) rmSync(new URL(`../${dir}`, import.meta.url), { recursive: true, force: true });
