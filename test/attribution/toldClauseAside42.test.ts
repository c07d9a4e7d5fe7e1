import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// A told clause whose subject carries a comma-closed aside (issue 10, review32 M3): "told reporters the tram, a line
// that Ruiz opened, was safe" reported «told reporters the tram» as the cue and the aside's tail as the content. The
// clause is what was told when a finite verb follows the aside. Every sentence is written for these tests; names and
// places are invented.

const check = (text: string, cue: string, content: string, source: string) => {
  const r = byCue(analyse(text), cue);
  expect(r.cueSpan!.text).toBe(cue);
  expect(r.text).toBe(content);
  expect(text.slice(r.start, r.end)).toBe(content);
  expect(text.slice(r.sourceSpan!.start, r.sourceSpan!.end)).toBe(source);
};

describe('a told clause with an aside on its subject', () => {
  it('an appositive with a relative clause: "told reporters the tram, a line that Ruiz opened, was safe"', () => {
    check('Vale told reporters the tram, a line that Ruiz opened, was safe.', 'told reporters', 'the tram, a line that Ruiz opened, was safe', 'Vale');
  });

  it('a plain appositive: "told reporters the tram, the oldest line, is safe"', () => {
    check('Vale told reporters the tram, the oldest line, is safe.', 'told reporters', 'the tram, the oldest line, is safe', 'Vale');
  });

  it('a "which" clause after a longer addressee: "told the council the pier, which Ruiz built, would close"', () => {
    check('Berg told the council the pier, which Ruiz built, would close.', 'told the council', 'the pier, which Ruiz built, would close', 'Berg');
  });

  it('another verb of telling: "assured voters the pier, which Ruiz built, would stay open"', () => {
    check('Vale assured voters the pier, which Ruiz built, would stay open.', 'assured', 'the pier, which Ruiz built, would stay open', 'Vale');
  });
});

describe('no clause behind the aside', () => {
  it('a second noun phrase after the comma: "told reporters the news, a shock to everyone" gives no told clause', () => {
    const r = analyse('Vale told reporters the news, a shock to everyone.').attributions;
    expect(r.some((a) => a.text.includes('a shock'))).toBe(false);
  });

  it('"and" plus a new clause after the comma: "told reporters the story, and Ruiz left" reports nothing of Ruiz', () => {
    const r = analyse('Vale told reporters the story, and Ruiz left.').attributions;
    expect(r.some((a) => a.text.includes('Ruiz left'))).toBe(false);
  });

  it('without an aside the addressee still ends the cue: "told reporters the tram was safe"', () => {
    check('Vale told reporters the tram was safe.', 'told reporters', 'the tram was safe', 'Vale');
  });
});
