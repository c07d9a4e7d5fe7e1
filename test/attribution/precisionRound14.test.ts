import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Fourteenth round (issue 10, Spearman through precision): constructions where the cue's
// content was not what was reported. Every sentence is written for these tests; names and
// places are invented.

describe('a place after the day of a tag is no content', () => {
  it('"…, Ruiz said Tuesday in Lisbon.": the clause before the tag is the content, not the place', () => {
    for (const tail of ['said Tuesday in Tarnow.', 'said Tuesday in an interview.', 'said Friday at a rally.', 'said on Monday in Tarnow.']) {
      const a = analyse(`The tariffs are ruinous, Ruiz ${tail}`);
      expect(a.attributions).toHaveLength(1);
      expect(byCue(a, 'said')).toMatchObject({ text: 'The tariffs are ruinous', speaker: 'Ruiz' });
    }
  });

  it('still: a time phrase that goes on into the morning is time, and a clause after it is content', () => {
    expect(byCue(analyse('The tariffs are ruinous, Ruiz said Tuesday in the morning.'), 'said').text).toBe('The tariffs are ruinous');
    expect(byCue(analyse('Ruiz said Tuesday in the morning the ferry talks would resume.'), 'said').text).toBe('the ferry talks would resume');
  });
});

describe('a phrase of time or occasion after the cue is no content', () => {
  it('"argued in interviews.", "chimed in during the hearing.", "proposed in 2019.": no relation when nothing else is reported', () => {
    for (const text of ['Her aides argued in interviews this week.', 'Okafor chimed in during the hearing.', 'Vale first proposed in 2019.']) {
      expect(analyse(text).attributions).toEqual([]);
    }
  });

  it('the clause set off before such a tag is the content', () => {
    const a = analyse('The levy was never about money, her aides argued in interviews this week.');
    expect(byCue(a, 'argued')).toMatchObject({ text: 'The levy was never about money' });
  });

  it('still: an object before the time phrase, and a clause after the phrase, are content', () => {
    expect(byCue(analyse('Vale proposed the levy in 2019.'), 'proposed').text).toBe('the levy in 2019');
    expect(byCue(analyse('Ruiz argued in interviews that the levy was fair.'), 'argued').text).toBe('the levy was fair');
  });
});

describe('the quoted title of a show after a tag is where it was said, not what', () => {
  it('"…, he said Wednesday on Radio Tarnow’s “Early Show.”": the clause before the tag is the content', () => {
    for (const tail of ['he said Wednesday morning on Radio Tarnow’s “Early Show.”', 'he said on Radio Tarnow’s “Early Show.”']) {
      const a = analyse(`Vale was never a union man, ${tail}`);
      expect(a.attributions).toHaveLength(1);
      expect(byCue(a, 'said').text).toBe('Vale was never a union man');
    }
  });

  it('"said on Radio Tarnow’s “Early Show” that …": the clause after "that" is the content', () => {
    expect(byCue(analyse('Ruiz said on Radio Tarnow’s “Early Show” that the levy was fair.'), 'said').text).toBe('the levy was fair');
  });

  it('still: a quotation after the medium that is no title stays in the content', () => {
    expect(byCue(analyse('Ruiz said on Radio Tarnow that the levy was “plainly fair.”'), 'said').text).toBe('the levy was “plainly fair.”');
  });
});

describe('an addressee that opens with a possessive is no content', () => {
  it('"…, Ruiz told her closest aides as she …": the clause before the tag is the content, not the aides', () => {
    const a = analyse('This is not about me, Ruiz told her closest aides as she wrote the speech.');
    expect(byCue(a, 'told')).toMatchObject({ text: 'This is not about me', speaker: 'Ruiz' });
  });

  it('"urged his crews to …", "asked our readers what …": the content starts after the addressee', () => {
    // (before an infinitive the ones urged are its subject and part of the content: recall38)
    expect(byCue(analyse('Vale urged his crews to stay off the pier.'), 'urged').text).toBe('his crews to stay off the pier');
    expect(byCue(analyse('We asked our readers what the levy should pay for.'), 'asked').text).toBe('what the levy should pay for');
  });

  it('still: "her" before a clause is the addressee, and a possessive subject after "promised" is content', () => {
    expect(byCue(analyse('Ruiz told her the levy was fair.'), 'told her').text).toBe('the levy was fair');
    expect(byCue(analyse('Okafor promised her new ferry line would open in May.'), 'promised').text).toBe('her new ferry line would open in May');
  });
});
