import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isAsciiLowerCaseOf } from '../../src/document/asciiLowerCase.js';
import { DEFAULT_ATTRIBUTION_LEXICONS } from '../../src/attribution/attributionLexicons.js';
import { SourceRegistry } from '../../src/attribution/sourceRegistry.js';
import { resolveSpeaker } from '../../src/attribution/speakerResolution.js';
import { describeSource } from '../../src/attribution/describeSource.js';
import { roleWordsOf } from '../../src/attribution/roleWordsOf.js';
import { analyseChecked as analyse } from '../helpers.js';

// Speaker resolution lower-cases each name once and reads the tokens' own lower-case forms (a
// lower-casing of a slice of two-byte text goes through ICU): the same keys, the same speakers.
// Names are invented.

describe('isAsciiLowerCaseOf', () => {
  it('holds for an ASCII word and its lower case only', () => {
    expect(isAsciiLowerCaseOf('ruiz', 'Ruiz')).toBe(true);
    expect(isAsciiLowerCaseOf('o’berg', 'O’Berg')).toBe(false); // not ASCII: asked of the builtin
    expect(isAsciiLowerCaseOf('colour', 'Color')).toBe(false);
    expect(isAsciiLowerCaseOf('color', 'Colour')).toBe(false); // a mapped spelling
    expect(isAsciiLowerCaseOf('Ruiz', 'Ruiz')).toBe(false);
    expect(isAsciiLowerCaseOf('k', '\u212a')).toBe(false); // the Kelvin sign lower-cases to "k"
  });

  it('agrees with toLowerCase on arbitrary mixes of cases, marks and non-ASCII letters', () => {
    const chars = fc.constantFrom('a', 'Z', 'k', '\u212a', '’', "'", ' ', '-', '.', 'é', 'É', '\u0130', '\u03a3', 'ß', '7');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }), fc.nat(), (cs, at) => {
        const text = cs.join('');
        const ascii = !/[^\u0000-\u007f]/.test(text);
        expect(isAsciiLowerCaseOf(text.toLowerCase(), text)).toBe(ascii);
        if (text.length > 0) {
          // one code unit changed: never the lower case
          const i = at % text.length;
          const other = text.toLowerCase().slice(0, i) + (text.toLowerCase()[i] === 'x' ? 'y' : 'x') + text.toLowerCase().slice(i + 1);
          expect(isAsciiLowerCaseOf(other, text)).toBe(false);
        }
      }),
    );
  });
});

