import { describe, expect, it } from 'vitest';
import { relationByCueSpan as rel } from '../helpers.js';

// Phrases taken for a source that only stand beside it (issue 10, src39): an amount given to a group before a
// participle ("gave $3 million to a group backing Berg" gave the source «3 million to a group»), a phrase of
// likeness between "and" and a verb ("…, and like Berg has spoken about …" gave «like Berg»), a short aside set
// off by commas after "and" ("… and, in May, spoke about …" gave «the board and»). Every sentence is written for
// these tests; names and places are invented.

describe('an amount given to the phrase a participle describes', () => {
  it('"gave $3 million to a group backing Berg" → «a group»', () => {
    const r = rel('Ruiz gave $3 million to a group backing Berg.', 'backing');
    expect(r.sourceSpan?.text).toBe('a group');
    expect(r.text).toBe('Berg');
  });

  it('"donated $50,000 to a harbour fund supporting Vale" → «a harbour fund»', () => {
    expect(rel('Okafor donated $50,000 to a harbour fund supporting Vale.', 'supporting').sourceSpan?.text).toBe('a harbour fund');
  });

  it('not an amount: "The ambassador to Tarn backing Berg said …" keeps its phrase', () => {
    expect(rel('The ambassador to Tarn backing Berg said the pier was safe.', 'backing').sourceSpan?.text).toBe('The ambassador to Tarn');
  });
});

describe('a phrase of likeness between "and" and the verb', () => {
  it('"Vale represents a ward in Tarn, and like Berg has spoken about …" → «Vale»', () => {
    const r = rel('Vale represents a ward in Tarn, and like Berg has spoken about the need for a new pier.', 'has spoken about');
    expect(r.sourceSpan?.text).toBe('Vale');
    expect(r.text).toBe('the need for a new pier');
  });

  it('"Vale chairs the board but unlike Berg has praised the pier." → «Vale»', () => {
    expect(rel('Vale chairs the board but unlike Berg has praised the pier.', 'has praised').sourceSpan?.text).toBe('Vale');
  });

  it('not a subject with "like" inside it: "Growers like Berg said …"', () => {
    expect(rel('Growers like Berg said the pier was safe.', 'said').sourceSpan?.text).toBe('Growers like Berg');
  });
});

describe('a short aside set off after "and"', () => {
  it('"Vale chairs the board and, in May, spoke about the pier." → «Vale» (was «the board and»)', () => {
    const r = rel('Vale chairs the board and, in May, spoke about the pier.', 'spoke about');
    expect(r.sourceSpan?.text).toBe('Vale');
    expect(r.text).toBe('the pier');
  });

  it('"Vale chairs the board and, like Berg, has spoken about the pier." → «Vale»', () => {
    expect(rel('Vale chairs the board and, like Berg, has spoken about the pier.', 'has spoken about').sourceSpan?.text).toBe('Vale');
  });

  it('not after "and": "Vale, in May, criticized the pier." keeps «Vale»', () => {
    expect(rel('Vale, in May, criticized the pier.', 'criticized').sourceSpan?.text).toBe('Vale');
  });

  it('a subject after the aside is the verb\'s own: "Vale and, in May, Berg criticized the pier." → «Berg»', () => {
    expect(rel('Vale and, in May, Berg criticized the pier.', 'criticized').sourceSpan?.text).toBe('Berg');
  });

  it('a tag inside the aside is no aside: "The pier is old and, Vale said, unsafe." keeps «Vale»', () => {
    expect(rel('The pier is old and, Vale said, unsafe.', 'said').sourceSpan?.text).toBe('Vale');
  });
});

// Two joined noun phrases, the second opened by an article ("The ferry crews and the harbour master said …"), are one
// subject: the clause reader stopped at "and" before an article (source «the harbour master»).
describe('two noun phrases joined by "and", the second with an article', () => {
  it('"The ferry crews and the harbour master said …" → the whole subject', () => {
    expect(rel('The ferry crews and the harbour master said the pier was safe.', 'said').sourceSpan?.text).toBe('The ferry crews and the harbour master');
  });

  it('"The growers and a harbour clerk said …" → the whole subject', () => {
    expect(rel('The growers and a harbour clerk said the pier was safe.', 'said').sourceSpan?.text).toBe('The growers and a harbour clerk');
  });

  it('not after a clause with its own verb: "Vale met the growers and the harbour master said …"', () => {
    expect(rel('Vale met the growers and the harbour master said the pier was safe.', 'said').sourceSpan?.text).toBe('the harbour master');
  });

  it('not after a verb: "The mill closed and the workers say …"', () => {
    expect(rel('The mill closed and the workers say the pier was safe.', 'say').sourceSpan?.text).toBe('the workers');
  });
});

// A preposition opening the sentence, capitalised there, is no part of the name after it ("Despite Vale's claims
// that …" gave the source «Despite Vale» and the id person:despite-vale).
describe('a capitalised preposition before a possessor', () => {
  it('"Despite Vale\'s claims that …" → «Vale», person:vale', () => {
    const r = rel("Despite Vale's claims that the pier was safe, the board closed it.", 'claims');
    expect(r.sourceSpan?.text).toBe('Vale');
    expect(r.sourceId).toBe('person:vale');
  });

  it('"Amid Berg\'s warnings that …" → «Berg», person:berg', () => {
    const r = rel("Amid Berg's warnings that the pier would fall, the board met.", 'warnings');
    expect(r.sourceSpan?.text).toBe('Berg');
    expect(r.sourceId).toBe('person:berg');
  });

  it('a name that is no preposition keeps its first word: "Dara Vale\'s claims that …" → «Dara Vale»', () => {
    expect(rel("Dara Vale's claims that the pier was safe upset the board.", 'claims').sourceSpan?.text).toBe('Dara Vale');
  });
});
