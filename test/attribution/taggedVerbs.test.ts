import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse } from '../helpers.js';

// Reporting verbs that the part-of-speech tagger reads as nouns (issue 10): "claims", "notes",
// "slams", "say", "support" after a subject. Every sentence is written for these tests; names,
// places and bodies are invented.

const rows = (a: ArticleAnalysis) => a.attributions.map((x) => [x.cue, x.sourceSpan ? x.sourceSpan.text : null, x.text]);
const cues = (text: string) => analyse(text).attributions.map((x) => x.cue);

describe('an -s form after a noun subject, then what was said', () => {
  it('a quotation: "The leaflet claims “…”"', () => {
    expect(rows(analyse('The new leaflet claims “the ferry will stop in winter.”'))).toEqual([['claims', 'The new leaflet', '“the ferry will stop in winter.”']]);
  });

  it('an infinitive after a subject: "The former governor plans to …", not a bare noun in a list', () => {
    expect(rows(analyse('The former governor plans to be back in Tarnow on Saturday.'))).toEqual([['plans', 'The former governor', 'to be back in Tarnow on Saturday']]);
    expect(rows(analyse('The city plans to close the pier in May.'))).toEqual([['plans', 'The city', 'to close the pier in May']]);
    // (there "plans" stays a noun: no subject before it)
    const plans = analyse('Miners marched over unpaid wages and harbour plans to cut jobs.').attributions.find((x) => x.cue === 'plans');
    expect(plans).toBeDefined();
    expect(plans?.sourceSpan ?? null).toBeNull();
  });

  it('a colon: "The letter notes: …"', () => {
    expect(rows(analyse('The harbour letter notes: fees will rise in May.'))).toEqual([['notes:', 'The harbour letter', 'fees will rise in May']]);
  });

  it('an object: "The mayor slams Dalton for …"', () => {
    expect(rows(analyse('The mayor slams Dalton for skipping the vote.'))).toEqual([['slams', 'The mayor', 'Dalton for skipping the vote']]);
  });

  it('after "which": "a memo, which notes the port …", "a study, which claims “…”"', () => {
    expect(analyse('The council sent a memo, which notes the port lost money.').attributions[0]).toMatchObject({ cue: 'notes', text: 'the port lost money' });
    expect(analyse('The board released a study, which claims “the dam is safe.”').attributions[0]).toMatchObject({ cue: 'claims', text: '“the dam is safe.”' });
  });

  it('not: plural nouns followed by a relative clause, a time phrase or a possessive', () => {
    expect(cues('The fraud charges the company faces are serious.')).toEqual([]);
    expect(cues('The crude remarks he made angered voters.')).toEqual([]);
    expect(cues('The firm sent out credit reports each month.')).toEqual([]);
    expect(cues('Struggling until their home states’ votes were counted, both men waited.')).toEqual([]);
  });
});

