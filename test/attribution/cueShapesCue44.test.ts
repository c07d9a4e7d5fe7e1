import { describe, expect, it } from 'vitest';
import { attributionRows } from '../helpers.js';

// cue44: cue shapes as news annotators mark them. Sentences written for this test; names and
// places are invented.

// (cue first: the rows of attributionRows, which checks the offsets, reordered)
const rows = (text: string) => attributionRows(text).map(([source, cue, content]) => [cue, source, content]);

describe('a saying cue shows the "of" that opens its own content', () => {
  it('"boasted of", "made no mention of", "accusations of", "tells the story of", "Reports of"', () => {
    expect(rows('The vote was close, Vale boasted of his own tally.')).toContainEqual(['boasted of', 'Vale', 'his own tally']);
    expect(rows('Ruiz made no mention of the levy.')).toEqual([['made no mention of', 'Ruiz', 'the levy']]);
    expect(rows('There were accusations of fraud against the clerk.')).toEqual([['There were accusations of', null, 'fraud against the clerk']]);
    expect(rows('Berg often tells the story of how the pier burned.')).toEqual([['often tells the story of', 'Berg', 'how the pier burned']]);
    expect(rows('Reports of a leak at the pier reached the board.')).toEqual([['Reports of', null, 'a leak at the pier']]);
  });

  it('not: an "of" phrase naming the topic of a quotation stays out of the cue', () => {
    expect(rows('Vale said of the levy, “It is a fair price.”')).toEqual([['said', 'Vale', 'It is a fair price.']]);
  });
});

describe('"describe as" shows the verb without its "as"', () => {
  it('"what Vale described as …", "whom Ruiz describes as …", "was described as …"', () => {
    expect(rows('The levy is what Vale described as a tax on the poor.')).toEqual([['described', 'Vale', 'what Vale described as a tax on the poor']]);
    expect(rows('The clerk, whom Ruiz describes as reckless, resigned.')).toEqual([['describes', 'Ruiz', 'whom Ruiz describes as reckless']]);
    expect(rows('Vale was described as a careful clerk.')).toEqual([['was described', null, 'Vale was described as a careful clerk']]);
  });

  it('not: "known as" keeps its "as"', () => {
    expect(rows('Ruiz is known as a careful clerk.')).toEqual([['is known as', null, 'Ruiz is known as a careful clerk']]);
  });
});

describe('a verb of appearance shows its verb group', () => {
  it('"may seem", "has seemed", "did not seem", "don\'t seem", "also appears"', () => {
    expect(rows('Vale may seem unsure about the levy.')).toEqual([['may seem', null, 'Vale may seem unsure about the levy']]);
    expect(rows('Ruiz has seemed ready to back the levy.')).toEqual([['has seemed', null, 'Ruiz has seemed ready to back the levy']]);
    expect(rows('The clerk did not seem to mind the delay.')).toEqual([['did not seem', null, 'The clerk did not seem to mind the delay']]);
    expect(rows("The fares don't seem fair to the crews.")).toEqual([["don't seem", null, "The fares don't seem fair to the crews"]]);
  });

  it('not: a bare verb of appearance gains nothing', () => {
    expect(rows('Vale seemed unsure about the levy.')).toEqual([['seemed', null, 'Vale seemed unsure about the levy']]);
  });
});

describe('a verb of beginning or going on before a gerund cue is shown with it', () => {
  it('"began writing", "kept asking", "began by saying", "took turns urging"', () => {
    expect(rows('Vale began writing letters that urged the board to act.')[0]).toEqual(['began writing', 'Vale', 'letters that urged the board to act']);
    expect(rows('Ruiz kept asking whether the pier was safe.')).toEqual([['kept asking', 'Ruiz', 'whether the pier was safe']]);
    expect(rows('Berg began by saying that the pier was unsafe.')).toEqual([['began by saying', 'Berg', 'the pier was unsafe']]);
    expect(rows('The mayors took turns urging the crews to stay.')).toEqual([['took turns urging', 'The mayors', 'the crews to stay']]);
  });

  it('not: "stopped by" (a visit), nor a verb with its own object before the gerund', () => {
    expect(rows('Vale stopped by asking whether the pier was safe.')).toEqual([['asking', 'Vale', 'whether the pier was safe']]);
    expect(rows('Vale began his speech saying the pier was unsafe.')).toEqual([['saying', 'Vale', 'the pier was unsafe']]);
  });
});

describe('"That\'s according to …" shows the clitic verb with the cue', () => {
  it('the cue takes "\'s", the content is the pronoun', () => {
    expect(rows("The levy raised $40 million. That's according to the clerk.")).toEqual([["'s according to", 'the clerk', 'That']]);
  });

  it('not: a plain "according to" gains nothing', () => {
    expect(rows('The levy raised $40 million, according to the clerk.')).toEqual([['according to', 'the clerk', 'The levy raised $40 million']]);
    expect(rows('According to the clerk, the levy raised $40 million.')).toEqual([['According to', 'the clerk', 'the levy raised $40 million']]);
  });
});
