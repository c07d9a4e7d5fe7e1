import { describe, expect, it } from 'vitest';
import { analyseChecked, slicedByCue, sourcelessByCue } from '../helpers.js';

// Sourceless relations (issue 10, thirty-third round). Every sentence is written for these tests;
// names, places and things are invented.

const relations = (text: string) => analyseChecked(text).attributions.map((x) => ({ cue: x.cue, source: x.sourceSpan?.text ?? null, text: x.text }));

describe('an agentless relative clause that closes its sentence is read within that sentence', () => {
  const first = 'Growers pleaded with voters for their support in the harbour vote, which appeared likely to settle little.';

  it('a comma in a later sentence or paragraph does not keep the relative clause inside the earlier content', () => {
    for (const next of ['', ' Later, the clerks went home.', '\n\nBut behind the pilot, five clerks waited.']) {
      const text = first + next;
      expect(slicedByCue(text, 'pleaded with').text).toBe('voters for their support in the harbour vote');
      expect(sourcelessByCue(text, 'appeared').text).toBe('which appeared likely to settle little');
    }
    const text = 'Vale praised the ferry plan, which is expected to draw crowds.\n\nIn May, the pier opened, and Ruiz, a pilot, left.';
    expect(slicedByCue(text, 'praised').text).toBe('the ferry plan');
    expect(sourcelessByCue(text, 'is expected').text).toBe('which is expected to draw crowds');
  });

  it('the sentence is analysed alike whatever follows it', () => {
    const alone = relations(first);
    expect(relations(`${first} In May, the pier opened, and Ruiz, a pilot, left.`).slice(0, alone.length)).toEqual(alone);
  });

  it('not: a relative clause the sentence goes on after keeps its place in the content', () => {
    const text = 'Vale praised the ferry plan, which is expected to draw crowds, before the vote.';
    expect(slicedByCue(text, 'praised').text).toContain('which is expected to draw crowds');
    expect(relations(text).some((x) => x.cue === 'is expected' && x.text === 'which is expected to draw crowds')).toBe(false);
  });
});

describe('a finite agentless verb whose subject follows ", and" or ", while" begins a clause of its own', () => {
  it('the earlier content ends at the comma and the joined clause is a sourceless relation', () => {
    const text = 'Tarn growers like to side with a favourite, and rival pilots appear nervous about the harbour vote.';
    expect(slicedByCue(text, 'like').text).toBe('to side with a favourite');
    expect(sourcelessByCue(text, 'appear').text).toBe('rival pilots appear nervous about the harbour vote');
    const hoped = 'Ruiz hoped to sell the orchard, and the growers seem keen to buy it.';
    expect(slicedByCue(hoped, 'hoped').text).toBe('to sell the orchard');
    expect(sourcelessByCue(hoped, 'seem').text).toBe('the growers seem keen to buy it');
    const wants = 'Vale wants to rebuild the pier, whereas the ferry is expected to close in May.';
    expect(slicedByCue(wants, 'wants').text).toBe('to rebuild the pier');
    expect(sourcelessByCue(wants, 'is expected').text).toBe('the ferry is expected to close in May');
  });

  it('a hyphenated word in the subject does not hide the joined clause', () => {
    const text = 'The ferry launch was mocked as clumsy, while last-minute work on the harbour fair appeared to be in disarray.';
    expect(sourcelessByCue(text, 'appeared').text).toBe('last-minute work on the harbour fair appeared to be in disarray');
  });

  it('not: a reported clause goes on over ", but"; a list that ends with a participle', () => {
    expect(slicedByCue('Ruiz argued that tolls would rise, but the levy seemed likely to fall.', 'argued').text).toBe('tolls would rise, but the levy seemed likely to fall');
    expect(slicedByCue('Vale will seek to calm the growers by holding fairs, meetings, and other events designed to unite the town.', 'will seek').text).toContain('other events designed to unite the town');
  });
});

describe('an opening clause ends at the comma before the main clause also when a sentence adverb opens it', () => {
  it('the main clause after "now" or "today" keeps its own relation', () => {
    const text = 'Where the toll had once seemed fair, now it seems a burden.';
    expect(sourcelessByCue(text, 'seemed').text).toBe('the toll had once seemed fair');
    expect(sourcelessByCue(text, 'seems').text).toBe('now it seems a burden');
    const today = 'While the ferry levy once seemed modest, today the growers appear furious about it.';
    expect(sourcelessByCue(today, 'seemed').text).toBe('the ferry levy once seemed modest');
    expect(sourcelessByCue(today, 'appear').text).toContain('the growers appear furious about it');
  });

  it('not: an adverb inside the opening clause ends nothing', () => {
    expect(sourcelessByCue('Where the toll had once seemed fair and now seems steep, growers left.', 'seemed').text).toContain('now seems steep');
  });
});
