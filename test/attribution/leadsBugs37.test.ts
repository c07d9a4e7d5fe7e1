import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// leads37: bugs the first wave of session 30 found. Every sentence is written for these tests; names and places
// are invented.

const LEAD = 'The ferry pier reopened in May. ';
const cuesOf = (text: string) => analyse(text).attributions.map((a) => a.cue);
const piecesOf = (x: { contentSpans: { text: string }[] }) => x.contentSpans.map((p) => p.text);

describe('a judgement\'s reason after a passive agent is no part of the agent', () => {
  it('"was criticized by Ruiz for the delay": a bare name, then the reason, as with a plural agent', () => {
    const x = byCue(analyse(`${LEAD}Vale was criticized by Ruiz for the delay.`), 'was criticized');
    expect(x.sourceSpan?.text).toBe('Ruiz');
    expect(piecesOf(x)).toEqual(['Vale', 'for the delay']);
    const y = byCue(analyse(`${LEAD}Berg was praised by the mayor for her calm.`), 'was praised');
    expect(y.sourceSpan?.text).toBe('the mayor');
    expect(piecesOf(y)).toEqual(['Berg', 'for her calm']);
  });

  it('kept: a name with "for" in it, and a length of time that is no reason', () => {
    const x = byCue(analyse(`${LEAD}Vale was criticized by the Centre for Fair Fares.`), 'was criticized');
    expect(x.sourceSpan?.text).toBe('the Centre for Fair Fares');
    expect(x.text).toBe('Vale');
    const y = byCue(analyse(`${LEAD}The levy was backed by the mayor for two years.`), 'was backed');
    expect(y.sourceSpan?.text).toBe('the mayor');
    expect(y.text).toBe('The levy');
  });
});

describe('"as much as" after a passive of judgement compares, it judges no one', () => {
  it('"was praised as much as …", "was mocked as early as …": no relation', () => {
    expect(cuesOf(`${LEAD}Vale was praised as much as Ruiz.`)).toEqual([]);
    expect(cuesOf(`${LEAD}The toll was mocked as early as June.`)).toEqual([]);
  });

  it('kept: an "as" of character ("was praised as a hero")', () => {
    const x = byCue(analyse(`${LEAD}Vale was praised as a hero.`), 'was praised');
    expect(x.sourceSpan).toBeNull();
    expect(x.text).toBe('Vale was praised as a hero');
  });
});

describe('a base-form verb read as a noun after a plural subject, behind a focusing adverb', () => {
  it('"Growers fear exactly the kind of …", "Ferrymen fear just the …": the verb is a cue', () => {
    const x = byCue(analyse(`${LEAD}Growers fear exactly the kind of judge Vale would choose.`), 'fear');
    expect(x.sourceSpan?.text).toBe('Growers');
    expect(x.text).toBe('the kind of judge Vale would choose');
    expect(byCue(analyse(`${LEAD}Ferrymen fear just the toll the board wants.`), 'fear').sourceSpan?.text).toBe('Ferrymen');
  });

  it('kept a noun: a possessive or a determiner before it ("The growers\' fear just the same grew")', () => {
    expect(cuesOf(`${LEAD}The growers' fear just the same grew.`)).not.toContain('fear');
    expect(cuesOf(`${LEAD}Their fear still the main worry, growers left.`)).not.toContain('fear');
  });
});

describe('a plain "said" after another speech verb of the same speaker is a second report', () => {
  it('"told reporters X and said Y", "announced X and said Y": two relations, the first content stops at "and"', () => {
    const a = analyse(`${LEAD}Vale told reporters the plan was dead and said she would resign.`);
    expect(a.attributions.map((x) => [x.cue, x.sourceSpan?.text, x.text])).toEqual([
      ['told reporters', 'Vale', 'the plan was dead'],
      ['said', 'Vale', 'she would resign'],
    ]);
    const b = analyse(`${LEAD}Berg announced the harbour had closed and said the crews would stay.`);
    expect(b.attributions.map((x) => [x.cue, x.sourceSpan?.text, x.text])).toEqual([
      ['announced', 'Berg', 'the harbour had closed'],
      ['said', 'Berg', 'the crews would stay'],
    ]);
  });

  it('kept: a second verb that reports nothing stays in the reported clause', () => {
    const x = byCue(analyse(`${LEAD}Vale told reporters the mayor had quit and left town.`), 'told reporters');
    expect(x.text).toBe('the mayor had quit and left town');
  });
});

describe('an identity cue in a relative clause names a noun phrase, not the main clause after it', () => {
  it('"Voters who identify as independents support the levy": the main verb (read as a noun) ends the content', () => {
    const a = analyse(`${LEAD}Voters who identify as independents support the levy.`);
    expect(byCue(a, 'identify as').text).toBe('independents');
    expect(byCue(a, 'support').text).toBe('the levy');
    expect(byCue(analyse(`${LEAD}Drivers who identify as commuters favor the toll.`), 'identify as').text).toBe('commuters');
  });

  it('kept: with no main verb after it the noun phrase runs on ("… identify as independent growers of the valley")', () => {
    expect(byCue(analyse(`${LEAD}Most voters here identify as independent growers of the valley.`), 'identify as').text).toBe('independent growers of the valley');
  });
});

describe('a contact relative on an object is no relation of its own over the main clause', () => {
  it('"Many growers fear the levy the board wants.": the main relation is growers–fear–the levy …', () => {
    const a = analyse(`${LEAD}Many growers fear the levy the board wants.`);
    expect(a.attributions.map((x) => [x.cue, x.sourceSpan?.text, x.text])).toEqual([['fear', 'Many growers', 'the levy the board wants']]);
    const b = analyse(`${LEAD}Vale fears the toll the council proposed.`);
    expect(b.attributions.map((x) => [x.cue, x.sourceSpan?.text, x.text])).toEqual([['fears', 'Vale', 'the toll the council proposed']]);
  });

  it('kept: the relative\'s subject on a head a copula predicates, and a title before its name', () => {
    const x = byCue(analyse(`${LEAD}It is the levy the board wants.`), 'wants');
    expect(x.sourceSpan?.text).toBe('the board');
    expect(x.text).toBe('the levy');
    expect(byCue(analyse(`${LEAD}The columns the editor Ruiz wrote last spring were read.`), 'wrote').sourceSpan?.text).toBe('the editor Ruiz');
  });
});

describe('the subject of a contact relative whose cue reports a clause leaves the head out of the source', () => {
  it('"The message the growers expect the mayor to repeat …", "the place the officials say the ferry might dock"', () => {
    expect(byCue(analyse(`${LEAD}The message the growers expect the mayor to repeat is simple.`), 'expect').sourceSpan?.text).toBe('the growers');
    expect(byCue(analyse(`${LEAD}Vale knows the place the officials say the ferry might dock.`), 'say').sourceSpan?.text).toBe('the officials');
    expect(byCue(analyse(`${LEAD}The levy the harbour board expects Vale to back is high.`), 'expects').sourceSpan?.text).toBe('the harbour board');
  });

  it('kept: a relative inside the subject whose verb the tagger read as a noun, and a floated quantifier', () => {
    expect(byCue(analyse(`${LEAD}The union leaders the growers trust said the levy failed.`), 'said').sourceSpan?.text).toMatch(/^The union leaders/);
    expect(byCue(analyse(`${LEAD}The parties both say the levy failed.`), 'say').sourceSpan?.text).toBe('The parties');
    expect(byCue(analyse(`${LEAD}Last year the board said the levy failed.`), 'said').sourceSpan?.text).toBe('the board');
  });
});
