import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, slicedByCue } from '../helpers.js';

// house41: housekeeping of round 36 (issue 10). Every sentence is written for these tests; names are invented.

describe('"said moments ago that …": every measured unit of time before "ago" says when, not what', () => {
  it('the content starts after the period, whatever its unit', () => {
    expect(slicedByCue('Vale said moments ago that the pier was safe.', 'said').text).toBe('the pier was safe');
    expect(slicedByCue('Berg wrote a minute ago that the ferry was late.', 'wrote').text).toBe('the ferry was late');
    expect(slicedByCue('Ruiz argued seconds ago that the levy was unfair.', 'argued').text).toBe('the levy was unfair');
    expect(slicedByCue('The clerk said 20 minutes ago the tram was full.', 'said').text).toBe('the tram was full');
    expect(slicedByCue('Tarn County said a decade ago that the dock would close.', 'said').text).toBe('the dock would close');
    expect(slicedByCue('Vale said moments ago that the pier was safe.', 'said').sourceSpan?.text).toBe('Vale');
  });

  it('a unit of time with no "ago", or a period that is the subject of what was said, stays in the content', () => {
    expect(slicedByCue('Vale said minutes ago was too late.', 'said').text).toBe('minutes ago was too late');
    expect(slicedByCue('Berg said two minutes were enough for the ferry to dock.', 'said').text).toBe('two minutes were enough for the ferry to dock');
    expect(analyse('Ruiz spoke moments ago.').attributions.filter((x) => x.cue === 'said')).toEqual([]);
  });
});

describe('"said less than two weeks ago that …": a graded amount of time before "ago" says when as well', () => {
  it('the content starts after the graded period', () => {
    expect(slicedByCue('Vale said less than two weeks ago that the pier was safe.', 'said').text).toBe('the pier was safe');
    expect(slicedByCue('Berg wrote more than a year ago that the ferry ran at a loss.', 'wrote').text).toBe('the ferry ran at a loss');
    expect(slicedByCue('Ruiz argued a mere week ago the levy was unfair.', 'argued').text).toBe('the levy was unfair');
    expect(slicedByCue('The clerk said fewer than ten days ago that the tram was full.', 'said').text).toBe('the tram was full');
  });

  it('a graded amount with no "ago", or one that is the subject of what was said, stays in the content', () => {
    expect(slicedByCue('Vale said more than two weeks ago was too late.', 'said').text).toBe('more than two weeks ago was too late');
    expect(slicedByCue('Berg said less than a week was enough for the repairs.', 'said').text).toBe('less than a week was enough for the repairs');
  });
});

describe('a subject list read back from a verb of feeling is joined by "and"/"or", as a list read forward', () => {
  const rows = (text: string) => analyse(text).attributions.map((x) => [x.cue, x.sourceSpan?.text ?? null, x.text]);

  it('the whole list joined by "and" or "or" is what was felt about', () => {
    expect(rows("The guild's claims, threats or demands worried Ruiz.")).toEqual([['worried', 'Ruiz', "The guild's claims, threats or demands"]]);
    expect(rows('Long queues, slow ferries and steep tolls alarmed the crews.')).toEqual([['alarmed', 'the crews', 'Long queues, slow ferries and steep tolls']]);
  });

  it('a phrase before "but" is a clause of its own, not an item of the list', () => {
    expect(rows('The mill stalls, but the tolls angered Ruiz.')).toEqual([['angered', 'Ruiz', 'the tolls']]);
    expect(rows('The ferry docks, but the tolls angered Ruiz.')).toEqual([['angered', 'Ruiz', 'the tolls']]);
    expect(rows('Small fees, but steep fines worried Tarn County.')).toEqual([['worried', 'Tarn County', 'steep fines']]);
  });
});
