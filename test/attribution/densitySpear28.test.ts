import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Density of attributions (issue 10, Spearman round 28): a body passing or an official signing a
// legal instrument takes a stand on it ("passed a resolution", "signed the bill"). Every sentence
// is written for these tests; names and places are invented.

const cuesOf = (text: string) => analyse(text).attributions.map((a) => text.slice(a.cueSpan.start, a.cueSpan.end));

describe('"passed" / "signed" + a legal instrument', () => {
  it('"The council passed a bill that …": the body is the source, the object the content', () => {
    const passed = byCue(analyse('The harbour council passed a bill that raises the tram fare.'), 'passed');
    expect(passed.text).toBe('a bill that raises the tram fare');
    expect(passed.sourceSpan?.text).toBe('The harbour council');
    expect(passed.cueClass).toBe('evaluation');
  });

  it('"Governor Vale signed the levy bill": a compound\'s last noun is the instrument; a relative subject', () => {
    const signed = byCue(analyse('Governor Vale signed the orchard levy bill on Monday.'), 'signed');
    expect(signed.text).toMatch(/^the orchard levy bill/);
    expect(signed.sourceSpan?.text).toBe('Governor Vale');
    expect(cuesOf('Okafor, who signed sweeping tram laws as mayor, left the board in May.')).toContain('signed');
  });

  it('a plural instrument and a present headline form: "passed laws barring …", "Harbour Senate Passes Bill"', () => {
    expect(byCue(analyse('The assembly passed laws barring fare rises on the ferry.'), 'passed').text).toBe('laws barring fare rises on the ferry');
    expect(cuesOf('Harbour senate passes bill on tram fares.')).toContain('passes');
  });

  it('not an object that is no instrument: "passed the ball", "signed the cast", "passed away", "a bill passed the assembly"', () => {
    expect(cuesOf('Okafor passed the ball to Ruiz near the orchard.')).toEqual([]);
    expect(cuesOf('Dara signed the cast on Berg’s arm.')).toEqual([]);
    expect(cuesOf('Vale passed away in May.')).toEqual([]);
    expect(cuesOf('The fare bill passed the assembly on Monday.')).toEqual([]);
  });

  it('not a plan, an offer or a refusal: "to pass", "would sign", "did not sign", nor a passive', () => {
    expect(cuesOf('The council wants to pass the levy bill soon.')).not.toContain('pass');
    expect(cuesOf('Vale would sign the tram treaty tomorrow.')).toEqual([]);
    expect(cuesOf('Ruiz did not sign the harbour agreement.')).toEqual([]);
    expect(cuesOf('The orchard bill was signed into law by Vale.')).toEqual([]);
  });
});

describe('"acquiesce" as a verb of accepting a view or a demand', () => {
  it('"Party elites are acquiescing to …", "Berg acquiesced to debate at the orchard": the subject accepts what follows', () => {
    const elites = byCue(analyse('Party elites are acquiescing to the once unthinkable: that Vale now runs the harbour board.'), 'are acquiescing to');
    expect(elites.text).toMatch(/^the once unthinkable: that Vale now runs the harbour board/);
    expect(elites.sourceSpan?.text).toBe('Party elites');
    expect(byCue(analyse('Berg late on Monday acquiesced to debate at the orchard.'), 'acquiesced').sourceSpan?.text).toBe('Berg');
  });

  it('not with nothing accepted: "The board acquiesced."', () => {
    expect(cuesOf('The board acquiesced.')).toEqual([]);
    expect(cuesOf('After a long night the tram union acquiesced, and the ferry sailed.')).toEqual([]);
  });
});

describe('"coin" a word or phrase', () => {
  it('"Vale coined the phrase …", "Ruiz, who coined the term …": the maker of the words is the source', () => {
    const coined = byCue(analyse('Vale coined the phrase “harbour tax” during a rally at the pier.'), 'coined');
    expect(coined.text).toMatch(/^the phrase “harbour tax”/);
    expect(coined.sourceSpan?.text).toBe('Vale');
    expect(cuesOf('Ruiz, who coined the term fare creep, left the board.')).toContain('coined');
  });

  it('not coins made: "The mint coined new pennies in May."', () => {
    expect(cuesOf('The mint coined new pennies in May.')).toEqual([]);
  });
});
