import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Fixes of the round-20 review (issue 10). Every sentence is written for these tests; names,
// places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.cueSpan?.text ?? null, x.sourceSpan ? x.sourceSpan.text : null, x.text]);

describe('a verb of feeling before a closing speech tag', () => {
  it('the tag reports the clause; the feeling is not read as the relation', () => {
    expect(rows(analyse('The levy angered fishermen, Vale said.'))).toEqual([['said', 'Vale', 'The levy angered fishermen']]);
    expect(rows(analyse('The toll angered fishermen, Ruiz told reporters.'))).toEqual([['told', 'Ruiz', 'The toll angered fishermen']]);
  });

  it('not: a clause with no tag, or a comma before a clause of another verb', () => {
    expect(rows(analyse('The new kiln fee angered the fishermen.'))).toEqual([['angered', 'the fishermen', 'The new kiln fee']]);
    expect(rows(analyse('The kiln fee angered the fishermen, and Tarnow resigned.'))).toEqual([['angered', 'the fishermen', 'The kiln fee']]);
  });
});

describe('"To <holder>," states a view only before an evaluation', () => {
  it('a linking verb after the opener: the holder is the source', () => {
    expect(rows(analyse('To Okafor, the glider club was a waste of money.'))).toEqual([['To', 'Okafor', 'the glider club was a waste of money']]);
    expect(rows(analyse('To Vale, the new bus route seemed pointless.'))).toEqual([['To', 'Vale', 'the new bus route seemed pointless']]);
  });

  it('not: a fronted addressee or recipient of the main verb', () => {
    expect(rows(analyse('To reporters, the mayor said the levy was fair.'))).toEqual([['said', 'the mayor', 'the levy was fair']]);
    for (const s of ['To the reporters, the mayor handed a short statement.', 'To Okafor, the harbour master sold two boats.', 'To residents, the rule applies from June.', 'To them, Vale owed nothing.']) {
      expect(analyse(s).attributions.filter((x) => x.cueSpan?.text === 'To')).toEqual([]);
    }
  });
});

describe('an -s noun after a name is the verb shared by a second verb only when the name opens its clause', () => {
  it('a headline series keeps its subject', () => {
    expect(rows(analyse('Tarnow praises ferry crews and criticizes board'))).toEqual([['praises', 'Tarnow', 'ferry crews'], ['criticizes', 'Tarnow', 'board']]);
  });

  it('not: a compound noun after a name inside an object', () => {
    expect(rows(analyse('Berg read the Okafor reports and said the bridge was safe.'))).toEqual([['said', 'Berg', 'the bridge was safe']]);
  });
});

describe('a contact relative after an indefinite head whose verb the tagger read as a noun', () => {
  it('the head and its relative are the subject', () => {
    expect(rows(analyse('A charity Vale funds said the ferry fare was unfair.'))[0]?.slice(0, 2)).toEqual(['said', 'A charity Vale funds']);
    expect(rows(analyse('A union Berg chairs said the ferry fare was unfair.'))[0]?.slice(0, 2)).toEqual(['said', 'A union Berg chairs']);
  });

  it('the subject of the relative whose verb is the cue is still the source', () => {
    expect(rows(analyse('The guild kept the kiln fee, a point Vale later conceded.'))).toContainEqual(['later conceded', 'Vale', 'a point']);
  });
});

describe('verbs of feeling need a stimulus that is no person', () => {
  it('a pronoun or a bare name as the subject gives no relation', () => {
    for (const s of ['He angered voters.', 'She thrilled the fans.', 'Okafor surprised the defence with a late run.', 'The dog bothered the neighbours.']) expect(analyse(s).attributions).toEqual([]);
  });

  it('a list of things is the whole content', () => {
    expect(rows(analyse("The guild's claims, threats and demands angered Ruiz."))).toEqual([['angered', 'Ruiz', "The guild's claims, threats and demands"]]);
  });

  it('not: a clause with a verb before "and" joins no list', () => {
    expect(rows(analyse('Berg sold the mill, and the kiln fee angered fishermen.'))).toContainEqual(['angered', 'fishermen', 'the kiln fee']);
  });
});

describe('"ordered to", "pressed to" after a thing are purposes, not directives', () => {
  it('no relation after a thing', () => {
    for (const s of ['The olives were pressed to make oil.', 'New parts were ordered to replace the broken pumps.', 'The drinks were ordered to celebrate the win.']) expect(analyse(s).attributions).toEqual([]);
  });

  it('a person is still the one told', () => {
    expect(rows(analyse('She was ordered to leave the harbour.'))).toEqual([['was ordered', null, 'She was ordered to leave the harbour']]);
    expect(rows(analyse('Tarnow was pressed to explain the delay.'))).toEqual([['was pressed', null, 'Tarnow was pressed to explain the delay']]);
  });
});

describe('"answered … by saying": only adverbs or a prepositional phrase between the answer and "by"', () => {
  it('"responded to the letter by saying", "countered on Sunday by suggesting" are one cue', () => {
    expect(rows(analyse('Vale responded to the letter by saying the fee is fair.'))).toEqual([['responded to the letter by saying', 'Vale', 'the fee is fair']]);
  });

  it('not: an object between the verb and "by"', () => {
    expect(rows(analyse('Ruiz answered the phone by saying the office was closed.'))).toEqual([['saying', 'Ruiz', 'the office was closed']]);
  });
});

describe('a by-agent passive leaves its auxiliaries out of the content', () => {
  it('"has since been criticised by"', () => {
    expect(rows(analyse('The levy has since been criticised by the council.'))).toEqual([['has since been criticised', 'the council', 'The levy']]);
    expect(rows(analyse('The levy was criticised by the council.'))).toEqual([['was criticised', 'the council', 'The levy']]);
  });
});
