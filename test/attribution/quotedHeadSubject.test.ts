import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// A short quoted term heading the subject right before its verb (quote3). Sentences invented.

describe('a quoted term after a possessive or a determiner heads the subject', () => {
  it('"The guild\'s “harbour elders” have endorsed …": the source runs through the closing mark', () => {
    expect(byCue(analyse('The guild’s “harbour elders” have endorsed Ms. Vale.'), 'have endorsed').sourceSpan?.text).toBe('The guild’s “harbour elders”');
  });

  it('the same with marks written as two apostrophes, after "the"', () => {
    const r = byCue(analyse("Dozens of the ''pier wardens'' said the levy was unfair."), 'said');
    expect(r.sourceSpan?.text).toBe("Dozens of the ''pier wardens''");
    expect(r.text).toBe('the levy was unfair');
  });

  it('not a title after a head noun: "Berg’s poem “Why Now?” claims …" keeps «Berg’s poem»', () => {
    expect(byCue(analyse('Berg’s poem “Why Now?” claims that ferries are doomed.'), 'claims').sourceSpan?.text).toBe('Berg’s poem');
  });

  it('not a quoted subject with a speech tag set off after it', () => {
    const said = byCue(analyse('The board’s “harbour plan,” Vale said, is a menace.'), 'said');
    expect(said.sourceSpan?.text).toBe('Vale');
  });
});

describe('a quoted term before a noun cue', () => {
  it('is no source of a noun ending the sentence that the tagger read as a verb: "as costly as the “harbour” comment."', () => {
    const a = analyse('The levy was not as costly as the “harbour” comment. But it hurt Vale.');
    expect(a.attributions.some((x) => x.sourceSpan?.text.includes('“harbour”'))).toBe(false);
  });
});