describe('a base form after a plural or a share of people', () => {
  it('before an -ing clause, an adjective or a plural noun: "fishermen support raising …", "surveys show rural voters …"', () => {
    expect(rows(analyse('Local fishermen support raising the fee.'))).toEqual([['support', 'Local fishermen', 'raising the fee']]);
    expect(rows(analyse('Recent surveys show rural voters could swing the race.'))).toEqual([['show', 'Recent surveys', 'rural voters could swing the race']]);
  });

  it('a plural noun behind a modifier noun: "workers support background checks", "farmers fear crop losses"', () => {
    expect(rows(analyse('Young dockworkers support background checks for all new hires.'))).toEqual([['support', 'Young dockworkers', 'background checks for all new hires']]);
    expect(rows(analyse('The Tarnow farmers fear crop losses this summer.'))).toEqual([['fear', 'The Tarnow farmers', 'crop losses this summer']]);
  });

  it('an infinitive after a quantifier or a plural: "Some seek to be taken off", "Harbour farmers plot to sell"', () => {
    expect(rows(analyse('Some seek to be taken off the registers.'))).toEqual([['seek', 'Some', 'to be taken off the registers']]);
    expect(rows(analyse('Harbour farmers plot to sell the land before winter.'))).toEqual([['plot', 'Harbour farmers', 'to sell the land before winter']]);
  });

  it('after "who": "residents, who favor the plan, …"', () => {
    expect(analyse('Harbour residents, who favor the plan, met on Monday.').attributions[0]).toMatchObject({ cue: 'favor', text: 'the plan' });
  });

  it('shares standing for people: "a third say", "Sixty percent call him", "A majority support …"', () => {
    expect(rows(analyse('Nearly a third say they would move.'))).toEqual([['say', 'Nearly a third', 'they would move']]);
    expect(rows(analyse('Sixty percent call him honest.'))).toEqual([['call', 'Sixty percent', 'him honest']]);
    expect(rows(analyse('A majority support raising the fee.'))).toEqual([['support', 'A majority', 'raising the fee']]);
  });

  it('a gap in a relative clause: "the job that many planners say is …"', () => {
    expect(analyse('It is the sort of job that many planners say is the future.').attributions[0]).toMatchObject({ cue: 'say', sourceSpan: { text: 'many planners' } });
  });

  it('an adverb before an -ing clause: "voters support quickly raising …"', () => {
    expect(rows(analyse('Harbour voters support quickly raising the fee.'))).toEqual([['support', 'Harbour voters', 'raising the fee']]);
  });

  it('a modal right after the verb: "a rule the farmers hope will pass"', () => {
    expect(cues('It was a rule the farmers hope will pass.')).toEqual(['hope']);
    expect(cues('The new workers support is strong.')).toEqual([]);
  });

  it('the source of a relative clause with no pronoun is its own subject, not the clause before it', () => {
    expect(analyse('It was a rule the farmers hope will pass.').attributions[0]).toMatchObject({ cue: 'hope', sourceSpan: { text: 'the farmers' } });
    // (a quantifier opens such a subject as well as an article or a possessive)
    expect(analyse('It was a toll several drivers hope will fall.').attributions[0]).toMatchObject({ cue: 'hope', sourceSpan: { text: 'several drivers' } });
    // a subject whose relative clause ends before the cue keeps its head noun
    expect(analyse('Two people the Courier spoke to said the deal was dead.').attributions[0]!.sourceSpan?.text).toMatch(/^Two people/);
  });

  it('not: "like" after a plural, an ordinal, a plural that modifies a noun', () => {
    expect(cues('Museums like the old mill draw crowds.')).toEqual([]);
    expect(cues('It was the fifth state that he visited.')).toEqual([]);
    expect(cues('The weekly jobs report came out late.')).toEqual([]);
  });
});

