import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Sources of the twenty-ninth attribution round (issue 10). Every sentence is written for these tests.

describe('a participle of belief or hope right after a thing the verb before it takes', () => {
  it('holds the state of mind of that verb\'s subject, not the thing', () => {
    expect(byCue(analyse('Ruiz entered the meeting believing she had the votes.'), 'believing').sourceSpan?.text).toBe('Ruiz');
    expect(byCue(analyse('Okafor signed the lease hoping the orchard would pay.'), 'hoping').sourceSpan?.text).toBe('Okafor');
    expect(byCue(analyse('Ruiz went into the meeting expecting to win.'), 'expecting').sourceSpan?.text).toBe('Ruiz');
  });

  it('after people the verb takes, the people hold it', () => {
    expect(byCue(analyse('The levy angered growers fearing the harbour would close.'), 'fearing').sourceSpan?.text).toBe('growers');
    expect(byCue(analyse('The fare rise surprised riders expecting a cut.'), 'expecting').sourceSpan?.text).toBe('riders');
  });
});

describe('a relative clause on the subject whose object joins two noun phrases with "and" or "or"', () => {
  it('the join is no clause boundary: the head noun and its whole relative clause are the source', () => {
    expect(byCue(analyse('Growers who sell plums or pears said the levy was unfair.'), 'said').sourceSpan?.text).toBe('Growers who sell plums or pears');
    expect(byCue(analyse('Riders who took the tram and the ferry said the fare was too high.'), 'said').sourceSpan?.text).toBe('Riders who took the tram and the ferry');
    expect(byCue(analyse('Many of the growers who would rather be working for Vale or Ruiz or Berg said they backed the levy.'), 'said').sourceSpan?.text).toContain('the growers who');
  });

  it('a join after a comma, or one that opens a second clause after a verb, keeps the second subject', () => {
    expect(byCue(analyse('The crew that Vale hired with Ruiz, and Ruiz refused to pay them.'), 'refused').sourceSpan?.text).toBe('Ruiz');
    expect(byCue(analyse('Vale may fine the growers who sell plums or Ruiz will say the levy is unfair.'), 'will say').sourceSpan?.text).toBe('Ruiz');
    expect(byCue(analyse('Growers who sell plums and then Ruiz said the levy was fair.'), 'said').sourceSpan?.text).toBe('Ruiz');
  });
});

describe('an -ing form after an amount or a date that follows "spend"', () => {
  it('has the spender as its source, as after a noun', () => {
    expect(byCue(analyse('The guild has spent $2 million attacking Vale.'), 'attacking').sourceSpan?.text).toBe('The guild');
    expect(byCue(analyse('The growers spent $4 million since May 9 criticizing Vale.'), 'criticizing').sourceSpan?.text).toBe('The growers');
  });

  it('after a number a verb other than "spend" takes, the counter is no source', () => {
    const a = analyse('The board counted 12 backing the levy.');
    expect(a.attributions.some((x) => x.sourceSpan?.text === 'The board')).toBe(false);
  });
});
