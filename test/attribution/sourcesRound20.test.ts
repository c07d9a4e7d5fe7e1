import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Sources of the twentieth attribution round (issue 10). Every sentence is written for these tests.

describe('a plural the tagger reads as a verb right after "be", before a relative pronoun', () => {
  it('is the antecedent of the relative clause, whose verb keeps its relation and a source', () => {
    const x = byCue(analyse('There were surveys that show Okafor is leading in the harbour ward.'), 'show');
    expect(x.text).toBe('Okafor is leading in the harbour ward');
    // (the relative pronoun stands for its antecedent, the plural before it)
    expect(x.sourceId).toBe('document:surveys');
  });

  it('a singular noun in the same slot changes nothing: its relative clause keeps its own subject', () => {
    const a = analyse('There was a rumour that Okafor wants the harbour post.');
    expect(byCue(a, 'a rumour').text).toBe('Okafor wants the harbour post');
    expect(a.attributions.some((x) => x.sourceId?.endsWith('rumour'))).toBe(false);
  });
});

describe('an existential "there" is never a source', () => {
  it('a verb coordinated with "there be" has the phrase after "be" as its subject', () => {
    const x = byCue(analyse('There are many beekeepers who like the new hives but do not want a new licence fee.'), 'do not want');
    expect(x.sourceSpan?.text).toBe('many beekeepers');
    expect(x.text).toBe('a new licence fee');
  });

  it('with no phrase after "be" that could speak, the relation keeps no source rather than "There"', () => {
    const a = analyse('There is still room for Tarnow to mend fences with the guild, even after publicly mocking its elders as relics.');
    expect(a.attributions.some((x) => x.sourceSpan?.text === 'There')).toBe(false);
  });
});

describe('a capitalised modal before an inflected verb', () => {
  it('is a name ("Will", "May"), the source of the verb', () => {
    expect(byCue(analyse('Will believes the glass tax is a blunder.'), 'believes').sourceSpan?.text).toBe('Will');
    expect(byCue(analyse('In her column, Will argued for a smaller glass tax.'), 'argued for').sourceSpan?.text).toBe('Will');
    expect(byCue(analyse('Later, May insisted that the ferry vote was lost.'), 'insisted').sourceSpan?.text).toBe('May');
  });

  it('before a bare verb it stays the modal: the subject after it or before it speaks', () => {
    expect(byCue(analyse('Will Tarnow say the ferry vote was lost?'), 'say').sourceSpan?.text).toBe('Tarnow');
    expect(byCue(analyse('Berg will claim the ferry vote was lost.'), 'will claim').sourceSpan?.text).toBe('Berg');
  });
});

describe('a subject with a "that" relative whose verb the tagger read as a noun or an adverb', () => {
  it('the plural before "that" is the subject, not the relative clause', () => {
    expect(byCue(analyse('Beekeepers that fear the new licence say it will ruin them.'), 'say').sourceSpan?.text).toBe('Beekeepers');
    expect(byCue(analyse('Guilds that back the glass tax say it is fair.'), 'say').sourceSpan?.text).toBe('Guilds');
    // (leads59: a cue verb that does not take its object as the one who feels: "worry Tarnow" is no belief of the surveys')
    expect(byCue(analyse('Surveys that show Okafor at 12 percent predict a loss for Tarnow.'), 'predict').sourceSpan?.text).toBe('Surveys');
  });

  it('a noun after "that" with no object after it is left alone: "that" opens a clause of its own there', () => {
    const x = byCue(analyse('The fees that guild elders set were too high, Tarnow said.'), 'said');
    expect(x.sourceSpan?.text).toBe('Tarnow');
    expect(x.text).toBe('The fees that guild elders set were too high');
  });
});

describe('a verb coordinated after a clause that "whether", "if" or "that" opens', () => {
  it('an inflected verb joins the verb before the opener, not the bare verb after a modal inside the clause', () => {
    const x = byCue(analyse('Okafor put off deciding whether the guild could expel Tarnow but said the elders would meet again.'), 'said');
    expect(x.sourceSpan?.text).toBe('Okafor');
    expect(x.text).toBe('the elders would meet again');
  });

  it('a verb coordinated with the main verb directly keeps its subject', () => {
    expect(byCue(analyse('Okafor doubted the guild would expel Tarnow and said the elders would meet again.'), 'said').sourceSpan?.text).toBe('Okafor');
  });
});