describe('an -s form in a title-case headline, read as a name', () => {
  it('"Mayor Vale Slams Port Deal", "Farm Group Praises Harbour Plan"', () => {
    expect(rows(analyse('Mayor Vale Slams Port Deal'))).toEqual([['Slams', 'Mayor Vale', 'Port Deal']]);
    expect(analyse('Farm Group Praises Harbour Plan As Costs Rise').attributions[0]).toMatchObject({ cue: 'Praises', sourceSpan: { text: 'Farm Group' } });
  });

  it('a base form after a plural: "Harbour Fishermen Support Mayor Vale", "Local Democrats Fear Port Will Close"', () => {
    expect(rows(analyse('Harbour Fishermen Support Mayor Vale In Race'))).toEqual([['Support', 'Harbour Fishermen', 'Mayor Vale In Race']]);
    expect(analyse('Local Democrats Fear Port Will Close').attributions[0]).toMatchObject({ cue: 'Fear', cueClass: 'belief', sourceSpan: { text: 'Local Democrats' } });
    expect(cues('Customer Support Team Hired')).toEqual([]);
  });

  it('not: names, a noun before an auxiliary, words in capitals', () => {
    expect(cues('He flew to the United States Senate on Monday.')).toEqual([]);
    expect(cues('Dunn ran the Harbour Claims Group for years.')).toEqual([]);
    expect(cues('The Harbour Tax Plans Would Cost Billions')).toEqual([]);
    expect(cues('FERRY TICKET REPORTS ARE LATE')).toEqual([]);
  });

  it('a second headline verb after "And" ends the first object and shares its subject', () => {
    expect(rows(analyse('Tarnow Backs Okafor And Denounces Vale'))).toEqual([['Backs', 'Tarnow', 'Okafor'], ['Denounces', 'Tarnow', 'Vale']]);
    expect(rows(analyse('Mayor Berg Rejects Toll And Blames Harbour Board'))).toEqual([['Rejects', 'Mayor Berg', 'Toll'], ['Blames', 'Mayor Berg', 'Harbour Board']]);
  });

  it('not: a capitalised plural noun after "And" stays in the object', () => {
    expect(rows(analyse('Vale Praises Docks And Ports Of Tarnow'))).toEqual([['Praises', 'Vale', 'Docks And Ports Of Tarnow']]);
    expect(rows(analyse('Okafor Backs New Tolls And Fares For Visitors'))).toEqual([['Backs', 'Okafor', 'New Tolls And Fares For Visitors']]);
  });

  it('a headline series with a comma and no "and": the second verb ends the first object and shares its subject', () => {
    expect(rows(analyse('Berg Criticizes Ferry Plan, Backs Harbor Crews'))).toEqual([['Criticizes', 'Berg', 'Ferry Plan'], ['Backs', 'Berg', 'Harbor Crews']]);
    // (also when the first verb is no cue)
    expect(rows(analyse('Vale Wins Seat, Thanks Voters'))).toEqual([['Thanks', 'Vale', 'Voters']]);
    // (in lower case, where the tagger reads the first -s form as a noun)
    expect(rows(analyse('Ruiz praises port workers, criticizes board'))).toEqual([['praises', 'Ruiz', 'port workers'], ['criticizes', 'Ruiz', 'board']]);
  });

  it('a lower-case headline series with "and" shares the subject of an -s form read as a noun', () => {
    expect(rows(analyse('Okafor praises ferry crews and denounces board'))).toEqual([['praises', 'Okafor', 'ferry crews'], ['denounces', 'Okafor', 'board']]);
  });

  it('not: a tag after a clause, a participle set off after a noun, a list of plural nouns', () => {
    expect(rows(analyse('The plan failed, lamented Ruiz.'))).toEqual([['lamented', 'Ruiz', 'The plan failed']]);
    expect(rows(analyse('Vale hoped the vote, requested by Ruiz, would settle the matter.'))).toEqual([['hoped', 'Vale', 'the vote, requested by Ruiz, would settle the matter']]);
    expect(cues("The union's claims, threats and demands reached Ruiz.")).toEqual([]);
  });
});

// The tagger reads an irregular past form as a noun after "some" or "many" but as a verb after
// a plural noun ("Critics saw …"): the same verb must be found in both neighbourhoods.
describe('an irregular past form read as a noun after a quantifier', () => {
  it('"Some saw the remarks as …", "Many thought the plan …", "Many felt the vote …"', () => {
    expect(rows(analyse('Some saw the harbour remarks as part of a feud.'))).toEqual([['saw', 'Some', 'the harbour remarks as part of a feud']]);
    expect(analyse('Critics saw the harbour remarks as part of a feud.').attributions[0]).toMatchObject({ cue: 'saw', text: 'the harbour remarks as part of a feud' });
    expect(analyse('Many thought the ferry plan would fail.').attributions[0]).toMatchObject({ cue: 'thought', cueClass: 'belief', sourceSpan: { text: 'Many' }, text: 'the ferry plan would fail' });
    expect(analyse('Many felt the port vote was rigged.').attributions[0]).toMatchObject({ cue: 'felt', cueClass: 'belief', text: 'the port vote was rigged' });
  });

  it('not: the nouns themselves', () => {
    expect(cues('Give the harbour plan some thought.')).toEqual([]);
    expect(cues('He bought a saw and some felt for the boat.')).toEqual([]);
  });
});

