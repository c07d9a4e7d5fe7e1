import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// A state set off by commas between a subject and its verb, before a clause with no "that" ("Vale, worried the tram
// was late, phoned the board"), describes that subject as "worried that" does: the subject is the source and the
// clause ends at the closing comma (issue 10, leads46; was sourceless, the content running over the main verb).
// Every sentence is written for these tests; names are invented.

const check = (text: string, cue: string, content: string, source: string) => {
  const r = byCue(analyse(text), cue);
  expect(r.text).toBe(content);
  expect(text.slice(r.start, r.end)).toBe(content);
  expect(text.slice(r.sourceSpan!.start, r.sourceSpan!.end)).toBe(source);
};

describe('a set-off state before a clause with no "that"', () => {
  it('`Vale, worried the tram was late, phoned the board.`', () => {
    check('Vale, worried the tram was late, phoned the board.', 'worried', 'the tram was late', 'Vale');
  });

  it('a noun subject and a modal: `The clerk, worried the pier would fall, called Ruiz.`', () => {
    check('The clerk, worried the pier would fall, called Ruiz.', 'worried', 'the pier would fall', 'The clerk');
  });

  it('after its clause: `Berg left the hall, confident the levy would pass.`', () => {
    check('Berg left the hall, confident the levy would pass.', 'confident', 'the levy would pass', 'Berg');
  });
});

describe('no clause after the state', () => {
  it('a bare state: `Vale, worried, phoned the board.` reports nothing', () => {
    expect(analyse('Vale, worried, phoned the board.').attributions).toHaveLength(0);
  });

  it('a phrase, not a clause: `Ruiz, worried about the tram, phoned the board.` gives no clause over the main verb', () => {
    const rs = analyse('Ruiz, worried about the tram, phoned the board.').attributions;
    expect(rs.some((x) => x.text.includes('phoned'))).toBe(false);
  });
});
