import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lazyLexiconFiles, lazyLexiconModule, lazyLoaderSource } from '../../scripts/coldStartPlugins.js';
import { DEFAULT_LEXICON_LIST } from '../../src/lexicons/defaultLexicons.js';
import { lexiconKind } from '../../src/schema/lexicon.js';

// cold19: the ES module build reads the entries of the lexicons no default analysis uses (the
// gazetteers, precompiled for the entity stage, and the policy frames) from lexicons/ on first read.
const lexiconsDir = new URL('../../lexicons/', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'slantwise-lazy-lexicons-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Evaluates a `lazyLexiconModule` with a stand-in for dist/lazy-libraries.cjs; returns its default export. */
function evaluate(code: string, loader: unknown): Record<string, unknown> {
  const body = code.replace("import lazy from 'slantwise-lazy-loader';", '').replace('export default ', 'return ');
  return new Function('lazy', body)(loader) as Record<string, unknown>;
}

describe('lazyLexiconFiles', () => {
  it('lists the shipped gazetteers and policy frames, and no lexicon a default analysis reads', () => {
    const expected = DEFAULT_LEXICON_LIST.filter((l) => lexiconKind(l) === 'gazetteer' || l.frameSet === 'policy').map((l) => l.id);
    expect(lazyLexiconFiles()).toEqual([...expected].sort());
    expect(lazyLexiconFiles()).toContain('person-names');
    expect(lazyLexiconFiles()).not.toContain('given-names');
    expect(lazyLexiconFiles()).not.toContain('frame-crime');
  });
});

describe('lazyLexiconModule', () => {
  const json = readFileSync(new URL('places.json', lexiconsDir), 'utf8');
  const file = JSON.parse(json) as Record<string, unknown>;

  it('keeps the fields and their order, and reads the entries once, on first read, frozen', () => {
    let reads = 0;
    const lexicon = evaluate(lazyLexiconModule('places', json), { lexiconEntries: { places: () => (reads++, JSON.parse(json).entries) } });
    expect(reads).toBe(0);
    expect(Object.keys(lexicon)).toEqual(Object.keys(file));
    expect(lexicon.id).toBe('places');
    expect(reads).toBe(0);
    expect(lexicon.entries).toEqual(file.entries);
    expect(lexicon.entries).toBe(lexicon.entries);
    expect(reads).toBe(1);
    expect(Object.isFrozen(lexicon.entries)).toBe(true);
    expect(JSON.parse(JSON.stringify(lexicon))).toEqual(file);
  });

  it('refuses a lexicon whose entries are not its last key (the order would change)', () => {
    expect(() => lazyLexiconModule('odd', JSON.stringify({ id: 'odd', entries: [], kind: 'gazetteer' }))).toThrow(/last key/);
  });
});

describe("dist/lazy-libraries.cjs's lexicon entries", () => {
  mkdirSync(join(dir, 'dist'));
  mkdirSync(join(dir, 'lexicons'));
  writeFileSync(join(dir, 'dist/lazy-libraries.cjs'), lazyLoaderSource());
  writeFileSync(join(dir, 'lexicons/places.json'), JSON.stringify({ id: 'places', entries: [{ term: 'Harbour Row' }] }));
  const lazy = createRequire(join(dir, 'dist/x.cjs'))('./lazy-libraries.cjs') as { lexiconEntries: Record<string, () => unknown> };

  it('reads the entries from the package lexicons/ folder', () => {
    expect(lazy.lexiconEntries.places!()).toEqual([{ term: 'Harbour Row' }]);
  });

  it('names a missing lexicon file in a typed error', () => {
    let caught: (Error & { code?: string }) | undefined;
    try {
      lazy.lexiconEntries['organizations']!();
    } catch (e) {
      caught = e as Error & { code?: string };
    }
    expect(caught?.code).toBe('SLANTWISE_LAZY_FILE_MISSING');
    expect(caught?.message).toContain('lexicons/organizations.json is missing');
  });

  it('names a corrupt lexicon file in a typed error, not a bare SyntaxError', () => {
    writeFileSync(join(dir, 'lexicons/person-names.json'), '{"id": "person-names", "entries": [');
    let caught: (Error & { code?: string }) | undefined;
    try {
      lazy.lexiconEntries['person-names']!();
    } catch (e) {
      caught = e as Error & { code?: string };
    }
    expect(caught?.code).toBe('SLANTWISE_LAZY_FILE_CORRUPT');
    expect(caught?.message).toContain('lexicons/person-names.json is corrupt');
  });
});
