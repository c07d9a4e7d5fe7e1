import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lazyLoaderSource } from '../../scripts/coldStartPlugins.js';

// review19 #14: a lazy library file left out of a copied dist or a bundle fails with an error
// that names the file, not a bare MODULE_NOT_FOUND from deep inside an analysis.
const dir = mkdtempSync(join(tmpdir(), 'slantwise-lazy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dist/lazy-libraries.cjs', () => {
  writeFileSync(join(dir, 'lazy-libraries.cjs'), lazyLoaderSource());
  writeFileSync(join(dir, 'franc-library.cjs'), 'exports.ok = true;\n');
  const lazy = createRequire(join(dir, 'x.cjs'))('./lazy-libraries.cjs');

  it('loads a file that is there', () => {
    expect(lazy.francLibrary().ok).toBe(true);
  });

  it('names a missing file in a typed error', () => {
    let caught: (Error & { code?: string }) | undefined;
    try {
      lazy.zodLibrary();
    } catch (e) {
      caught = e as Error & { code?: string };
    }
    expect(caught?.code).toBe('SLANTWISE_LAZY_FILE_MISSING');
    expect(caught?.message).toContain('dist/zod-library.cjs is missing');
  });
});
