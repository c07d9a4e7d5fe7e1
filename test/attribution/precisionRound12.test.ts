import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Precision, twelfth attribution round (issue 10): relations whose content or cue is wrong by the
// design's own definition. Every sentence is written for these tests; names and places are invented.

describe('a "that" inside an indirect question is a pronoun, not the start of the content', () => {
  it('the question word opens the content', () => {
    expect(byCue(analyse('Does Okafor know what that entails?'), 'know').text).toBe('what that entails');
    expect(byCue(analyse('Vale knows how hard that can be.'), 'knows').text).toBe('how hard that can be');
    expect(byCue(analyse('Berg asked whether that would delay the ferry.'), 'asked').text).toBe('whether that would delay the ferry');
    expect(byCue(analyse('Ruiz wondered if that was wise.'), 'wondered').text).toBe('if that was wise');
  });

  it('still: "that" behind a time phrase opens the reported clause', () => {
    expect(byCue(analyse('Ruiz said on Monday that the pier would close.'), 'said').text).toBe('the pier would close');
  });
});

describe('"go on" reports only when what follows is said', () => {
  it('not: going on to do something else, going on the offensive, going on for years', () => {
    for (const text of ['Berg went on to win the harbour seat.', 'Okafor went on to easily defeat her rival.', 'Vale went on the offensive.', 'What is going on here?', 'The talks, which have gone on for years, stalled.']) {
      expect(analyse(text).attributions.filter((x) => /go|went|gone/.test(x.cue))).toEqual([]);
    }
  });

  it('still: went on to say, went on with a quotation or a colon, went on a medium to defend, went on a rant', () => {
    expect(byCue(analyse('Berg went on to say the pier would close.'), 'went on to say')).toMatchObject({ text: 'the pier would close', speaker: 'Berg' });
    expect(byCue(analyse('“We will rebuild,” Okafor went on.'), 'went on').text).toBe('We will rebuild,');
    expect(byCue(analyse('Ruiz went on: “Not yet.”'), 'went on:').text).toBe('Not yet.');
    expect(byCue(analyse('Vale went on Harbour Radio to defend the toll.'), 'to defend')).toMatchObject({ text: 'the toll', speaker: 'Vale' });
    expect(byCue(analyse('Berg went on a rather public rant against the ferry board.'), 'went on').text).toBe('a rather public rant against the ferry board');
  });
});

describe('an attitude whose "of" phrase names its holder attributes nothing', () => {
  it('not: the fury of workers, the support of 55 percent of parents, the backing of a club, the request of the coastguard', () => {
    // ("Berg has the support of 55 percent of parents" gives the parents' backing since leads74: haveTheSupportOf74)
    for (const text of ['The pent-up fury of idle ferry workers shaped the contest.', 'The march went ahead with the backing of Port Watch.', 'The pier was shut at the request of the coastguard.']) {
      expect(analyse(text).attributions).toEqual([]);
    }
  });

  it('still: "in support of" names what is supported, and acts or attitudes take their topic after "of"', () => {
    expect(analyse('Ruiz spoke in support of the toll.').attributions.length).toBeGreaterThan(0);
    // (a sourceless noun with only "of" + one word is a topic and no attribution since round 40: falseHitsFalse40)
    expect(byCue(analyse('Criticism of Vale over the levy grew after the vote.'), 'Criticism of').text).toContain('Vale');
    expect(byCue(analyse('Berg voiced deep distrust of the harbour board.'), 'voiced').text).toContain('the harbour board');
  });
});

describe('"advise" attributes counsel given, not a job of advising', () => {
  it('not: advising a client, or advising on deals', () => {
    for (const text of ['Vale advises the mayor.', 'Berg runs a firm that advises banks on mergers.', 'Okafor has advised two harbour boards since 2019.']) {
      expect(analyse(text).attributions).toEqual([]);
    }
  });

  it('still: advised someone to act, advised that, advised against, advised on how', () => {
    expect(byCue(analyse('Ruiz advised voters to stay home.'), 'advised')).toMatchObject({ text: 'to stay home', speaker: 'Ruiz' });
    expect(byCue(analyse('Berg advised against the toll.'), 'advised against').text).toBe('the toll');
    expect(byCue(analyse('Okafor advised the council on how to cut costs.'), 'advised').text).toBe('on how to cut costs');
  });
});

describe('"decline" is a refusal only when something is declined', () => {
  it('not: a fall in numbers, sums or places, nor "declining" before a noun', () => {
    for (const text of ['Profits at the port declined 5 percent.', 'Ferry fees declined to $2 million in 2020.', 'Trade declined in every harbour town.', 'Berg quit after months of declining poll numbers.']) {
      expect(analyse(text).attributions).toEqual([]);
    }
  });

  it('still: declined to act, declined an interview, declined comment', () => {
    expect(byCue(analyse('Vale declined to comment.'), 'declined').text).toBe('to comment');
    expect(byCue(analyse('Ruiz declined an interview.'), 'declined').text).toBe('an interview');
    expect(byCue(analyse('Okafor declined multiple requests for an interview.'), 'declined').text).toBe('multiple requests for an interview');
  });
});

describe('"enjoy" an advantage and "celebrate" an occasion pass no judgement', () => {
  it('not: enjoys a lead or support, celebrates an anniversary, a holiday or a win, a sentence-opening "Celebrated" before a noun', () => {
    for (const text of ['Vale enjoys a 10-point lead in Tarnow.', 'Ruiz has enjoyed the support of the unions.', 'Residents celebrated the anniversary of the bridge.', 'Crowds in Tarnow celebrated the harbour holiday.', 'Celebrated singer Ana Ruiz opened the festival.']) {
      expect(analyse(text).attributions).toEqual([]);
    }
  });

  it('still: enjoys what one likes, celebrates a decision', () => {
    expect(byCue(analyse('Berg enjoyed the harbour concerts.'), 'enjoyed').text).toBe('the harbour concerts');
    expect(byCue(analyse('Vale celebrated the ruling.'), 'celebrated').text).toBe('the ruling');
  });
});

describe('"think tank" is a noun', () => {
  it('the speaker after it keeps the relation, and "think" makes none', () => {
    const a = analyse('Ruiz, president of the Harbour Institute think tank, said the toll would fail.');
    expect(a.attributions).toHaveLength(1);
    expect(byCue(a, 'said')).toMatchObject({ text: 'the toll would fail', speaker: 'Ruiz' });
  });
});

describe('"open up" a lead and "break with" a custom report nothing', () => {
  it('not: opened up a lead, broke with tradition', () => {
    for (const text of ['Tarnow has opened up a nine-point lead on Berg.', 'Varga keeps breaking with tradition at the harbour.']) {
      expect(analyse(text).attributions).toEqual([]);
    }
  });

  it('still: opened up about a loss, broke with a person', () => {
    expect(byCue(analyse('Berg opened up about her decision to leave the council.'), 'opened up').text).toContain('her decision to leave the council');
    expect(byCue(analyse('Vale broke with the mayor over the toll.'), 'broke with').text).toContain('the mayor');
  });
});
