import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Review mends of the sixteenth round (issue 10). Every sentence is written for these tests;
// names and places are invented.

/** The attributions whose cue text is `cue`. */
const withCue = (text: string, cue: string) => analyse(text).attributions.filter((x) => x.cue === cue);

describe('a verb object that names a period is content, not a time adjunct', () => {
  it('a bare noun phrase object ("recalled the past decade") is what was said', () => {
    for (const [text, cue, content] of [
      ['Ruiz recalled the past decade.', 'recalled', 'the past decade'],
      ['Berg described the weekend.', 'described', 'the weekend'],
      ['Okafor predicted a long decade.', 'predicted', 'a long decade'],
      ['Vale spoke of the past few years.', 'spoke of', 'the past few years'],
    ] as const) {
      const found = byCue(analyse(text), cue);
      expect(found, text).toBeTruthy();
      expect(found.text, text).toContain(content);
      expect(text.slice(found.start, found.end)).toBe(found.text);
    }
  });

  it('still: a period behind a preposition, or "last week", is no content', () => {
    expect(withCue('The two councils have been discussing for several weeks.', 'discussing')).toHaveLength(0);
    expect(withCue('Tarnow was skeptical at first.', 'skeptical')).toHaveLength(0);
  });
});

describe('polls with no determiner are findings only after a standing or a figure', () => {
  it('not: a verb that takes "in" as its complement ("worked in exit polls", "specializes in online surveys")', () => {
    for (const text of ['Ruiz worked in exit polls.', 'Okafor specializes in online surveys.', 'Vale invested heavily in private polls.', 'Tarnow was mentioned in several polls.']) {
      expect(analyse(text).attributions, text).toHaveLength(0);
    }
  });

  it('still: a standing or a figure before "in" ("leads Berg in most surveys", "has 40 percent in online polls")', () => {
    for (const [text, content] of [
      ['Vale leads Berg in most surveys.', 'Vale leads Berg'],
      ['Vale finished second in most surveys.', 'Vale finished second'],
      ['Okafor has 40 percent in online polls.', 'Okafor has 40 percent'],
      ['Ruiz is ahead in national polls.', 'Ruiz is ahead'],
    ] as const) {
      expect(byCue(analyse(text), 'in').text, text).toBe(content);
    }
  });
});

describe('"pushed … to" is an urging only from someone who can urge', () => {
  it('not: a cause as subject ("Rising costs pushed the firm to close the plant"), nor "to second place"', () => {
    for (const text of ['Rising costs pushed the firm to close the plant.', 'The storm pushed the river to rise over its banks.', 'The late count pushed Okafor to second place.']) {
      expect(withCue(text, 'pushed'), text).toHaveLength(0);
    }
  });

  it('still: a person or group urging someone ("The union lobbied lawmakers to reject the bill")', () => {
    expect(byCue(analyse('The union lobbied lawmakers to reject the bill.'), 'lobbied').text).toBe('lawmakers to reject the bill');
    expect(byCue(analyse('Okafor pressured the mayor to resign.'), 'pressured').text).toBe('the mayor to resign');
    // (an infinitive's subject stands further back)
    expect(byCue(analyse('Donors were sent to pressure the mayor to resign.'), 'to pressure').text).toBe('the mayor to resign');
  });
});

describe('a contrast with another subject runs on only after "though"', () => {
  it('"…, while Ruiz expects …" is Ruiz\'s own view, outside what Vale said', () => {
    const text = 'Vale said the levy would pass, while Ruiz expects a long fight over it.';
    expect(byCue(analyse(text), 'said').text).toBe('the levy would pass');
  });

  it('still: "…, though Ruiz doubts it" qualifies the report; a shared subject keeps "but"', () => {
    expect(byCue(analyse('Vale said the plan would pass, though Ruiz doubts it.'), 'said').text).toBe('the plan would pass, though Ruiz doubts it');
    expect(byCue(analyse('Berg said the levy is fair, but wants a vote first.'), 'said').text).toBe('the levy is fair, but wants a vote first');
  });
});
