import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readDocument } from '../../src/document/readDocument.js';
import { CAP, COUNT_CANDIDATE, foldedOf, plainToken, posOf, POSSESSIVE, SENTENCE_START, wordUnits, type WordUnits } from '../../src/entities/wordUnits.js';
import { foldName } from '../../src/entities/nameKeys.js';
import fc from 'fast-check';

const unitsOf = (text: string): WordUnits => {
  const doc = readDocument(text);
  return wordUnits(doc, [[0, doc.tokenCount]]);
};
const index = (u: WordUnits, text: string): number => {
  const i = u.text.indexOf(text);
  if (i < 0) throw new Error(`no unit ${text}`);
  return i;
};

describe('wordUnits tokens', () => {
  it('marks a unit capitalised exactly when its text starts with an upper-case letter (read from the document’s cap column)', () => {
    const u = unitsOf('Ólafur and ólafur met Łucja Berg-Vale, éclair-makers and Zorn-style ÉCOLE staff at 9 in Tarn County.');
    for (let i = 0; i < u.length; i++) expect(Boolean(u.flags[i]! & CAP), u.text[i]).toBe(/^\p{Lu}/u.test(u.text[i]!));
    for (const w of ['Ólafur', 'Berg-Vale', 'Zorn-style', 'ÉCOLE', 'Tarn']) expect(u.flags[index(u, w)]! & CAP).toBe(CAP);
    for (const w of ['ólafur', 'éclair-makers', 'staff', '9']) expect(u.flags[index(u, w)]! & CAP).toBe(0);
  });

  it('gives a one-token unit its token, whose strings are the unit’s', () => {
    const u = unitsOf('Ruiz sent Dockers to Marrowvale.');
    for (const w of ['Ruiz', 'Dockers', 'Marrowvale']) {
      const i = index(u, w);
      const t = plainToken(u, i);
      expect(t).toBe(u.token[i]);
      expect(u.doc.value[t]).toBe(u.text[i]);
      expect(u.doc.lower[t]).toBe(u.lower[i]);
      expect(u.doc.lemma[t]).toBe(u.lemma[i]);
      expect(posOf(u, i)).toBe(u.doc.pos[t]);
    }
  });

  it('has no plain token for a hyphen-joined unit; its last token gives the tag', () => {
    const u = unitsOf('Vale hired twenty-six harbour-pilots.');
    for (const w of ['twenty-six', 'harbour-pilots']) {
      const i = index(u, w);
      expect(plainToken(u, i)).toBe(-1);
      expect(u.doc.text.slice(u.start[i]!, u.end[i]!)).toBe(w);
      expect(u.doc.end[u.token[i]!]).toBe(u.end[i]);
      expect(posOf(u, i)).toBe(u.doc.pos[u.token[i]!]);
    }
    expect(u.lemma[index(u, 'harbour-pilots')]).toBe(`harbour-${u.doc.lemma[u.token[index(u, 'harbour-pilots')]!]}`);
    // the tag of «pilots», not of «harbour» or of the hyphen
    expect(posOf(u, index(u, 'harbour-pilots'))).toBe('NOUN');
    expect(posOf(u, index(u, 'hired'))).toBe('VERB');
  });

  it('has no plain token for a unit with curly apostrophes (its lower-case form is straightened)', () => {
    const u = unitsOf('Okafor’s plan won’t pass, Berg said.');
    const s = index(u, '’s');
    expect(plainToken(u, s)).toBe(-1);
    expect(u.lower[s]).toBe("'s");
    const plain = unitsOf("Okafor's plan won't pass, Berg said.");
    const p = index(plain, "'s");
    expect(plainToken(plain, p)).toBe(plain.token[p]);
    expect(plain.doc.lower[plainToken(plain, p)]).toBe("'s");
  });
});

