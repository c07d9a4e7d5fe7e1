import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// direct35: one quotation tagged twice by its speaker ("Vale said “It was fair,” she said.") is one report: the
// first tag keeps the quotation and the trailing tag reports nothing (it used to take the whole sentence, the
// first tag and any opening question included). Every sentence is written for these tests; names and places
// are invented.

const LEAD = 'The orchard reopened in May. ';
const relationsOf = (text: string) => analyse(text).attributions.map((a) => ({ cue: a.cue, source: a.sourceSpan?.text ?? null, text: a.text, mode: a.mode }));

describe('a quotation tagged twice by the same speaker', () => {
  it('"Asked Tuesday about the levy, Vale said “It was fair,” she said.": the first tag keeps the quotation', () => {
    const rels = relationsOf(`${LEAD}Asked Tuesday about the levy, Vale said “It was fair,” she said.`);
    const said = rels.filter((r) => r.cue === 'said');
    expect(said).toEqual([{ cue: 'said', source: 'Vale', text: 'It was fair,', mode: 'direct' }]);
    // (the question is no part of what was said)
    expect(rels.some((r) => r.text.includes('Asked'))).toBe(false);
  });

  it('also with a comma before the quotation, and a named speaker repeated in the tag', () => {
    expect(relationsOf(`${LEAD}Okafor said, “The tram fare will rise,” she said.`)).toEqual([{ cue: 'said', source: 'Okafor', text: 'The tram fare will rise,', mode: 'direct' }]);
    expect(relationsOf(`${LEAD}Berg added, “We will pay for the harbour,” Berg said.`)).toEqual([{ cue: 'added', source: 'Berg', text: 'We will pay for the harbour,', mode: 'direct' }]);
  });
});

describe('not a double tag', () => {
  it('another speaker tags it: "Vale said “it was fair,” Berg said." (Berg reports what Vale said)', () => {
    const rels = relationsOf(`${LEAD}Vale said “it was fair,” Berg said.`);
    expect(rels.find((r) => r.source === 'Berg')?.text).toBe('Vale said “it was fair,”');
  });

  it('the first verb reports no speech or paraphrases: "Vale believes “the levy is fair,” she said.", "Vale said the plan “was fair,” she said."', () => {
    expect(relationsOf(`${LEAD}Vale believes “the levy is fair,” she said.`).find((r) => r.cue === 'said')?.text).toBe('Vale believes “the levy is fair,”');
    expect(relationsOf(`${LEAD}Vale called the plan “a disaster,” she said.`).find((r) => r.cue === 'said')?.text).toBe('Vale called the plan “a disaster,”');
    expect(relationsOf(`${LEAD}Vale said the plan “was fair,” she said.`).find((r) => r.cue === 'said' && r.source === 'she')?.text).toBe('Vale said the plan “was fair,”');
  });

  it('the quotation resumes after the tag: "Ruiz fired back: “Not now,” he wrote, “not ever.”" keeps the tag', () => {
    const rels = relationsOf(`${LEAD}Ruiz fired back: “Not now,” he wrote, “not ever.”`);
    expect(rels.some((r) => r.cue === 'wrote')).toBe(true);
  });

  // fixU (review30 #1): a pronoun in the trailing tag is the first speaker only when that speaker is a bare
  // proper name the pronoun agrees with; otherwise a second person reports what the first said
  it('"My uncle said, “Keep the orchard,” she said.": a possessive first speaker is someone else', () => {
    const rels = relationsOf(`${LEAD}My uncle said, “Keep the orchard,” she said.`);
    expect(rels.find((r) => r.source === 'she')?.text).toBe('My uncle said, “Keep the orchard,”');
  });

  it('"Her cousin said, “The levy hurt us,” she said." after another sentence: the tag stays hers', () => {
    const rels = relationsOf(`${LEAD}Dara met the council on Friday. Her cousin said, “The levy hurt us,” she said.`);
    expect(rels.find((r) => r.source === 'she')?.text).toBe('Her cousin said, “The levy hurt us,”');
  });

  it('"Berg, her neighbour, wrote: “Pay the fare,” she said.": an appositive first speaker', () => {
    const rels = relationsOf(`${LEAD}Berg, her neighbour, wrote: “Pay the fare,” she said.`);
    expect(rels.find((r) => r.source === 'she')?.text).toBe('Berg, her neighbour, wrote: “Pay the fare,”');
  });

  it('"The notice said: “Harbour closed,” he said.": a document is no speaker of his', () => {
    const rels = relationsOf(`${LEAD}The notice said: “Harbour closed,” he said.`);
    expect(rels.find((r) => r.source === 'he')?.text).toBe('The notice said: “Harbour closed,”');
  });

  it('"Tomas Okafor said, “The pier is safe,” she said.": the pronoun does not agree with the name', () => {
    const rels = relationsOf(`${LEAD}Tomas Okafor said, “The pier is safe,” she said.`);
    expect(rels.find((r) => r.source === 'she')?.text).toBe('Tomas Okafor said, “The pier is safe,”');
  });
});