describe('names lower-cased once', () => {
  const site = (offset: number, text: string) => ({ offset, text, sentenceStart: offset });
  const resolve = (reg: SourceRegistry, name: string, offset: number) => resolveSpeaker(reg, DEFAULT_ATTRIBUTION_LEXICONS, { kind: 'person', name }, site(offset, name));

  it('matches a fuller name by first and last word when lower-casing lengthens the name', () => {
    // (U+0130 lower-cases to two code units: the words are found in the lower case by its own spaces)
    const reg = new SourceRegistry();
    const irem = resolve(reg, '\u0130rem Vale', 0);
    expect(resolve(reg, '\u0130rem J. Vale', 40)).toBe(irem);
    expect(resolve(reg, 'Ana J. Vale', 80)).not.toBe(irem);
    const sigma = resolve(reg, 'ΟΔΥΣΣΕΑΣ Berg', 120);
    expect(resolve(reg, 'ΟΔΥΣΣΕΑΣ T. Berg', 160)).toBe(sigma);
  });

  it('reads a described person’s lower-case name from the description, the same speakers as without it', () => {
    // (describeSource keeps the name's lower case, read once per distinct mention; a caller's own
    // description without it is lower-cased as before)
    for (const mention of ['\u0130rem Vale', 'Mayor Ana Vale', '“Ana” Berg']) {
      const desc = describeSource(mention)!;
      expect(desc.lowerName).toBe(desc.name!.toLowerCase());
    }
    expect(describeSource('the Harbour Times')?.lowerName).toBeUndefined();
    const reg = new SourceRegistry();
    const irem = resolveSpeaker(reg, DEFAULT_ATTRIBUTION_LEXICONS, describeSource('\u0130rem Vale')!, site(0, '\u0130rem Vale'));
    expect(resolve(reg, '\u0130rem J. Vale', 40)).toBe(irem);
    expect(resolveSpeaker(reg, DEFAULT_ATTRIBUTION_LEXICONS, describeSource('Vale')!, site(80, 'Vale'))).toBe(irem);
    expect(resolveSpeaker(reg, DEFAULT_ATTRIBUTION_LEXICONS, describeSource('Ana Berg')!, site(120, 'Ana Berg'))).not.toBe(irem);
  });

  it('reads a new person’s role words from the description, the same words and speakers as without them (perf90)', () => {
    // (describeSource keeps the role words of the mention with its title and affiliation, read once per distinct
    // mention; a caller's own description without them has them read off the site's text as before)
    const lex = DEFAULT_ATTRIBUTION_LEXICONS;
    const cases: [string, string][] = [['Harbour Minister Ana Vale', ''], ['Tarn County spokeswoman \u0130rem Berg', ''], ['Ana Vale', 'the president of the Harbour Times'],
      ['ΟΔΥΣΣΕΑΣ Berg', 'the Tarn County fire chief'], ['Harbour  Minister\nAna Ruiz', ''], ['Deputy Mayor Ana Vale', 'a spokeswoman for the council']];
    for (const [mention, appositive] of cases) {
      const desc = describeSource(mention, '', appositive)!;
      expect(desc.roleWords, mention).toBeDefined();
      const withWords = resolveSpeaker(new SourceRegistry(), lex, desc, site(0, mention));
      const without = resolveSpeaker(new SourceRegistry(), lex, { ...desc, roleWords: undefined }, site(0, mention));
      expect([...withWords.anaphors], mention).toEqual([...without.anaphors]);
    }
    const reg = new SourceRegistry();
    const vale = resolveSpeaker(reg, lex, describeSource('Harbour Minister Ana Vale')!, site(0, 'Harbour Minister Ana Vale'));
    expect(resolveSpeaker(reg, lex, describeSource('the minister')!, site(60, 'the minister'))).toBe(vale);
    expect(resolveSpeaker(reg, lex, describeSource('the mayor')!, site(120, 'the mayor'))).not.toBe(vale);
  });

  it('reads a known person’s new role words from the description, the same words and speakers as without them', () => {
    // (the mention's own role words come first in the description's list; a caller's own description without
    // them has them read off the site's text as before)
    const lex = DEFAULT_ATTRIBUTION_LEXICONS;
    const cases: [string, string][] = [['Harbour Minister Ana Vale', 'a spokeswoman for the council'], ['Tarn County spokeswoman \u0130rem Vale', ''],
      ['ΟΔΥΣΣΕΑΣ Vale', 'the Tarn County fire chief'], ['Harbour  Minister\nAna Vale', ''], ['Ana Vale', 'the president of the Harbour Times']];
    for (const [mention, appositive] of cases) {
      const desc = describeSource(mention, '', appositive)!;
      const known = (d: typeof desc) => {
        const reg = new SourceRegistry();
        const first = resolveSpeaker(reg, lex, describeSource('Vale')!, site(0, 'Vale'));
        expect(resolveSpeaker(reg, lex, d, site(40, mention))).toBe(first);
        return [...first.anaphors];
      };
      expect(known(desc), mention).toEqual(known({ ...desc, mentionRoleWords: undefined }));
    }
    // the title and affiliation are not a known person's: "president" is kept for a new Ana Vale only
    const reg = new SourceRegistry();
    const vale = resolveSpeaker(reg, lex, describeSource('Vale')!, site(0, 'Vale'));
    resolveSpeaker(reg, lex, describeSource('Ana Vale', '', 'the president of the Harbour Times')!, site(40, 'Ana Vale'));
    expect(vale.anaphors.has('president')).toBe(false);
    expect(resolveSpeaker(reg, lex, describeSource('Harbour Minister Ana Vale')!, site(80, 'Harbour Minister Ana Vale'))).toBe(vale);
    expect(resolveSpeaker(reg, lex, describeSource('the minister')!, site(120, 'the minister'))).toBe(vale);
  });

  it('keeps a person’s role words in the order of the mention, its title and its affiliation joined', () => {
    for (const [mention, appositive] of [['Harbour Minister Ana Vale', 'the chief of the ΟΔΥΣΣΕΑΣ board'], ['ΟΔΥΣΣΕΑΣ Vale', 'a clerk'], ['Mayor \u0130rem Berg', '']]) {
      const desc = describeSource(mention!, '', appositive)!;
      expect(desc.roleWords, mention).toEqual(roleWordsOf(`${mention} ${desc.title ?? ''} ${appositive}`));
      expect(desc.roleWords!.slice(0, desc.mentionRoleWords), mention).toEqual(roleWordsOf(mention!));
    }
  });

  it('gives an entity the id of the name it has, also after its name changed without a new index', () => {
    const reg = new SourceRegistry();
    const e = reg.create({ kind: 'person', name: 'Ana Vale' }, 0);
    e.name = 'Ana Berg';
    expect(reg.promote(e, 0).id).toBe('person:ana-berg');
    expect(reg.promote(reg.create({ kind: 'organization', name: 'Tarn County \u0130lçe Board' }, 0), 0).id).toBe('organization:tarn-county-ilce-board');
  });

  it('reads a one-word possessive source as its pronoun in one-byte and two-byte text, in any case', () => {
    const speaker = (text: string) => analyse(text).attributions.find((a) => a.cue === 'view is')?.speaker;
    expect(speaker('Ivo Berg spoke on Monday. His view is that the pier is "unsafe".')).toBe('Ivo Berg');
    expect(speaker('Ivo Berg spoke on Monday. His view is that the pier is “unsafe”.')).toBe('Ivo Berg');
    expect(speaker('Ivo Berg spoke on Monday. HIS view is that the pier is “unsafe”.')).toBe('Ivo Berg');
    // near miss: a plural possessive finds no single person
    expect(speaker('Ivo Berg spoke on Monday. Their view is that the pier is “unsafe”.')).toBeNull();
  });

  it('notes a known surname by the token’s own lower case, in one-byte and two-byte text', () => {
    const speaker = (text: string) => analyse(text).attributions.find((a) => a.cue === 'said')?.speaker;
    expect(speaker('Tomas Ruiz and Ivo Berg spoke on Monday. The next day Ruiz left the hall. “It is over,” he said.')).toBe('Tomas Ruiz');
    expect(speaker('Tomas Ruiz and Ivo Berg spoke on Monday. The next day RUIZ left the hall. “It is over,” he said.')).toBe('Tomas Ruiz');
    expect(speaker('Tomas Ruiz and Ivo Berg spoke on Monday. The next day Ruiz left the hall. "It is over," he said.')).toBe('Tomas Ruiz');
    expect(speaker('Tomas Rúiz and Ivo Berg spoke on Monday. The next day RÚIZ left the hall. “It is over,” he said.')).toBe('Tomas Rúiz');
    // near miss: no known surname in the second sentence, the latest subject speaks
    expect(speaker('Tomas Ruiz and Ivo Berg spoke on Monday. The next day Rúiz left the hall. “It is over,” he said.')).toBe('Ivo Berg');
  });
});
