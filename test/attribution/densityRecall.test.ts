import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Recall in articles the library under-counts (issue 10, density): constructions that attribute
// a view or a state of mind. Every sentence is written for these tests; names and places are invented.

type Case = [text: string, cue: string, source: string, content: string];

/** Each case gives one relation with this cue, source and content, and the spans slice to their text. */
function expectRelations(cases: Case[], checkCueSpan = true): void {
  for (const [text, cue, source, content] of cases) {
    const r = byCue(analyse(text), cue);
    expect(r.text).toBe(content);
    expect(r.sourceSpan?.text).toBe(source);
    if (checkCueSpan) expect(text.slice(r.cueSpan!.start, r.cueSpan!.end)).toBe(cue);
    expect(text.slice(r.start, r.end)).toBe(content);
  }
}

describe('a linking verb and a state adjective before a clause', () => {
  it('"remain confident that", "remained skeptical that", "seemed hopeful that": one cue from the verb to the adjective', () => {
    const cases: Case[] = [
      ['The ferry pilots in Marlow remain confident that the toll will be dropped.', 'remain confident', 'The ferry pilots in Marlow', 'the toll will be dropped'],
      ['Some donors in Marlow remained skeptical that Okafor would follow through.', 'remained skeptical', 'Some donors in Marlow', 'Okafor would follow through'],
      ['Before the storm, Ruiz seemed hopeful that the town could take in more families.', 'seemed hopeful', 'Ruiz', 'the town could take in more families'],
      ['Neighbours of Berg are growing increasingly annoyed that he keeps parking vans on the lawn.', 'are growing increasingly annoyed', 'Neighbours of Berg', 'he keeps parking vans on the lawn'],
      ['The ferry crews have become convinced that the port will close.', 'have become convinced', 'The ferry crews', 'the port will close'],
    ];
    expectRelations(cases);
  });

  it('"whether" opens the clause too', () => {
    const a = analyse('Okafor remained unsure whether the council would vote.');
    expect(byCue(a, 'remained unsure')).toMatchObject({ text: 'whether the council would vote' });
    expect(byCue(a, 'remained unsure').sourceSpan?.text).toBe('Okafor');
  });

  it('not: a mood with no clause after it, nor a clause about what is clear', () => {
    for (const text of ['Ruiz remained confident throughout the evening.', 'Okafor grew nervous with the crowd.', 'The picture became clearer that week.']) {
      expect(analyse(text).attributions).toEqual([]);
    }
    const a = analyse('The data grew ever more plain that the glacier was shrinking.');
    expect(a.attributions.some((x) => x.sourceSpan?.text === 'The data')).toBe(false);
  });
});

describe('records that show what they hold', () => {
  it('pictures, film and searches show an object: "News footage … showed", "Photographs show", "a search of … shows"', () => {
    const cases: Case[] = [
      ['News footage from the pier showed the ferry listing badly.', 'showed', 'News footage from the pier', 'the ferry listing badly'],
      ['Photographs show mourners gathered outside the Marlow town hall.', 'show', 'Photographs', 'mourners gathered outside the Marlow town hall'],
      ['A search of the county archive shows no record of the permit.', 'shows', 'A search of the county archive', 'no record of the permit'],
    ];
    expectRelations(cases, false);
  });

  it('"polling", read as a verb by the tagger, heads the subject after a determiner or adjective', () => {
    const text = 'The most recent polling shows Vale closing the gap on Ruiz.';
    const r = byCue(analyse(text), 'shows');
    expect(r.text).toBe('Vale closing the gap on Ruiz');
  });

  it('a relative pronoun right after the record: "the footage, which showed …"', () => {
    const r = byCue(analyse('The council saw the footage, which showed the guard leaving early.'), 'showed');
    expect(r.text).toBe('the guard leaving early');
    expect(r.sourceSpan?.text).toBe('which');
  });

  it('a long subject whose pollster names are joined by "and", "&", "/" or carry a bracket: the poll still shows', () => {
    const cases: [string, string, string][] = [
      ['A county poll released Sunday by the Marlow Ledger and Tide Radio shows Vale holding a narrow lead.', 'shows', 'Vale holding a narrow lead'],
      ['Two recent surveys from Berg College and Ledger/Tide respectively show a 48% approval rating.', 'show', 'a 48% approval rating'],
      ['A harbour poll, conducted jointly with Ruiz Research (D) and Okafor & Vale Research (R), shows Berg with 41 percent.', 'shows', 'Berg with 41 percent'],
    ];
    for (const [text, cue, content] of cases) {
      const r = byCue(analyse(text), cue);
      expect(r.text).toBe(content);
      expect(text.slice(r.start, r.end)).toBe(content);
      expect(r.sourceSpan).toBeTruthy();
    }
  });

  it('not: people joined by "and" showing something', () => {
    expect(analyse('Ruiz and Berg showed the council a map of the harbour.').attributions).toEqual([]);
  });

  it('not: a person showing a record to someone', () => {
    expect(analyse('Ruiz showed the photos to the council.').attributions).toEqual([]);
    expect(analyse('Okafor showed the footage to reporters on Monday.').attributions).toEqual([]);
  });
});