// fixV (review #2): the lookup of the first tag read `quoteRelation` first; when that relation had already taken the
// quotation, the trailing tag was dropped and the relation's content rewritten to the bare quotation, which lost a
// fronted topic, the piece before an interrupting tag, or the first quotation of a passage the tag interrupts.
describe('a quotation the first tag already took (quoteRelation set)', () => {
  const rels = (text: string) => analyse(`${LEAD}${text}`).attributions.map((a) => ({ cue: a.cue, source: a.sourceSpan?.text ?? null, parts: a.contentSpans.map((s) => s.text), mode: a.mode }));

  it('"Of the levy, Ruiz said, “It was fair,” she said.": still one report, and it keeps its fronted topic', () => {
    expect(rels('Of the levy, Ruiz said, “It was fair,” she said.')).toEqual([{ cue: 'said', source: 'Ruiz', parts: ['Of the levy', 'It was fair,'], mode: 'mixed' }]);
    expect(rels('As for the pier, Berg said: “Nobody swims there,” Berg said.')).toEqual([{ cue: 'said:', source: 'Berg', parts: ['As for the pier', 'Nobody swims there,'], mode: 'mixed' }]);
  });

  it('"“A,” Vale said, “B,” she added.": the tag interrupts a passage; the piece after it is the trailing tag\'s own report', () => {
    expect(rels('“The toll is fair,” Vale said, “and we will pay it,” she added.')).toEqual([
      { cue: 'said', source: 'Vale', parts: ['The toll is fair,'], mode: 'direct' },
      { cue: 'added', source: 'she', parts: ['and we will pay it,'], mode: 'direct' },
    ]);
    expect(rels('“Nobody asked us,” Okafor wrote, “and nobody will,” Okafor said.')).toEqual([
      { cue: 'wrote', source: 'Okafor', parts: ['Nobody asked us,'], mode: 'direct' },
      { cue: 'said', source: 'Okafor', parts: ['and nobody will,'], mode: 'direct' },
    ]);
  });

  it('"The toll “is a disgrace,” Ruiz said, “…,” he added.": the interrupting tag keeps the sentence it opened', () => {
    expect(rels('The toll “is a disgrace,” Ruiz said, “and nobody will fix it,” he added.')).toEqual([
      { cue: 'said', source: 'Ruiz', parts: ['The toll “is a disgrace,”'], mode: 'mixed' },
      { cue: 'added', source: 'he', parts: ['and nobody will fix it,'], mode: 'direct' },
    ]);
  });

  it('an interrupted passage with no second tag keeps both pieces; one quotation after a tag is one report', () => {
    expect(rels('“The toll is fair,” Vale said, “and we will pay it.”')).toEqual([{ cue: 'said', source: 'Vale', parts: ['The toll is fair,', 'and we will pay it.'], mode: 'direct' }]);
    expect(rels('The toll “is a disgrace,” Ruiz said, “and nobody will fix it.”')).toEqual([{ cue: 'said', source: 'Ruiz', parts: ['The toll “is a disgrace,”', 'and nobody will fix it.'], mode: 'mixed' }]);
    expect(rels('Vale said, “The toll is fair,” she said.')).toEqual([{ cue: 'said', source: 'Vale', parts: ['The toll is fair,'], mode: 'direct' }]);
  });
});
