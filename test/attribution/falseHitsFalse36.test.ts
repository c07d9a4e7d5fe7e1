import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// false36 (issue 10, precision and extent): every sentence is written for these tests; names and places are invented.

const relations = (text: string) =>
  analyse(text).attributions.map((r) => `${r.sourceSpan ? r.sourceSpan.text : '—'} | ${r.cue} | ${text.slice(r.start, r.end)}`);

describe('an object with an aside between two dashes goes on behind the second dash', () => {
  it('"and" joining a second noun phrase: both are the object', () => {
    const text = 'Most voters opted for Vale — a harbour pilot who had never held office — and Ruiz.';
    expect(relations(text)).toEqual(['Most voters | opted for | Vale — a harbour pilot who had never held office — and Ruiz']);
    const r = analyse(text).attributions[0]!;
    expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(r.contentSpans.map((s) => text.slice(s.start, s.end))).toEqual(['Vale — a harbour pilot who had never held office — and Ruiz']);
  });

  it('a preposition or a relative pronoun behind the second dash continues the object', () => {
    expect(relations('The mayor praised the levy — a modest one by any measure — against the wishes of the council.')).toEqual([
      'The mayor | praised | the levy — a modest one by any measure — against the wishes of the council',
    ]);
    expect(relations('Berg pushed back against critics — like the Harbour Times — who say the port is in decline.')[0]).toBe(
      'Berg | pushed back against | critics — like the Harbour Times — who say the port is in decline',
    );
  });

  it('a new clause behind the second dash ends the object at the first dash', () => {
    expect(relations('Ruiz has continued to push for a new pier — a dream for many growers — while Vale has mocked the plan.')).toEqual([
      'Ruiz | has continued to push for | a new pier',
      'Vale | has mocked | the plan',
    ]);
    expect(relations('Vale backed the ferry plan — a costly one — and Ruiz said it would fail.')).toEqual([
      'Vale | backed | the ferry plan',
      'Ruiz | said | it would fail',
    ]);
    expect(relations('Tarn County opposed the toll — a novelty in the region — and it lost the vote.')).toEqual(['Tarn County | opposed | the toll']);
  });

  it('a single dash running to the end of the sentence still ends the object', () => {
    expect(relations('Vale endorsed Berg — the pilot who flew for the Harbour Times.')).toEqual(['Vale | endorsed | Berg']);
  });
});

describe('"what" as the moved object or subject of a cue in a free relative', () => {
  it('"what" before the complement the verb keeps: content "what … to do"', () => {
    const text = 'That is what Vale has threatened to do.';
    const [r] = analyse(text).attributions;
    expect(r!.sourceSpan!.text).toBe('Vale');
    expect(r!.cue).toBe('has threatened');
    expect(r!.contentSpans.map((s) => text.slice(s.start, s.end))).toEqual(['what', 'to do']);
    expect(relations('The board did what Vale had promised to do.')).toEqual(['Vale | had promised | what Vale had promised to do']);
  });

  it('"what" as the subject of the reported clause: content "what … is necessary"', () => {
    const text = 'The plan is what scientists think is necessary.';
    const [r] = analyse(text).attributions;
    expect(r!.sourceSpan!.text).toBe('scientists');
    expect(r!.contentSpans.map((s) => text.slice(s.start, s.end))).toEqual(['what', 'is necessary']);
    expect(analyse('What the growers think is fair is a lower toll.').attributions[0]!.contentSpans.map((s) => s.text)).toEqual(['What', 'is fair']);
  });

  it('still: "what" opening a reported clause after the cue; "what" as the bare object is no content (false39)', () => {
    expect(relations('Vale said what the council wanted was a new pier.')).toEqual(['Vale | said | what the council wanted was a new pier']);
    expect(relations('Vale knows what Ruiz plans to do.')).toEqual(['Vale | knows | what Ruiz plans to do']);
    expect(relations('That is exactly what Ruiz wants.')).toEqual([]);
  });
});

describe('a passive judgement keeps its reason or charge after the agent', () => {
  it('"for" after the agent of an evaluation: content "X … for Y"', () => {
    const text = 'Okafor was faulted by two councillors for skipping the harbour vote.';
    const [r] = analyse(text).attributions;
    expect(r!.sourceSpan!.text).toBe('two councillors');
    expect(r!.cue).toBe('was faulted');
    expect(r!.contentSpans.map((s) => text.slice(s.start, s.end))).toEqual(['Okafor', 'for skipping the harbour vote']);
    expect(analyse('Ruiz was berated by his father for buying a boat.').attributions[0]!.contentSpans.map((s) => s.text)).toEqual(['Ruiz', 'for buying a boat']);
  });

  it('"of" after the agent of "accuse": content "X … of Y"', () => {
    expect(analyse('Berg was accused by a reporter of grabbing her arm.').attributions[0]!.contentSpans.map((s) => s.text)).toEqual(['Berg', 'of grabbing her arm']);
  });

  it('still: no reason after the agent, a time phrase after it, or a participle set off after its noun', () => {
    expect(analyse('Vale was praised by the mayor.').attributions[0]!.contentSpans.map((s) => s.text)).toEqual(['Vale']);
    expect(analyse('The levy was praised by growers over the summer.').attributions[0]!.contentSpans.map((s) => s.text)).toEqual(['The levy']);
    expect(analyse('The levy, praised by the mayor for its cost, passed.').attributions.map((r) => r.contentSpans.map((s) => s.text))).not.toContainEqual(['The levy', 'for its cost']);
  });
});