describe('foldedOf', () => {
  it('is foldName of the unit text for every unit, whether it reuses the lower-case form or folds a copy', () => {
    const text = 'The U.S. Harbour Board and Ana Vale-Ruiz’s crew met Mr. Berg, José Núñez, DARA and O’Neill in Tarn County. ' +
      'Ruiz\'s tram, the St. Elm pier (TCHB) and 26 McVale-Okafor clerks went to Ĳssel, Straße and ＡＢＣ on 4-H day; “Vale” said so. U.S.-Tarn talks.';
    const u = unitsOf(text);
    let reused = 0;
    for (let i = 0; i < u.length; i++) {
      const f = foldedOf(u, i);
      expect(f, u.text[i]).toBe(foldName(u.text[i]!));
      if (f === u.lower[i] && u.text[i] !== u.lower[i]) reused++;
    }
    // (the sample has capitalised plain words, the case that takes wink-nlp's lower-case form)
    expect(reused).toBeGreaterThan(5);
  });

  // (perf80: the cases a faster plain-word test must keep)
  it('agrees with foldName on words near the plain-word rule: dots, hyphens, the Kelvin sign, ligatures, accents, digits', () => {
    const text = 'Vale. v.a.l.e -Vale Vale- \u212Aale \uFB01le Ünal ÀB A.B. k9 9k Ruiz\'s x.-y vale VALE vAlE, st. Elm and ſtar.';
    const u = unitsOf(text);
    for (let i = 0; i < u.length; i++) expect(foldedOf(u, i), u.text[i]).toBe(foldName(u.text[i]!));
    // a lower-case plain word takes wink-nlp's lower-case string itself; a word with a digit is folded as before
    expect(foldedOf(u, index(u, 'vale'))).toBe(u.lower[index(u, 'vale')]);
    expect(foldedOf(u, index(u, 'k9'))).toBe('k9');
  });

  it('agrees with foldName on arbitrary words of letters, marks and look-alike capitals', () => {
    const piece = fc.constantFrom('Vale', 'vale', 'V', 'a', 'L', '.', '-', '\u212A', 'É', 'é', 'ß', 'İ', '9', "'s", 'ﬁ', 'Σ', 'ς');
    fc.assert(
      fc.property(fc.array(fc.array(piece, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (words) => {
        const u = unitsOf(`${words.map((w) => w.join('')).join(' ')} said.`);
        for (let i = 0; i < u.length; i++) expect(foldedOf(u, i), u.text[i]).toBe(foldName(u.text[i]!));
      }),
      { numRuns: 150 },
    );
  });
});

describe('wordUnits possessive markers', () => {
  // The marker test reads char codes (perf40); it must answer as the string test it replaced.
  const former = (u: WordUnits, i: number) => {
    const lower = u.lower[i]!;
    return lower.length <= 2 && (lower === "'s" || lower === "'" || (lower === 's' && u.doc.value[u.token[i]! - 1] === "'"));
  };

  it("marks 's, ’s and a lone apostrophe after a plural", () => {
    const u = unitsOf("Vale's levy, Berg’s orchard and the Okafors' tram fare rose.");
    const marked = [...u.text.keys()].filter((i) => u.flags[i]! & POSSESSIVE).map((i) => u.text[i]);
    expect(marked).toEqual(["'s", '’s', "'"]);
  });

  it('marks no word that only starts with s or an apostrophe', () => {
    const u = unitsOf("Ruiz said 'so' as sales slid, and Dara's 'staff' saw it's late: s, 's' and '' stay.");
    for (let i = 0; i < u.length; i++) expect(!!(u.flags[i]! & POSSESSIVE), u.text[i]).toBe(former(u, i));
    for (const w of ['said', 'sales', 'slid', 'staff', 'saw']) expect(u.flags[index(u, w)]! & POSSESSIVE, w).toBe(0);
  });

  // (perf80: the cases a faster marker test must keep: straight and curly marks, a lone s, arbitrary mixes)
  it('answers as the string test for curly and straight marks, a lone s after either apostrophe, and capitals', () => {
    const u = unitsOf("The Okafors’ tram, the Bergs‘ pier, Vale’S fee, VALE'S levy, Ruiz' s and Berg’ s stall, ‘s and ’ alone.");
    for (let i = 0; i < u.length; i++) expect(!!(u.flags[i]! & POSSESSIVE), u.text[i]).toBe(former(u, i));
    expect(u.flags[index(u, 'Okafors')]! & POSSESSIVE).toBe(0);
    expect(u.flags[index(u, 'Okafors') + 1]! & POSSESSIVE).toBe(POSSESSIVE);
  });

  it('answers as the string test on arbitrary mixes of apostrophes, s and words', () => {
    const piece = fc.constantFrom("'", '’', '‘', 's', 'S', "'s", '’s', 'Vale', ' ', ' ', '-', 'ss');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (pieces) => {
        const u = unitsOf(`Berg ${pieces.join('')} tram.`);
        for (let i = 0; i < u.length; i++) expect(!!(u.flags[i]! & POSSESSIVE), u.text[i]).toBe(former(u, i));
      }),
      { numRuns: 200 },
    );
  });
});

