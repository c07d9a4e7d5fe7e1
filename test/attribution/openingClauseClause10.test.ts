import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Opening clauses before the main clause (issue 10, clause10): subordinators and fronted time
// phrases are no part of a source. Sentences and names are invented.

describe('a subordinator that opens the clause is no part of the source', () => {
  it.each(['Once', 'Whilst', 'Unless', 'Whereas'])('"%s Okafor proposed the merger, …": the source is the name alone', (opener) => {
    const said = byCue(analyse(`${opener} Okafor proposed the merger, the orchestra kept rehearsing.`), 'proposed');
    expect(said.sourceSpan?.text).toBe('Okafor');
    expect(said.text).toBe('the merger');
  });

  it('also inside the sentence, after the main clause', () => {
    expect(byCue(analyse('The choir kept singing whilst Okafor proposed the merger.'), 'proposed').sourceSpan?.text).toBe('Okafor');
    expect(byCue(analyse('The violinists stayed calm, whereas Tarnow insisted the hall was too cold.'), 'insisted').sourceSpan?.text).toBe('Tarnow');
  });

  it('still: "once" as an adverb inside the subject stays there', () => {
    expect(byCue(analyse('The once famous conductor insisted the hall was too cold.'), 'insisted').sourceSpan?.text).toBe('The once famous conductor');
    expect(byCue(analyse('Her once loyal deputy insisted the hall was too cold.'), 'insisted').sourceSpan?.text).toBe('Her once loyal deputy');
  });
});

describe('a time phrase fronted before the subject without a comma is no part of the source', () => {
  it.each([
    ['On Friday evening the conductor insisted the hall was too cold.', 'the conductor'],
    ['In 2019 two violinists warned the stage was unsafe.', 'two violinists'],
    ['Last week Okafor announced that the tour would end.', 'Okafor'],
    ['In March Berg insisted the hall was too cold.', 'Berg'],
  ])('%s', (text, source) => {
    const [cue] = analyse(text).attributions;
    expect(cue?.sourceSpan?.text).toBe(source);
  });

  it('the source behind an opening subordinator and a time phrase: "Although in June Vale said …"', () => {
    expect(byCue(analyse('Although in June Vale said the stage was safe, the choir left.'), 'said').sourceSpan?.text).toBe('Vale');
  });

  it('the relation stays when the fronted time phrase is the only thing before the subject', () => {
    const a = analyse('This year Tarnow spoke about how during the long tour, the choir grew tired.');
    expect(byCue(a, 'spoke about').sourceSpan?.text).toBe('Tarnow');
    expect(byCue(a, 'spoke about').text).toBe('how during the long tour, the choir grew tired');
  });

  it('still: a time word that owns the noun after it opens the subject', () => {
    expect(byCue(analyse('Last year’s review showed the hall was too cold.'), 'showed').sourceSpan?.text).toBe('Last year’s review');
    expect(byCue(analyse("This week's survey showed the hall was too cold."), 'showed').sourceSpan?.text).toBe("This week's survey");
  });
});

describe('a main clause opened by a prepositional phrase ends the opening clause’s content', () => {
  it('"Although in June Vale said …, at the meeting she said …": two relations, each with its own content', () => {
    const a = analyse('Although in June Vale said the stage was safe, at the rehearsal she said it was not.');
    const [first, second] = a.attributions;
    expect(first?.sourceSpan?.text).toBe('Vale');
    expect(first?.text).toBe('the stage was safe');
    expect(second?.sourceSpan?.text).toBe('she');
    expect(second?.text).toBe('it was not');
  });

  it('also after a phrase with a name as the subject, and the source leaves the phrase out', () => {
    const a = analyse('When Okafor argued the tickets were too dear, at the concert Berg doubted it.');
    expect(byCue(a, 'argued').text).toBe('the tickets were too dear');
    expect(byCue(a, 'doubted').sourceSpan?.text).toBe('Berg');
    expect(byCue(analyse('When Okafor argued the tickets were too dear, after the concert the manager doubted it.'), 'doubted').sourceSpan?.text).toBe('the manager');
  });

  it('still: a phrase with no subject and verb after it stays in the content', () => {
    expect(byCue(analyse('When Okafor argued the tickets were too dear, in the view of the critics, nobody listened.'), 'argued').text).not.toContain('nobody');
    expect(byCue(analyse('Okafor argued that the tickets, at the box office, were too dear.'), 'argued').text).toBe('the tickets, at the box office, were too dear');
  });
});

describe('an opening clause of contrast is no content of a later verb', () => {
  it('"While Tarnow argued …, no one agreed": the report inside the opening clause is found, "agreed" takes nothing', () => {
    const a = analyse('While Tarnow argued the tickets were fair, no one agreed.');
    expect(byCue(a, 'argued').text).toBe('the tickets were fair');
    expect(byCue(a, 'argued').sourceSpan?.text).toBe('Tarnow');
    expect(a.attributions.some((x) => x.cue === 'agreed')).toBe(false);
  });

  it('also "although"', () => {
    const a = analyse('Although Vale insisted the encore was short, the audience complained.');
    expect(byCue(a, 'insisted').text).toBe('the encore was short');
    expect(a.attributions.some((x) => x.cue === 'complained')).toBe(false);
  });

  it('still: a contrast clause after a comma inside the sentence may be what the tag reports', () => {
    const a = analyse('The choir sang at noon, the Ledger reported, while in the square the band began to play, the Courier reported.');
    expect(a.attributions.find((x) => x.sourceSpan?.text === 'the Courier')?.text).toBe('while in the square the band began to play');
  });

  it('still: a whole sentence with a conditional clause before the tag is a report', () => {
    expect(byCue(analyse('If the hall floods, the concert is off, Berg warned.'), 'warned').text).toBe('If the hall floods, the concert is off');
  });
});
