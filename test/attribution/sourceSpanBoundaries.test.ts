import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// Source spans of found relations (issue 10, "source right", round of session 6). Every sentence is
// written for these tests; names, places and outlets are invented.

const sourceOf = (text: string, cue: string) => analyse(text).attributions.find((x) => x.cue.includes(cue))?.sourceSpan?.text ?? null;

describe('infinitives after a noun phrase', () => {
  it('a purpose infinitive has the subject of the verb before it, not the noun right before "to"', () => {
    expect(sourceOf('Ruiz took the stage on Tuesday to acknowledge her defeat.', 'acknowledge')).toBe('Ruiz');
    expect(sourceOf('The councillor went out of her way to say that the toll was unfair.', 'say')).toBe('The councillor');
    expect(sourceOf('Ann Lee visited the “Morning Show” to defend her plan.', 'defend')).toBe('Ann Lee');
  });

  it('the object of a control verb, or the phrase after "for", is the infinitive\'s subject', () => {
    expect(sourceOf('The slow count led Republicans to say that the vote was rigged.', 'say')).toBe('Republicans');
    expect(sourceOf('It is hard for voters to know what the board wants.', 'know')).toBe('voters');
  });
});

describe('-ing forms after a verb', () => {
  it('after a verb of beginning or continuing, the subject of that verb speaks (not the object after the cue)', () => {
    expect(sourceOf('Then she began dismissing the notion that the tax would hurt farmers.', 'dismissing')).toBe('she');
    expect(sourceOf('Mr. Vale has recently begun asking his crews to log their hours.', 'asking')).toBe('Mr. Vale');
  });

  it('after "refrained from" or "stopped short of", the subject of the verb before the preposition', () => {
    expect(sourceOf('She has refrained from endorsing either candidate.', 'endorsing')).toBe('She');
    expect(sourceOf('Guardian stopped short of fully endorsing the plan.', 'endorsing')).toBe('Guardian');
  });
});

describe('no inverted subject after a plain word', () => {
  it('the object of a verb is not read as an inverted subject; after a quotation it is', () => {
    const a = analyse('He was booed by the crowd; praised the governor as a fighter; and declared that the war was over.');
    expect(a.attributions.every((x) => x.sourceSpan?.text !== 'the governor')).toBe(true);
    expect(sourceOf('“We will win,” said Ruiz.', 'said')).toBe('Ruiz');
    expect(sourceOf('The ferry will run again in May, says Tomas Berg.', 'says')).toBe('Tomas Berg');
  });
});

describe('adverbs and relative clauses at the edge of the subject', () => {
  it('"has since" is no part of the subject', () => {
    expect(sourceOf('Several leaders have since denounced the comments.', 'denounced')).toBe('Several leaders');
  });

  it('a relative pronoun after a parenthesis is the source of its clause', () => {
    expect(sourceOf('David Vale (who enthusiastically endorses Ruiz) was there.', 'endorses')).toBe('who');
  });
});

describe('possessors and verbal nouns', () => {
  it('a possessive owns a reporting noun over several modifiers', () => {
    expect(sourceOf('Vale’s recent evidence-free assertion that hundreds of people cheered was false.', 'assertion')).toBe('Vale');
    expect(sourceOf('Ms. Lee’s shifting and vague explanations of the loan hurt her.', 'explanations')).toBe('Ms. Lee');
    expect(sourceOf('Berg’s most explosive claim is that the panel is biased.', 'claim')).toBe('Berg');
  });

  it('a reporting noun used as the verb of its clause has that clause\'s subject', () => {
    expect(sourceOf('Republicans plan to move the bill in June.', 'plan')).toBe('Republicans');
    expect(sourceOf('The Tarn senators plan to release the transcripts.', 'plan')).toBe('The Tarn senators');
    // (a compound noun keeps no source of its own)
    expect(sourceOf('The new tax plan to raise fees was dropped.', 'plan')).toBeNull();
  });

  it('a pronoun or quantifier object of a control verb is the subject of the infinitive', () => {
    expect(sourceOf('The sudden notice led some to speculate that the ferry line was bankrupt.', 'speculate')).toBe('some');
    expect(sourceOf('Scenes of chaos could allow him to call for order.', 'call for')).toBe('him');
  });

  it('"Having announced …," is answered by the subject of the main clause', () => {
    expect(sourceOf('Having announced that she would not run, Judge Vale left the room.', 'announced')).toBe('Judge Vale');
  });
});

describe('small leftovers', () => {
  it('a capitalised adjective opening the sentence is no speaker ("Harsh comments from …")', () => {
    const a = analyse('Harsh comments from the mayor drew anger.');
    expect(a.attributions.every((x) => x.sourceSpan?.text !== 'Harsh')).toBe(true);
  });

  it('"Nor is it clear that …" is a state of knowledge with no source', () => {
    const a = analyse('Nor is it clear that the mayor will sign the bill.');
    expect(a.attributions).toHaveLength(1);
    expect(a.attributions[0]).toMatchObject({ sourceSpan: null, text: 'the mayor will sign the bill' });
  });

  it('the content of a noun in an opening phrase ends at its comma, and the main clause keeps its own attribution', () => {
    const a = analyse('Amid fury at the council, the mayor said the pier would be rebuilt.');
    expect(a.attributions.find((x) => x.cue === 'fury at')?.text).toBe('the council');
    expect(sourceOf('Amid fury at the council, the mayor said the pier would be rebuilt.', 'said')).toBe('the mayor');
  });
});
