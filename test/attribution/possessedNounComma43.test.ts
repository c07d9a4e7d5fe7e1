import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// An owned noun of saying, a copula and a comma announce a full quotation as a colon does (issue 10, leads43):
// `Vale’s advice was, “Wait for the tide.”` gave nothing. Owned counsel or a point ("advice", "point"), which is no
// reporting noun of its own, announces one too. Every sentence is written for these tests; names are invented.

const check = (text: string, cue: string, content: string, source: string) => {
  const r = byCue(analyse(text), cue);
  expect(r.text).toBe(content);
  expect(text.slice(r.start, r.end)).toBe(content);
  expect(r.mode).toBe('direct');
  expect(text.slice(r.sourceSpan!.start, r.sourceSpan!.end)).toBe(source);
};

describe('an owned noun, a copula and a comma before a quotation', () => {
  it('`Vale’s advice was, “Wait for the tide.”`', () => {
    check('Vale’s advice was, “Wait for the tide.”', 'advice was', 'Wait for the tide.', 'Vale');
  });

  it('a reporting noun: `Her reply was, “Not today.”`', () => {
    check('Her reply was, “Not today.”', 'reply was', 'Not today.', 'Her');
  });

  it('in the present: `My point is, “The pier is safe.”`', () => {
    check('My point is, “The pier is safe.”', 'point is', 'The pier is safe.', 'My');
  });

  it('owned advice before a colon: `Her advice was: “Wait for the tide.”`', () => {
    check('Her advice was: “Wait for the tide.”', 'advice was:', 'Wait for the tide.', 'Her');
  });
});

describe('no announced quotation', () => {
  it('a noun of no saying: `Her philosophy is, “Never give up.”` reports nothing', () => {
    expect(analyse('Her philosophy is, “Never give up.”').attributions).toHaveLength(0);
  });

  it('no owner: `The reply was, “Not today.”` has no source phrase', () => {
    expect(analyse('The reply was, “Not today.”').attributions.some((r) => r.cueSpan.text === 'reply was')).toBe(false);
    expect(analyse('The reply was, “Not today.”').attributions.filter((r) => r.sourceSpan !== null)).toEqual([]);
  });

  it('an adjective before the comma: `Her reply was short, “Not today.”` takes no comma reading', () => {
    expect(analyse('Her reply was short, “Not today.”').attributions.some((r) => r.cueSpan.text.startsWith('reply'))).toBe(false);
  });
});
