import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Leftovers mended in round 24, second wave (issue 10). Every sentence is written for these tests;
// names and places are invented.

describe('an opening adverbial before a tag followed by a participle is no content', () => {
  it('"After the vote, the tram board backed off, cutting …": an act, nothing reported', () => {
    for (const text of ['After the vote, the tram board backed off, cutting the fare for pupils.', 'On Monday, the orchard board backed off, offering growers a grant.']) {
      expect(analyse(text).attributions.filter((r) => /backed off/.test(r.cue))).toHaveLength(0);
    }
  });

  it('not: a clause before the tag stays what was said, and the participle adds its own report', () => {
    const a = analyse('The levy was wrong, the council conceded, adding that a fee would follow.');
    expect(byCue(a, 'conceded').contentSpans[0]?.text).toBe('The levy was wrong');
    expect(byCue(a, 'adding').sourceSpan?.text).toBe('the council');
  });
});

describe('"warm words for" judge someone only in the mouth of someone who can speak', () => {
  it('"The poem had warm words for the harbour": a thing holds words, no relation', () => {
    for (const text of ['The poem had warm words for the harbour.', 'The old sign still had kind words for the tram fare.']) {
      expect(analyse(text).attributions.filter((r) => /words/.test(r.cue))).toHaveLength(0);
    }
  });

  it('not: a person, a title or a group has them', () => {
    expect(byCue(analyse('The union had harsh words for the harbour board.'), 'harsh words for').sourceSpan?.text).toBe('The union');
    expect(byCue(analyse('The mayor did not have kind words for Ruiz.'), 'words for').sourceSpan?.text).toBe('The mayor');
    expect(byCue(analyse('Okafor had warm words for the orchard.'), 'warm words for').sourceSpan?.text).toBe('Okafor');
  });
});

describe('a gerund subject after a tag keeps the opening clause reported', () => {
  it('"While the growers may wait, she added, raising the levy would be unwise": both sides are said', () => {
    const a = analyse('While the growers may wait, she added, raising the levy would be unwise.');
    expect(byCue(a, 'added').contentSpans.map((s) => s.text).join(' … ')).toContain('raising the levy would be unwise');
    expect(byCue(a, 'added').contentSpans[0]?.text).toContain('While the growers may wait');
  });
});

describe('a share of a thing is no agent of a backing', () => {
  it('"backed by 40 percent of the orchard budget": no one backs it', () => {
    expect(analyse('The tram plan was backed by 40 percent of the orchard budget.').attributions.filter((r) => r.cue.endsWith('backed'))).toHaveLength(0);
  });

  it('not: a share of people or of a body of people backs it', () => {
    expect(byCue(analyse('The tram plan was backed by 40 percent of growers.'), 'was backed').sourceSpan?.text).toBe('40 percent of growers');
    expect(byCue(analyse('The tram plan was backed by 40 percent of the electorate.'), 'was backed').sourceSpan?.text).toBe('40 percent of the electorate');
  });
});
