import { describe, expect, it } from 'vitest';
import { analyseChecked, sourcelessByCue } from '../helpers.js';

// Cues with no holder (issue 10, twentieth round). Every sentence is written for these tests.

describe('a perfect or modal passive with no agent', () => {
  it('takes the whole verb group as the cue, so the content is the subject alone', () => {
    const x = sourcelessByCue('The new tram timetable has been widely mocked.', 'has been widely mocked');
    expect(x.text).toBe('The new tram timetable');
    const y = sourcelessByCue('The orchestra’s tour had since been condemned as wasteful.', 'had since been condemned');
    expect(y.text.startsWith('The orchestra’s tour')).toBe(true);
    const z = sourcelessByCue('The glasshouse plan could have been criticized for its cost.', 'could have been criticized');
    expect(z.text.startsWith('The glasshouse plan')).toBe(true);
  });

  it('keeps a plain passive and an expletive "it" as they were', () => {
    expect(sourcelessByCue('The choir’s new director was widely praised.', 'was widely praised').text).toBe('The choir’s new director');
    expect(sourcelessByCue('It has been rumoured that the choir will disband.', 'It has been rumoured').text).toBe('the choir will disband');
  });

  it('does not take an adverb before the first auxiliary', () => {
    expect(sourcelessByCue('The tenor also was asked to sing twice.', 'was asked').text).toBe('The tenor also was asked to sing twice');
  });
});

describe('a raising passive that is the second predicate after "or"', () => {
  it('leaves the first predicate out of what is seen', () => {
    const x = sourcelessByCue('Some tenants fixed the roof themselves or have been seen as its owners.', 'have been seen');
    expect(x.text.startsWith('have been seen')).toBe(true);
  });

  it('keeps a subject of two names joined by "or" (no verb before it)', () => {
    expect(sourcelessByCue('The gardener or the cook is expected to leave.', 'is expected').text).toMatch(/the cook is expected to leave$/);
  });
});

describe('a passive of urging before an infinitive, with no agent', () => {
  it('is a directive from no one named, whose content holds who is to act', () => {
    const x = sourcelessByCue('The ferry captain was urged to cancel the night crossing.', 'was urged');
    expect(x.text).toMatch(/^The ferry captain .*to cancel the night crossing$/);
    expect(sourcelessByCue('The beekeepers were warned not to move their hives.', 'were warned').text).toMatch(/not to move their hives$/);
    expect(sourcelessByCue('Okafor had been advised to rest his knee.', 'had been advised').text).toMatch(/^Okafor/);
  });

  it('keeps a named agent as the source, and needs an infinitive', () => {
    const a = analyseChecked('The ferry captain was urged by Tarnow to cancel the crossing.');
    const x = a.attributions.find((y) => y.cue === 'was urged');
    expect(x?.sourceSpan?.text).toBe('Tarnow');
    const b = analyseChecked('The beekeepers were warned about the frost.');
    expect(b.attributions.some((y) => y.cue.includes('warned'))).toBe(false);
    const c = analyseChecked('The porter was ordered to the front desk.');
    expect(c.attributions.some((y) => y.cue.includes('ordered'))).toBe(false);
  });
});
