import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/index.js';
import { slicedByCue as sliced, sourcelessByCue } from '../helpers.js';

// cue41 (issue 10, thirty-sixth round): the preposition a cue governs its content with is shown
// with the cue even when the content is short or was set by a later step ("agreed with | Vale",
// "support for | her"). Display only: the relations found are the same. Every sentence is
// written for these tests; names and places are invented.

const cues = (text: string) => analyzeArticle(text).attributions.map((x) => x.cue);

describe('a short content gives its opening preposition to the cue', () => {
  it('"agreed with", "disagrees with", "was pleased with"', () => {
    expect(sliced('Berg agreed with Vale.', 'agreed with')).toMatchObject({ sourceSpan: { text: 'Berg' }, text: 'Vale' });
    expect(sliced('Ruiz disagrees with the harbour board.', 'disagrees with').text).toBe('the harbour board');
    expect(sliced('Tarnow was pleased with the vote.', 'was pleased with').text).toBe('the vote');
  });

  it('"fears about", "worried about", a noun or adjective of feeling', () => {
    expect(sliced('The growers were worried about the levy.', 'were worried about')).toMatchObject({ sourceSpan: { text: 'The growers' }, text: 'the levy' });
    expect(sliced('Vale wasn’t happy about the fares.', 'wasn’t happy about').text).toBe('the fares');
  });

  it('"at" of a feeling\'s target and "to" after a noun or adjective', () => {
    expect(sourcelessByCue('Amid anger at the fares, the ferry sailed.', 'anger at').text).toBe('the fares');
    expect(sliced('The crews are hostile to Ruiz.', 'are hostile to').text).toBe('Ruiz');
  });

  it('"to" after a verb that answers or accepts what follows', () => {
    expect(sliced('Vale objected to the levy.', 'objected to').text).toBe('the levy');
    expect(sliced('Berg did not respond to the letter from the council.', 'did not respond to').text).toBe('the letter from the council');
  });
});

describe('not: a preposition that is no link to the content', () => {
  it('"to" of an addressee after a verb of saying or writing stays in the content', () => {
    expect(sliced('Vale wrote to the harbour board.', 'wrote').text).toBe('to the harbour board');
    expect(cues('Vale wrote to the harbour board.')).not.toContain('wrote to');
  });

  it('a number or an infinitive "to" after the cue', () => {
    expect(sliced('Ruiz asked for one.', 'asked').text).toBe('for one');
    expect(sliced('Ruiz wants to build a bridge.', 'wants').text).toBe('to build a bridge');
  });

  it('a passive judgement keeps its reason in the content after the cue', () => {
    expect(sliced('Vale was criticized for the delay.', 'was criticized').text).toBe('Vale was criticized for the delay');
  });

  it('a quotation keeps its own words', () => {
    expect(sliced('Berg said: “With luck the pier opens in May.”', 'said:').text).toBe('With luck the pier opens in May.');
  });
});
