import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Sources of the twenty-ninth attribution round (issue 10, source32). Every sentence is written for these tests.

describe('a series of verb phrases joined by semicolons', () => {
  it('a verb after a semicolon, or after "; and", shares the subject of the first verb of the series', () => {
    const a = analyse('Vale suggested closing the harbour; clashed with Ruiz; and posted a note that the levy was unfair.');
    expect(byCue(a, 'posted').sourceSpan?.text).toBe('Vale');
    expect(byCue(analyse('Vale visited the harbour; argued that Ruiz was wrong.'), 'argued').sourceSpan?.text).toBe('Vale');
  });

  it('not the nearest verb inside the object before the semicolon, nor a passive agent of the series', () => {
    expect(byCue(analyse('Vale visited the phone shop used by the crews in the harbour shooting; argued that Ruiz was wrong.'), 'argued').sourceSpan?.text).toBe('Vale');
    const a = analyse('He was booed on stage; was denounced by the head of the guild; praised Okafor as a fighter; and declared that the levy works.');
    expect(byCue(a, 'praised').sourceSpan?.text).toBe('He');
    expect(byCue(a, 'declared').sourceSpan?.text).toBe('He');
  });

  it('a clause after a semicolon with a subject of its own keeps it', () => {
    expect(byCue(analyse('The levy failed; Ruiz argued that the board was wrong.'), 'argued').sourceSpan?.text).toBe('Ruiz');
    expect(byCue(analyse('Vale visited the harbour; the growers said the fare was fair.'), 'said').sourceSpan?.text).toBe('the growers');
  });
});

describe('an -s form read as a noun right after "but"', () => {
  it('is the second verb of the clause and shares its subject', () => {
    expect(byCue(analyse('Berg has given to many growers, but plans to narrow the list.'), 'plans').sourceSpan?.text).toBe('Berg');
    expect(byCue(analyse('Ruiz mocked the budget, but plans to close the pier.'), 'plans').sourceSpan?.text).toBe('Ruiz');
  });

  it('not when the subject before cannot agree with it: the plural noun is the next clause\'s subject', () => {
    expect(byCue(analyse('The growers gave to the fund, but plans to close the pier stalled.'), 'plans').sourceSpan).toBeNull();
  });
});

describe('a reporting noun as the object of a light verb', () => {
  it('«cast the blame on», «left no doubt that», «evinced confidence that»: the verb\'s subject holds it', () => {
    expect(byCue(analyse('Ruiz cast the blame on the council for the fare rise.'), 'blame on').sourceSpan?.text).toBe('Ruiz');
    expect(byCue(analyse('The report left no doubt that the levy failed.'), 'left no doubt').sourceSpan?.text).toBe('The report');
    expect(byCue(analyse('Okafor evinced confidence that growers will eventually back the levy.'), 'evinced confidence').sourceSpan?.text).toBe('Okafor');
  });

  it('«leave» with people and a participle is no speech act; «cast» with a thing reports nothing', () => {
    expect(byCue(analyse('The storms have left most growers saying the levy is too high.'), 'saying').sourceSpan?.text).toBe('most growers');
    expect(analyse('The storm cast a shadow on the harbour.').attributions).toHaveLength(0);
  });
});
