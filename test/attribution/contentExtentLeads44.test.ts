import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, slicedByCue } from '../helpers.js';

// Content-extent leads of round 34 (issue 10). Every sentence is written for these tests; names are invented.

describe('"said that is all": a "that" right before its verb is the reported clause\'s subject', () => {
  it('the content keeps the pronoun "that"', () => {
    expect(slicedByCue('Vale said that is all.', 'said').text).toBe('that is all');
    expect(slicedByCue('Berg insisted that was never in the ferry plan.', 'insisted').text).toBe('that was never in the ferry plan');
    expect(slicedByCue('Ruiz warned that could take years.', 'warned').text).toBe('that could take years');
    expect(slicedByCue('Tarn officials said that happened before the vote.', 'said').text).toBe('that happened before the vote');
    expect(slicedByCue('The clerk says that doesn’t mean the pier is safe.', 'says').text).toBe('that doesn’t mean the pier is safe');
  });

  it('the source stays the speaker', () => {
    expect(slicedByCue('Vale said that is all.', 'said').sourceSpan?.text).toBe('Vale');
  });

  it('a "that" before a subject of its own still opens the clause and is left out', () => {
    expect(slicedByCue('Vale said that the pier was safe.', 'said').text).toBe('the pier was safe');
    expect(slicedByCue('Berg said that fishing was banned in May.', 'said').text).toBe('fishing was banned in May');
    expect(slicedByCue('Ruiz said that she would stay.', 'said').text).toBe('she would stay');
    expect(slicedByCue('Berg learned that permits had lapsed.', 'learned').text).toBe('permits had lapsed');
    expect(slicedByCue('Ruiz argued that being first is no help.', 'argued').text).toBe('being first is no help');
  });
});

describe('"Vale, worried that the pier would fall, called the board": a past participle set off after its subject', () => {
  it('the content ends at the comma closing the participle\'s clause', () => {
    const x = slicedByCue('Vale, worried that the pier would fall, called the board.', 'worried');
    expect(x.text).toBe('the pier would fall');
    expect(x.sourceSpan?.text).toBe('Vale');
    expect(slicedByCue('The mayor, worried that the tram was late again, phoned the depot.', 'worried').text).toBe('the tram was late again');
    expect(slicedByCue('Berg, convinced that the levy was unfair, voted against it.', 'convinced').text).toBe('the levy was unfair');
  });

  it('a finite verb with no comma and verb after its clause keeps its content whole', () => {
    expect(slicedByCue('Vale worried that the pier would fall, as it had in May.', 'worried').text).toBe('the pier would fall, as it had in May');
    expect(slicedByCue('Vale, a clerk, worried that the pier would fall.', 'worried').text).toBe('the pier would fall');
  });
});

describe('"This is what Vale said to reporters about the pier": the moved "what" is the content', () => {
  it('an addressee and a topic phrase after the cue are no content of their own', () => {
    // (the moved "what" alone is the content, and a relation whose content is only a relative word is dropped
    // (false39): so no relation reports the addressee or the topic phrase)
    for (const text of ['This is what Vale said to reporters about the pier.', 'This is what Vale said about the pier.', 'That is what Berg wrote of the levy, and it stung.']) {
      const spans = analyse(text).attributions.map((a) => a.text);
      expect(spans.filter((t) => /reporters|pier|levy/.test(t))).toEqual([]);
    }
  });

  it('a topic phrase with a clause after it still leaves the clause the content', () => {
    expect(slicedByCue('Vale said about the pier that it was safe.', 'said').text).toBe('it was safe');
    expect(slicedByCue('He knows what Ruiz said about the pier in May.', 'knows').text).toBe('what Ruiz said about the pier in May');
  });
});

describe('a series of the subject\'s verb phrases: "Vale asked the council to wait, said the pier was safe, and left"', () => {
  it('a cue in the middle of the series ends before its last member, even with a reported clause', () => {
    const x = slicedByCue('Vale asked the council to wait, said the pier was safe, and left.', 'said');
    expect(x.text).toBe('the pier was safe');
    expect(x.sourceSpan?.text).toBe('Vale');
    expect(slicedByCue('Berg thanked the crews, warned that the levy would rise, and went home.', 'warned').text).toBe('the levy would rise');
  });

  it('a cue opening the series ends before the series\' next member', () => {
    expect(slicedByCue('Ruiz vowed to cut fares, proposed that the pier be closed, and pushed for a vote.', 'vowed').text).toBe('to cut fares');
  });

  it('the middle member shares the first verb\'s subject', () => {
    const x = slicedByCue('Ruiz vowed to cut fares, proposed that the pier be closed, and pushed for a vote.', 'proposed');
    expect(x.sourceSpan?.text).toBe('Ruiz');
    expect(x.text).toBe('the pier be closed');
  });

  it('not: a lone ", and" + verb after a reported clause, a list of clauses, or a bare verb after a present cue', () => {
    expect(slicedByCue('Vale said the pier was safe, and left.', 'said').text).toBe('the pier was safe, and left');
    expect(slicedByCue('Vale said the ferry would run, the pier would open, and the toll would fall.', 'said').text).toBe('the ferry would run, the pier would open, and the toll would fall');
    expect(slicedByCue('Berg fears the levy will pass, and drive growers away.', 'fears').text).toBe('the levy will pass, and drive growers away');
  });
});

describe('"If the levy fails, Ruiz said the pier would close": a condition opening the sentence before the source', () => {
  it('is the first piece of what a verb of saying right after its source reports', () => {
    const x = slicedByCue('If the levy fails, Ruiz said the pier would close.', 'said');
    expect(x.contentSpans.map((s) => s.text)).toEqual(['If the levy fails', 'the pier would close']);
    expect(x.sourceSpan?.text).toBe('Ruiz');
    expect(slicedByCue('Unless the board acts, growers say the harvest will rot.', 'say').contentSpans.map((s) => s.text)).toEqual(['Unless the board acts', 'the harvest will rot']);
  });

  it('not: after "that", for a verb of belief, or an opening clause that is no condition', () => {
    expect(slicedByCue('If the levy fails, Ruiz said that the pier would close.', 'said').text).toBe('the pier would close');
    expect(slicedByCue('If the levy fails, Ruiz believes the pier will close.', 'believes').text).toBe('the pier will close');
    expect(slicedByCue('When the levy failed, Ruiz said the pier would close.', 'said').text).toBe('the pier would close');
  });
});

describe('a passive judgement inside what a tag reports', () => {
  it('is part of the tag\'s content, no relation of its own', () => {
    const a = analyse('Vale was praised by the growers for the pier, the Harbour Times reported.');
    expect(a.attributions.map((x) => x.cue)).toEqual(['reported']);
    const x = slicedByCue('Vale was praised by the growers for the pier, the Harbour Times reported.', 'reported');
    expect(x.text).toBe('Vale was praised by the growers for the pier');
    expect(x.sourceSpan?.text).toBe('the Harbour Times');
  });

  it('standing alone, the passive judgement is a relation with its agent as source', () => {
    expect(slicedByCue('Vale was praised by the growers for the pier.', 'was praised').sourceSpan?.text).toBe('the growers');
  });
});
