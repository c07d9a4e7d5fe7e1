import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, slicedByCue } from '../helpers.js';

// Series of verb phrases and lists of names around a cue (issue 10, leads47). Every sentence is written for these
// tests; names are invented.

describe('a series of the reported clause\'s own subject is reported whole, with no relation of its middle member', () => {
  it('the reported clause\'s verb opens the series: the middle member\'s speaker is that clause\'s subject', () => {
    const text = 'Police said the man entered the store, told the clerk he had a gun, and fled.';
    const x = slicedByCue(text, 'said');
    expect(x.text).toBe('the man entered the store, told the clerk he had a gun, and fled');
    expect(x.sourceSpan?.text).toBe('Police');
    // (no relation gives the police as the ones who told the clerk)
    expect(analyse(text).attributions.map((r) => r.cue)).toEqual(['said']);
  });

  it('in other wordings: "warned", "praised", a pronoun subject, "reported"', () => {
    expect(slicedByCue('Vale said the crews fixed the pier, warned the tram was late, and left.', 'said').text).toBe('the crews fixed the pier, warned the tram was late, and left');
    expect(slicedByCue('Vale said the crews fixed the pier, warned that the tram was late, and left.', 'said').text).toBe('the crews fixed the pier, warned that the tram was late, and left');
    expect(slicedByCue('Vale said the crews fixed the pier, praised the board, and left.', 'said').text).toBe('the crews fixed the pier, praised the board, and left');
    expect(slicedByCue('Vale said she visited the pier, told the crews it was safe, and left.', 'said').text).toBe('she visited the pier, told the crews it was safe, and left');
    expect(slicedByCue('Berg reported the driver stopped the bus, told riders it was broken, and walked off.', 'reported').text).toBe('the driver stopped the bus, told riders it was broken, and walked off');
    for (const text of ['Vale said the crews fixed the pier, praised the board, and left.', 'Vale said the crews fixed the pier, warned the tram was late, and left.']) {
      expect(analyse(text).attributions.some((r) => r.sourceSpan?.text === 'Vale' && r.cue !== 'said')).toBe(false);
    }
  });

  it('not: after a copula, an auxiliary or an infinitive the series is still the speaker\'s', () => {
    const x = slicedByCue('Vale said the pier was safe, warned the tram was late, and left.', 'warned');
    expect(x.text).toBe('the tram was late');
    expect(x.sourceSpan?.text).toBe('Vale');
    expect(slicedByCue('Vale said the pier was safe, warned the tram was late, and left.', 'said').text).toBe('the pier was safe');
    const y = slicedByCue('Vale promised to cut fares, told the crews it was safe, and left.', 'told the crews');
    expect(y.text).toBe('it was safe');
    expect(y.sourceSpan?.text).toBe('Vale');
    const z = slicedByCue('Berg said the levy would pass, added that the growers agreed, and went home.', 'added');
    expect(z.text).toBe('the growers agreed');
    expect(z.sourceSpan?.text).toBe('Berg');
  });

  it('not: a series with no cue before it keeps its subject', () => {
    const x = slicedByCue('Vale backed the levy, praised the board, and left.', 'praised');
    expect(x.text).toBe('the board');
    expect(x.sourceSpan?.text).toBe('Vale');
    expect(slicedByCue('Ruiz cut fares, proposed a levy, and left.', 'proposed').sourceSpan?.text).toBe('Ruiz');
  });
});