describe('arguing over a matter, and assigning a cause', () => {
  it('"sparred over", "sparred on", "clashed over", "have been bickering over": one cue, the matter is the content', () => {
    const cases: Case[] = [
      ['Vale and Berg sparred over harbour spending.', 'sparred over', 'Vale and Berg', 'harbour spending'],
      ['The candidates sparred on the issue of the ferry fares.', 'sparred on', 'The candidates', 'the issue of the ferry fares'],
      ['Two unions clashed over how to share the fund.', 'clashed over', 'Two unions', 'how to share the fund'],
      ['Ruiz and Okafor have been bickering over the budget.', 'have been bickering over', 'Ruiz and Okafor', 'the budget'],
    ];
    expectRelations(cases);
  });

  it('not: a clash with someone, with no matter', () => {
    expect(analyse('Protesters clashed with police on Monday.').attributions).toEqual([]);
  });

  it('"attributed the slow count to late ballots": the subject assigns a cause, the object and its cause are the content', () => {
    const r = byCue(analyse('Officials have attributed the slow count to thousands of late ballots.'), 'have attributed');
    expect(r.sourceSpan?.text).toBe('Officials');
    expect(r.text).toBe('the slow count to thousands of late ballots');
    const s = byCue(analyse('The campaign attributed her narrow win to bad weather in the north.'), 'attributed');
    expect(s.sourceSpan?.text).toBe('The campaign');
    expect(s.text).toBe('her narrow win to bad weather in the north');
  });

  it('not: a quotation attributed to someone (a passive label), nor the noun "attributes"', () => {
    expect(analyse('The quote was attributed to Ruiz.').attributions).toEqual([]);
    expect(analyse('The ferry has the attributes of a much larger ship.').attributions).toEqual([]);
  });
});

describe('taking a shot at someone, making no secret of something', () => {
  it('"took a shot at", "has taken jabs at", "has made no secret of": one cue, what follows is the content', () => {
    const cases: Case[] = [
      ['Berg took a shot at the harbour chief.', 'took a shot at', 'Berg', 'the harbour chief'],
      ['Vale has taken jabs at Ruiz.', 'has taken jabs at', 'Vale', 'Ruiz'],
      ['Okafor has made no secret of her dislike for the night tolls.', 'has made no secret of', 'Okafor', 'her dislike for the night tolls'],
    ];
    expectRelations(cases);
  });

  it('not: a shot taken at a goal, a secret kept', () => {
    expect(analyse('The striker took a shot at goal in the last minute.').attributions.map((x) => x.cue)).not.toContain('took a shot at');
    expect(analyse('Ruiz kept the secret for years.').attributions).toEqual([]);
  });
});
