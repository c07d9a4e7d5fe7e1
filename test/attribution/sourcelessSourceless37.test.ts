import { describe, expect, it } from 'vitest';
import { analyseChecked, slicedByCue, sourcelessByCue } from '../helpers.js';

// Sourceless relations (issue 10, thirty-third round). Every sentence is written for these tests;
// names, places and things are invented.

const relations = (text: string) => analyseChecked(text).attributions.map((x) => ({ cue: x.cue, source: x.sourceSpan?.text ?? null, text: x.text }));

describe('an agentless relative clause that closes its sentence is read within that sentence', () => {
  const first = 'Growers begged the council for help before the tram vote, which seemed bound to decide nothing.';

  it('a comma in a later sentence or paragraph does not keep the relative clause inside the earlier content', () => {
    for (const next of ['', ' Later, the clerks went home.', '\n\nBut behind the pilot, five clerks waited.']) {
      const text = first + next;
      expect(slicedByCue(text, 'begged').text).toBe('for help before the tram vote');
      expect(sourcelessByCue(text, 'seemed').text).toBe('which seemed bound to decide nothing');
    }
    const text = 'Vale praised the ferry plan, which is expected to bring crowds.\n\nIn May, the pier opened, and Ruiz, a pilot, left.';
    expect(slicedByCue(text, 'praised').text).toBe('the ferry plan');
    expect(sourcelessByCue(text, 'is expected').text).toBe('which is expected to bring crowds');
  });

  it('the sentence is analysed alike whatever follows it', () => {
    const alone = relations(first);
    expect(relations(`${first} In May, the pier opened, and Ruiz, a pilot, left.`).slice(0, alone.length)).toEqual(alone);
  });

  it('not: a relative clause the sentence goes on after keeps its place in the content', () => {
    const text = 'Vale praised the ferry plan, which is expected to bring crowds, before the vote.';
    expect(slicedByCue(text, 'praised').text).toContain('which is expected to bring crowds');
    expect(relations(text).some((x) => x.cue === 'is expected' && x.text === 'which is expected to bring crowds')).toBe(false);
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
    expect(sourcelessByCue(text, 'had once seemed').text).toBe('the toll had once seemed fair');
    expect(sourcelessByCue(text, 'seems').text).toBe('now it seems a burden');
    const today = 'While the ferry levy once seemed modest, today the growers appear furious about it.';
    expect(sourcelessByCue(today, 'once seemed').text).toBe('the ferry levy once seemed modest');
    expect(sourcelessByCue(today, 'appear').text).toContain('the growers appear furious about it');
  });

  it('not: an adverb inside the opening clause ends nothing', () => {
    expect(sourcelessByCue('Where the toll had once seemed fair and now seems steep, growers left.', 'had once seemed').text).toContain('now seems steep');
  });
});

describe('a second agentless predicate of a shared subject after "and" is a relation of its own', () => {
  it('the earlier content ends before "and"; the second passive keeps its own sourceless relation', () => {
    const text = 'Vale is known for her blunt remarks and is hailed as a harbour hero.';
    expect(sourcelessByCue(text, 'is known for').text).toBe('Vale is known for her blunt remarks');
    expect(sourcelessByCue(text, 'is hailed').text).toBe('is hailed as a harbour hero');
    const rooted = 'Berg backed the Tarn rowing club and was known as a fine oarsman.';
    expect(slicedByCue(rooted, 'backed').text).toBe('the Tarn rowing club');
    expect(sourcelessByCue(rooted, 'was known as').text).toBe('was known as a fine oarsman');
  });

  it('not: inside a reported clause the second predicate may share that clause\'s subject, and stays in it', () => {
    const text = 'Vale said the plan is sound and is expected to pass.';
    expect(slicedByCue(text, 'said').text).toBe('the plan is sound and is expected to pass');
    expect(relations(text).some((x) => x.cue === 'is expected')).toBe(false);
  });
});
