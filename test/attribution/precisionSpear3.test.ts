import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Precision and density, seventeenth attribution round (issue 10, spear3): words that only look
// like reporting cues. Every sentence is written for these tests; names and places are invented.

const cues = (text: string) => analyse(text).attributions.map((x) => x.cue);

describe('a plural noun after a number, an adjective or an article is no reporting verb', () => {
  it('"the nine states that held primaries", "two states that …", "coastal states that …"', () => {
    expect(cues('Strong turnout in the nine states that held primaries on Tuesday helped Vale.')).not.toContain('states');
    expect(cues('Ruiz spent heavily in the two states that open the season.')).not.toContain('states');
    expect(cues('Vale campaigned in the coastal states that hold primaries in June.')).not.toContain('states');
  });

  it('still: the -s verb after its subject', () => {
    expect(byCue(analyse('Vale states that the depot closed.'), 'states')).toMatchObject({ speaker: 'Vale', text: 'the depot closed' });
    expect(byCue(analyse('The memo states that the depot closed.'), 'states').text).toBe('the depot closed');
  });
});

describe('"claim" with a prize won or taken reports nothing', () => {
  it('"claimed the nomination", "claiming 38 percent of the ballots", "claims more territory"', () => {
    expect(cues('Vale claimed the nomination on Tuesday after a long count.')).not.toContain('claimed');
    expect(cues('Ruiz won the ward easily, claiming 38 percent of the ballots.')).not.toContain('claiming');
    expect(cues('The militia pressed north while it claims more territory along the river.')).not.toContain('claims');
  });

  it('still: a claim with its clause, and a declared victory', () => {
    expect(byCue(analyse('Okafor claimed that the count was rigged.'), 'claimed')).toMatchObject({ speaker: 'Okafor', text: 'the count was rigged' });
    expect(byCue(analyse('Berg claimed a moral victory after the vote.'), 'claimed').speaker).toBe('Berg');
  });
});

describe('a relative clause after a reporting noun and "that" is no content', () => {
  it('the verb takes the noun as its object and has none of its own: "the account that Vale gave on Monday"', () => {
    expect(cues('The account that Vale gave on Monday was thin.')).not.toContain('account');
    expect(cues('Emails from the account that Berg used during her term were released.')).not.toContain('account');
  });

  it('still: a content clause with its own object, and a passive', () => {
    expect(byCue(analyse('The fear that the mayor has a secret plan grew.'), 'The fear').text).toBe('the mayor has a secret plan');
    expect(byCue(analyse('Even a promise that Vale would be given control of the port stirred anger.'), 'a promise').text).toBe('Vale would be given control of the port');
  });
});
