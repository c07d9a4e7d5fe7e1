import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';

/**
 * esbuild plugin for every bundle that includes linkedom (bundled for extractArticle). linkedom
 * pulls in two things slantwise never uses: the native `canvas` package when it happens to be
 * installed (linkedom's own shim is used instead), and a CSS parser for <style> sheets
 * (cssomnom, ~200 kB; a stub returns an empty sheet). Used by tsup.config.ts and the browser test.
 */
export const linkedomStubs: Plugin = {
  name: 'linkedom-stubs',
  setup(build) {
    build.onResolve({ filter: /^canvas$/ }, () => ({ path: fileURLToPath(new URL('../node_modules/linkedom/commonjs/canvas-shim.cjs', import.meta.url)) }));
    build.onResolve({ filter: /^cssomnom\/parse$/ }, () => ({ path: fileURLToPath(new URL('./stubs/cssomnom-parse.js', import.meta.url)) }));
  },
};