// "back" and "welcome" are read as an adverb or an adjective in some neighbourhoods; in a verb's
// slot (after "to", a modal, "n't", a pronoun or a plural subject) and before an object they are verbs.
describe('a verb read as an adverb or adjective, in a verb slot before its object', () => {
  it('"Farmers didn\'t back the plan", "Women back him", "Officials welcome the move"', () => {
    expect(rows(analyse('Ferry farmers didn\'t back the harbour plan.'))).toEqual([['didn\'t back', 'Ferry farmers', 'the harbour plan']]);
    expect(analyse('Women back him by wide margins.').attributions[0]).toMatchObject({ cue: 'back', cueClass: 'evaluation', sourceSpan: { text: 'Women' } });
    expect(analyse('Port officials welcome the move.').attributions[0]).toMatchObject({ cue: 'welcome', text: 'the move' });
  });

  it('not: the adverb, the noun, a greeting', () => {
    expect(cues('They came back the next day.')).toEqual([]);
    expect(cues('He ran to the back of the hall.')).toEqual([]);
    expect(cues('It was a welcome change for the port.')).toEqual([]);
    expect(cues('The mayor will welcome them at the gate.')).toEqual([]);
  });
});

describe('a past form with a doubled consonant read as an adjective', () => {
  it('"The Ruizes preferred the coastal route": the lexicon verb "prefer" is found behind "preferred"', () => {
    expect(rows(analyse('The Ruizes preferred the coastal route.'))).toEqual([['preferred', 'The Ruizes', 'the coastal route']]);
  });

  it('"the preferred route" modifies a noun and attributes nothing', () => {
    expect(cues('The preferred route runs north of Dunmore.')).toEqual([]);
  });
});

describe('an -s form of a reporting verb after a noun the tagger read as an adjective (round 10b)', () => {
  it('"Another ranking says …", "A new listing argues that …": the -s form stays the verb, its subject the source', () => {
    expect(rows(analyse('Another ranking says Ruiz is not a billionaire.'))).toEqual([['says', 'Another ranking', 'Ruiz is not a billionaire']]);
    expect(rows(analyse('A new listing argues that the Pell harbour is overvalued.'))).toEqual([['argues', 'A new listing', 'the Pell harbour is overvalued']]);
  });

  it('not: a plural that is a noun too stays a noun after an adjective ("the repeated calls for …")', () => {
    expect(cues('Amid the repeated calls for calm, Okafor left the hall.')).not.toContain('calls');
  });
});

describe('a bare noun the tagger read as a verb after an article (round 10b)', () => {
  it('"An earlier report in the Gazette said that …": the report is the source, "said" the cue', () => {
    const a = analyse('An earlier report in the Dunmore Ledger said that the Pell bridge was unsafe.').attributions;
    expect(rows({ attributions: a } as ArticleAnalysis)).toEqual([['said', 'An earlier report in the Dunmore Ledger', 'the Pell bridge was unsafe']]);
    const text = 'An earlier report in the Dunmore Ledger said that the Pell bridge was unsafe.';
    expect(text.slice(a[0]!.sourceSpan!.start, a[0]!.sourceSpan!.end)).toBe('An earlier report in the Dunmore Ledger');
  });

  it('"The earlier report said …" keeps its subject instead of going sourceless', () => {
    expect(rows(analyse('The earlier report said the dam at Kessel was safe.'))).toEqual([['said', 'The earlier report', 'the dam at Kessel was safe']]);
  });

  it('not: a participle after an article and an adverb stays out ("the recently approved plan")', () => {
    expect(rows(analyse('Ruiz said the recently approved plan would fail.'))).toEqual([['said', 'Ruiz', 'the recently approved plan would fail']]);
  });
});

describe('a participle sharing the subject of an -s verb the tagger read as a noun (round 10b)', () => {
  it('"Vale rips the budget, arguing that …": the participle takes Vale, and the first content ends at the comma', () => {
    expect(rows(analyse('Okafor rips the harbour budget, arguing that it hurts the Tarn farmers.'))).toEqual([
      ['rips', 'Okafor', 'the harbour budget'],
      ['arguing', 'Okafor', 'it hurts the Tarn farmers'],
    ]);
  });
});

describe('a participle sharing the subject of a past verb the tagger read as an adjective (round 12b)', () => {
  it('"Ruiz belittled the loan, calling it …": the participle takes Ruiz, and the first content ends at the comma', () => {
    expect(rows(analyse('Ruiz belittled the harbour loan, calling it “a pittance for the Tarn farmers.”'))).toEqual([
      ['belittled', 'Ruiz', 'the harbour loan'],
      ['calling', 'Ruiz', 'it “a pittance for the Tarn farmers.”'],
    ]);
  });
});