describe('a list of names or nouns as the object before an infinitive is who is asked', () => {
  it('no comma before "and": the whole list and the infinitive are the content', () => {
    expect(slicedByCue('Vale asked Ruiz, Berg and Tarn to search their email.', 'asked').text).toBe('Ruiz, Berg and Tarn to search their email');
    expect(slicedByCue('Vale pressed Ruiz, Berg and Tarn to search their email.', 'pressed').text).toBe('Ruiz, Berg and Tarn to search their email');
    expect(slicedByCue('Vale asked the clerk, the mayor and the crews to search their email.', 'asked').text).toBe('the clerk, the mayor and the crews to search their email');
    expect(slicedByCue('The board urged the growers, the traders or the crews to vote.', 'urged').text).toBe('the growers, the traders or the crews to vote');
  });

  it('not: a clause after the comma still ends the object', () => {
    expect(slicedByCue('Vale praised Ruiz, and Berg agreed to wait.', 'praised').text).toBe('Ruiz');
    expect(slicedByCue('Vale backed the plan, the crews wanted to wait.', 'backed').text).toBe('the plan');
  });
});

describe('a list of addressees after "told" is the addressee, in the cue as "told Reuters" is', () => {
  it('with or without a comma before "and", with "that" or a bare clause', () => {
    for (const [text, cue] of [
      ['Vale told Ruiz, Berg and Tarn that the pier was safe.', 'told Ruiz, Berg and Tarn'],
      ['Vale told Ruiz, Berg, and Tarn that the pier was safe.', 'told Ruiz, Berg, and Tarn'],
      ['Vale told the mayor, the clerk and the crews that the pier was safe.', 'told the mayor, the clerk and the crews'],
      ['Vale told Ruiz, Berg and Tarn the pier was safe.', 'told Ruiz, Berg and Tarn'],
      ['Vale told the mayor, the clerk and the crews the pier was safe.', 'told the mayor, the clerk and the crews'],
    ]) {
      const x = slicedByCue(text!, cue!);
      expect(x.text).toBe('the pier was safe');
      expect(x.sourceSpan?.text).toBe('Vale');
    }
  });

  it('a clause may open inside the last item: "the harbour chief | Tarn had quit"', () => {
    expect(slicedByCue('Vale told Ruiz, Berg and the harbour chief Tarn had quit.', 'told Ruiz, Berg and the harbour chief').text).toBe('Tarn had quit');
  });

  it('not: an appositive set off by commas, or one with an indefinite article, is no list', () => {
    expect(slicedByCue('Vale told Ruiz, the mayor, that the pier was safe.', 'told Ruiz').text).toBe('the pier was safe');
    const x = slicedByCue('Vale told her crew, a mix of pilots and dockers, that the pier was safe.', 'told her crew');
    expect(x.text).toBe('the pier was safe');
  });
});

describe('a noun phrase after an addressee verb that a finite verb follows is the told clause\'s subject', () => {
  it('"warned the levy was unfair" reports the levy with its verb, in a series or alone', () => {
    expect(slicedByCue('Ruiz warned the levy was unfair and left.', 'warned').text).toBe('the levy was unfair and left');
    const x = slicedByCue('Ruiz set the fares, warned the levy was unfair and left.', 'warned');
    expect(x.text).toBe('the levy was unfair and left');
    expect(x.sourceSpan?.text).toBe('Ruiz');
    expect(slicedByCue('Berg raised the tolls, warned the ferry would stop, and resigned.', 'warned').text).toBe('the ferry would stop');
  });

  it('an addressee, then a clause with a determiner: the addressee is no part of what was told', () => {
    expect(slicedByCue('Vale assured the crews the pier was safe.', 'assured').text).toBe('the pier was safe');
    expect(slicedByCue('Vale warned the crews the pier would close.', 'warned').text).toBe('the pier would close');
    expect(slicedByCue('Berg reminded the board the levy had passed.', 'reminded').text).toBe('the levy had passed');
  });

  it('not: an object and an infinitive after a verb of asking, or a question word after the addressee, stay together', () => {
    expect(slicedByCue('Vale urged the board to wait.', 'urged').text).toBe('the board to wait');
    expect(slicedByCue('Vale asked the crews which pier was safe.', 'asked').text).toBe('the crews which pier was safe');
    expect(slicedByCue('Vale warned the crews that the pier would close.', 'warned').text).toBe('the pier would close');
  });
});
