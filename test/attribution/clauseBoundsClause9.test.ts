import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Clause bounds after the content (issue 10, clause9). Sentences and names are invented.

describe('an indefinite pronoun opens the main clause after an opening "when" clause', () => {
  it('"When Ruiz said the dam was safe, nobody believed her": the content ends at the comma', () => {
    const said = byCue(analyse('When Ruiz said the dam was safe, nobody believed her.'), 'said');
    expect(said.text).toBe('the dam was safe');
    expect(said.sourceSpan?.text).toBe('Ruiz');
  });

  it('also "everyone", and the -ing pronouns "nothing" and "everything"', () => {
    expect(byCue(analyse('When Okafor claimed the ferry was late, everyone shrugged.'), 'claimed').text).toBe('the ferry was late');
    expect(byCue(analyse('When Tarnow said the orchard was sold, nothing happened.'), 'said').text).toBe('the orchard was sold');
    expect(byCue(analyse('After Berg wrote that the choir would disband, everything changed.'), 'wrote').text).toBe('the choir would disband');
  });

  it('still: a conditional clause inside the content keeps its own main clause', () => {
    expect(byCue(analyse('Berg said that if the orchard flooded, nobody would buy the apples.'), 'said').text).toBe('if the orchard flooded, nobody would buy the apples');
  });

  it('still: an -ing word after the comma is a participle, not the main clause', () => {
    expect(byCue(analyse('When Vale said the bakery would close, adding that rents were high, her staff left.'), 'said').text).toBe('the bakery would close');
  });
});

describe('a coordinated subject whose first noun the tagger read as a verb', () => {
  it('"An earlier draft and the final text are expected to differ": the raised subject is the whole coordination', () => {
    const expected = byCue(analyse('An earlier sketch and the finished mural are expected to differ.'), 'are expected');
    expect(expected.text).toBe('An earlier sketch and the finished mural are expected to differ');
  });

  it('still: a verb before "and" joins two clauses, and the second subject alone is raised', () => {
    expect(byCue(analyse('Berg painted an earlier sketch and the finished mural is expected to differ.'), 'is expected').text).toBe('the finished mural is expected to differ');
  });
});

describe('a poll cited after a clause whose -s verb the tagger read as a noun', () => {
  it('"Vale trails Ruiz in a county poll": the poll reports the clause before it', () => {
    const poll = byCue(analyse('Okafor trails Berg in a harbour district poll.'), 'in');
    expect(poll.text).toBe('Okafor trails Berg');
    expect(poll.sourceSpan?.text).toBe('a harbour district poll');
  });

  it('still: a possessive before a plural noun is no subject and verb ("his attacks Saturday")', () => {
    const saying = byCue(analyse('Tarnow renewed his attacks Sunday, saying in a post that the ferry fares were unfair.'), 'saying');
    expect(saying.sourceSpan?.text).toBe('Tarnow');
    expect(analyse('The muddy trails in a county park closed.').attributions).toHaveLength(0);
  });
});

describe('a split quotation whose tag holds a participle clause', () => {
  it('the rest of the quoted sentence after the participle clause goes to the tag\'s verb', () => {
    const text = '“The kiln is fixed,” Okafor wrote in a note describing the repair, “but the glaze still cracks.”';
    const a = analyse(text);
    const wrote = a.attributions.find((x) => x.cue.startsWith('wrote'))!;
    expect(wrote.text).toContain('The kiln is fixed');
    expect(wrote.text).toContain('but the glaze still cracks');
    expect(wrote.sourceSpan?.text).toBe('Okafor');
    expect(a.attributions.filter((x) => x.text.includes('glaze'))).toHaveLength(1);
  });

  it('still: a quotation that completes the participle\'s own clause stays its content', () => {
    const text = '“The levy stays,” Berg wrote, arguing that if the council balked, “more shops would close.”';
    expect(byCue(analyse(text), 'arguing').text).toContain('more shops would close');
  });
});
