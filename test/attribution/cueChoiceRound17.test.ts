import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Cue choice, seventeenth attribution round (issue 10): which word of a sentence is the reporting
// act. Every sentence is written for these tests; names and places are invented.

describe('"went on" a medium "to" + a verb: the infinitive is the cue', () => {
  it('going on a radio show or a network reports nothing; the verb after "to" does', () => {
    const a = analyse('Vale went on Harbour Radio on Monday to applaud the new ferry deal.');
    expect(a.attributions.filter((x) => /went/.test(x.cue))).toEqual([]);
    expect(byCue(a, 'to applaud')).toMatchObject({ text: 'the new ferry deal', speaker: 'Vale' });
    expect(byCue(analyse('Ruiz went on a talk show to say the pier would reopen.'), 'to say')).toMatchObject({ text: 'the pier would reopen', speaker: 'Ruiz' });
  });

  it('still: "went on to say", "went on" alone', () => {
    expect(byCue(analyse('Berg went on to say the pier would close.'), 'went on to say').text).toBe('the pier would close');
    expect(byCue(analyse('“We will rebuild,” Okafor went on.'), 'went on').text).toBe('We will rebuild,');
  });
});

describe('"according to" a domain name: the source is the whole name', () => {
  it('the full stop inside "Harbourwatch.org" ends no source; a sentence end still does', () => {
    expect(byCue(analyse('The claim is false, according to Harbourwatch.org.'), 'according to')).toMatchObject({ text: 'The claim is false', sourceSpan: { text: 'Harbourwatch.org' } });
    expect(byCue(analyse('The toll is fair, according to the board.The mayor agreed.'), 'according to').sourceSpan?.text).toBe('the board');
  });
});
