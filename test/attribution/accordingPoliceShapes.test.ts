import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Police-report shapes after "according to" (review39 H4): a name after the source's comma with an age and a
// place of its own, a list of such names, or a name whose verb the tagger reads as a plural noun ("plans to") is
// the content's subject; an age right after the source's own name is the source's appositive, not content.
// Sentences invented.

const check = (text: string, source: string | null, content: string) => {
  const r = byCue(analyse(text), 'According to');
  expect(r.sourceSpan?.text ?? null).toBe(source);
  expect(r.text).toBe(content);
  expect(text.slice(r.start, r.end)).toBe(r.text);
  if (r.sourceSpan) expect(text.slice(r.sourceSpan.start, r.sourceSpan.end)).toBe(r.sourceSpan.text);
};

describe('a name with an age and a place after the source of "according to"', () => {
  it('age then place, before the verb: the name opens the content', () => {
    check('According to police, Vale, 54, of Tarn County, was driving.', 'police', 'Vale, 54, of Tarn County, was driving');
  });
  it('a description then a place', () => {
    check('According to the sheriff, Ruiz, a farmer from Tarn County, fled the scene.', 'the sheriff', 'Ruiz, a farmer from Tarn County, fled the scene');
  });
  it('"from" a place after the age', () => {
    check('According to the report, Ana Berg, 31, from Harbour Point, was hurt.', 'the report', 'Ana Berg, 31, from Harbour Point, was hurt');
  });
  it('the named source’s own age and place: the content starts after them', () => {
    check("According to the board's chair, Ana Vale, 54, of Tarn County, the pier is unsafe.", 'Ana Vale', 'the pier is unsafe');
  });
  it('not a place phrase of the content: the age alone, then the verb', () => {
    check('According to police, Vale, 54, was driving at night.', 'police', 'Vale, 54, was driving at night');
  });
});

describe('a list of names with ages after the source', () => {
  it('two names, each with an age', () => {
    check('According to police, Vale, 54, and Ruiz, 60, were driving.', 'police', 'Vale, 54, and Ruiz, 60, were driving');
  });
  it('a two-word second name', () => {
    check('According to the clerk, Berg, 41, and Ana Ruiz, 38, signed the lease.', 'the clerk', 'Berg, 41, and Ana Ruiz, 38, signed the lease');
  });
  it('not a list without a verb after the second name: the name names the source', () => {
    const r = byCue(analyse('According to a spokesman, Ana Vale, the pier will close.'), 'According to');
    expect(r.sourceSpan?.text).toBe('Ana Vale');
    expect(r.text).toBe('the pier will close');
  });
});

describe('a present verb read as a noun after the name’s age', () => {
  it('"plans to"', () => {
    check('According to two aides, Vale, 54, plans to resign.', 'two aides', 'Vale, 54, plans to resign');
  });
  it('"hopes to"', () => {
    check('According to her lawyer, Ruiz, 62, hopes to return home.', 'her lawyer', 'Ruiz, 62, hopes to return home');
  });
});

describe('an age after the source’s own name', () => {
  it('the age is no part of the content', () => {
    check('According to Ana Vale, 54, the pier is unsafe.', 'Ana Vale', 'the pier is unsafe');
  });
  it('a one-word name', () => {
    check('According to Ruiz, 70, the ferry was always late.', 'Ruiz', 'the ferry was always late');
  });
  it('not a number that opens the content', () => {
    check('According to Vale, 54 people were hurt.', 'Vale', '54 people were hurt');
  });
  it('not a plural noun before "for": the age stays the source’s', () => {
    check('According to Ana Vale, 54, plans for the pier stalled.', 'Ana Vale', 'plans for the pier stalled');
  });
  it('not after a common noun source', () => {
    const r = byCue(analyse('According to the census, 54, the most in years, moved away.'), 'According to');
    expect(r.sourceSpan?.text).toBe('the census');
  });
});