describe('wordUnits sentence starts', () => {
  it('keeps the sentence start past opening quotes, brackets and dashes', () => {
    const u = unitsOf('“(Harbour fees rose,” Vale said.');
    expect(u.flags[index(u, 'Harbour')]! & SENTENCE_START).toBe(SENTENCE_START);
    expect(u.flags[index(u, '“')]! & SENTENCE_START).toBe(0);
    for (const dash of ['—', '–', '-', '[', "'", '«']) {
      const d = unitsOf(`${dash} Orchard workers left.`);
      expect(d.flags[index(d, 'Orchard')]! & SENTENCE_START, dash).toBe(SENTENCE_START);
    }
  });

  it('gives no sentence start after an opening mark inside a sentence, and the start of each sentence as the rule says', () => {
    // The rule, spelled out: a sentence's first unit, or the unit after a run of opening marks that starts it.
    const opener = (t: string) => t.length <= 3 && /^[“"‘'«(\[—–-]+$/.test(t);
    const texts = [
      'Vale said “Harbour fees rose” and (Berg) agreed — Ruiz did not.',
      '“— (Harbour fees rose,” Vale said. «Tarn County» left. - Berg-Vale, a pier-hand, quit.',
      "Ruiz's 'staff' left; ' Vale stayed. [Berg] spoke. ... “ ” Harbour Times ran it.",
    ];
    for (const text of texts) {
      const u = unitsOf(text);
      let atStart = true;
      for (let i = 0; i < u.length; i++) {
        if (i === 0 || u.sentence[i] !== u.sentence[i - 1]) atStart = true;
        const isOpener = opener(u.text[i]!);
        expect(u.flags[i]! & SENTENCE_START, `${text} | ${u.text[i]}`).toBe(atStart && !isOpener ? SENTENCE_START : 0);
        if (!isOpener) atStart = false;
      }
    }
    const mid = unitsOf('Vale said “Harbour fees rose” and (Berg) agreed — Ruiz did not.');
    for (const w of ['Harbour', 'Berg', 'Ruiz']) expect(mid.flags[index(mid, w)]! & SENTENCE_START, w).toBe(0);
  });

  it('gives no sentence start to a word after a closing mark or a word', () => {
    const u = unitsOf('Vale said: Harbour fees rose.” Berg left.');
    expect(u.flags[index(u, 'fees')]! & SENTENCE_START).toBe(0);
    expect(u.flags[index(u, 'Harbour')]! & SENTENCE_START).toBe(0);
    expect(u.flags[index(u, 'Berg')]! & SENTENCE_START).toBe(SENTENCE_START);
  });
});

describe('roleForms (role nouns, titles, accused terms by word id)', () => {
  // Written for this test: a gazetteer that makes one more word a role noun.
  const gazetteer = {
    id: 'test-role-forms',
    version: '1.0.0',
    description: 'one more role noun for the roleForms test',
    language: 'en',
    license: 'CC0-1.0',
    source: 'test',
    kind: 'gazetteer',
    entries: [{ term: 'cobbler', category: 'role' }],
  };
  const text = 'The cobblers and two harbour-pilots told Ruiz, a spokeswoman, that the suspects and the cobbler left.';

  it('agrees with the sets for every unit, on the first and a second reading of the words, per lexicon set', async () => {
    const { entityLexicons } = await import('../../src/entities/entityLexicons.js');
    const { resolveLexicons } = await import('../../src/lexicons/resolveLexicons.js');
    const { roleForms, ROLE_LEMMA, ROLE_LOWER } = await import('../../src/entities/entityLabels.js');
    const holds = (lex: ReturnType<typeof entityLexicons>, w: string) => lex.roles.has(w) || lex.titles.has(w) || lex.accused.has(w);
    const plain = entityLexicons(resolveLexicons().all);
    const added = entityLexicons(resolveLexicons([gazetteer]).all);
    const answers = (lex: ReturnType<typeof entityLexicons>) => {
      const u = unitsOf(text);
      const got: string[] = [];
      for (let i = 0; i < u.length; i++) {
        const f = roleForms(u, i, lex);
        expect((f & ROLE_LOWER) !== 0, u.text[i]).toBe(holds(lex, u.lower[i]!));
        expect((f & ROLE_LEMMA) !== 0, u.text[i]).toBe(holds(lex, u.lemma[i]!));
        if (f !== 0) got.push(u.text[i]!);
      }
      return got;
    };
    // Twice each, alternating: the second reading comes from the tables of the first.
    for (let r = 0; r < 2; r++) {
      const p = answers(plain);
      expect(p).toContain('spokeswoman');
      expect(p).toContain('suspects');
      expect(p).not.toContain('cobblers');
      expect(p).not.toContain('Ruiz');
      const a = answers(added);
      // The plural by its lemma only, the singular by both.
      const u = unitsOf(text);
      expect(roleForms(u, index(u, 'cobblers'), added)).toBe(ROLE_LEMMA);
      expect(roleForms(u, index(u, 'cobbler'), added)).toBe(ROLE_LOWER | ROLE_LEMMA);
      expect(roleForms(u, index(u, 'cobbler'), plain)).toBe(0);
      expect(a).toContain('cobbler');
      expect(a).not.toContain('told');
    }
  });
});

describe('wordUnits count candidates', () => {
  it('marks the units a count may start at: numbers off headings, and units with strings of their own', () => {
    const text = 'Twenty-six dockers met 3 clerks.\nVale said twelve growers and 40 pilots left, ‘two’ stayed.';
    const doc = readDocument(text);
    const headingLine = new Uint8Array(doc.lines.length);
    headingLine[0] = 1; // the first line as a heading
    const u = wordUnits(doc, [[0, doc.tokenCount]], headingLine);
    for (let i = 0; i < u.length; i++) {
      const t = plainToken(u, i);
      const expected = !u.heading[i] && (t < 0 || doc.numberWord[t] !== 0);
      expect(Boolean(u.flags[i]! & COUNT_CANDIDATE), u.text[i]).toBe(expected);
    }
    for (const w of ['twelve', '40']) expect(u.flags[index(u, w)]! & COUNT_CANDIDATE, w).toBe(COUNT_CANDIDATE);
    for (const w of ['Twenty-six', '3', 'growers', 'Vale']) expect(u.flags[index(u, w)]! & COUNT_CANDIDATE, w).toBe(0);
  });

  it('finds the same counted groups on a line as a heading or not only when it is not one', () => {
    const text = '12 inspectors quit.\nBerg said 14 inspectors quit.';
    const doc = readDocument(text);
    const plain = wordUnits(doc, [[0, doc.tokenCount]]);
    const headed = new Uint8Array(doc.lines.length);
    headed[0] = 1;
    const withHeading = wordUnits(doc, [[0, doc.tokenCount]], headed);
    expect(plain.flags[index(plain, '12')]! & COUNT_CANDIDATE).toBe(COUNT_CANDIDATE);
    expect(withHeading.flags[index(withHeading, '12')]! & COUNT_CANDIDATE).toBe(0);
    expect(withHeading.flags[index(withHeading, '14')]! & COUNT_CANDIDATE).toBe(COUNT_CANDIDATE);
  });
});

describe('word unit flag bits', () => {
  it('are distinct bits of a Uint8Array, LOOKED_UP above the word-set bits, in a module the bundler can inline (no imports)', async () => {
    const bits = await import('../../src/entities/wordUnitFlags.js');
    const WORD = await import('../../src/entities/wordSetBits.js');
    const flags = [bits.CAP, bits.POSSESSIVE, bits.SENTENCE_START, bits.OWN, bits.COUNT_CANDIDATE];
    for (const b of flags) expect(b & (b - 1)).toBe(0);
    expect(new Set(flags).size).toBe(flags.length);
    expect(Math.max(...flags)).toBeLessThan(256);
    for (const w of Object.values(WORD)) expect(w & bits.LOOKED_UP).toBe(0);
    expect(POSSESSIVE).toBe(bits.POSSESSIVE);
    expect(SENTENCE_START).toBe(bits.SENTENCE_START);
    // esbuild inlines a top-level constant only from a module without imports
    const source = readFileSync(new URL('../../src/entities/wordUnitFlags.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*(?:import|export\s+(?:\*|\{[^}]*\})\s+from)\b/m);
  });
});

describe('word-set bits (wordSetBits.ts, perf66)', () => {
  it('are sixteen distinct single bits, in a module the bundler can inline (no imports)', async () => {
    const WORD = await import('../../src/entities/wordSetBits.js');
    const bits = Object.values(WORD) as number[];
    expect(bits).toHaveLength(16);
    for (const b of bits) expect(b > 0 && (b & (b - 1)) === 0).toBe(true);
    expect(new Set(bits).size).toBe(bits.length);
    const source = readFileSync(new URL('../../src/entities/wordSetBits.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*(?:import|export\s+(?:\*|\{[^}]*\})\s+from)\b/m);
  });
});
