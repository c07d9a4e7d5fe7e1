import { describe, expect, it } from 'vitest';
import { analyseChecked, slicedByCue } from '../helpers.js';

// "as" + a title in lower case + a name + a cue: an aside whose source a bare title describes (issue 10, direct33).
// Every sentence is written for these tests; names, places and bodies are invented.

describe('"as harbour prosecutor Dara Vale put it": the title is part of the aside, not a moved object', () => {
  it('an opening aside before a quotation reports the quotation', () => {
    const text = 'That spring, as harbour prosecutor Dara Vale put it, "the ferry ledger held nothing worse than a missing crate of pears."';
    expect(slicedByCue(text, 'put it')).toMatchObject({ text: '"the ferry ledger held nothing worse than a missing crate of pears."', sourceSpan: { text: 'Dara Vale' } });
  });

  it('a closing aside reports the clause before it', () => {
    const text = 'The levy is far too high, as council member Ines Okafor noted in a memo.';
    expect(slicedByCue(text, 'noted')).toMatchObject({ text: 'The levy is far too high', sourceSpan: { text: 'Ines Okafor' } });
  });

  it('an aside after "But," reports the clause after it', () => {
    const text = 'But, as orchard broker Tomas Berg noted, the tram fare is far too high.';
    expect(slicedByCue(text, 'noted')).toMatchObject({ text: 'the tram fare is far too high' });
  });
});

describe('a moved object after "as" keeps its gap', () => {
  it('"as the landslide many growers forecast": a determiner opens the moved object', () => {
    const text = 'The vote did not play out as the landslide many growers initially forecast.';
    expect(slicedByCue(text, 'initially forecast')).toMatchObject({ text: 'the landslide', sourceSpan: { text: 'many growers' } });
  });

  it('"rose as harbour prosecutor Dara Vale said …": no comma before "as", the clause after the cue is the content', () => {
    const text = 'The fare rose as harbour prosecutor Dara Vale said the levy would pass.';
    const reports = analyseChecked(text).attributions.filter((x) => x.cue === 'said');
    expect(reports.map((x) => x.text)).toEqual(['the levy would pass']);
  });
});
