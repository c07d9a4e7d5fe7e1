import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/index.js';

describe('loaded language', () => {
  it('finds epithets, pejorative words and stance verbs, each under its own lexicon', () => {
    const a = analyzeArticle('The notorious regime slammed its critics.');
    expect(a.language.loaded.map((e) => [e.text.toLowerCase(), e.lexicon])).toEqual([
      ['notorious', 'loaded-evaluative'],
      ['regime', 'loaded-epithets'],
      ['slammed', 'loaded-stance-verbs'],
    ]);
    expect(a.metrics.loadedPer1kWords).toBeGreaterThan(0);
  });

  it('reports superlative claims with the intensifiers, as claims of degree', () => {
    const a = analyzeArticle('It was one of the most significant raids ever. The turnout was unprecedented.');
    expect(a.language.intensifiers.map((e) => e.lexicon)).toEqual(['superlative-pattern', 'superlatives']);
    expect(a.language.intensifiers[0]!.text).toBe('one of the most significant raids ever');
    expect(a.language.loaded).toEqual([]);
  });

  it('finds intensifiers and hedges', () => {
    const a = analyzeArticle('The plan is absolutely vital, officials said. The talks may reportedly resume.');
    expect(a.language.intensifiers.map((e) => e.text.toLowerCase())).toContain('absolutely');
    expect(a.language.hedges.map((e) => e.text.toLowerCase())).toEqual(expect.arrayContaining(['may', 'reportedly']));
  });

  it('splits loaded language by voice', () => {
    const a = analyzeArticle('“These thugs must be stopped,” the mayor said. Police arrested four men.');
    expect(a.language.loaded.find((e) => e.text === 'thugs')!.voice).toBe('quoted');
    expect(a.metrics.loadedByVoice!.quoted).toBeGreaterThan(0);
    expect(a.metrics.loadedByVoice!.author).toBe(0);
  });
});

describe('labels of the accused', () => {
  it('tells hedged labels from presumptive ones and computes the hedged share', () => {
    const a = analyzeArticle('Police held three suspects and an alleged member of the gang. Officers called them criminals and killers.');
    const labels = a.language.labels.map((l) => [l.text.toLowerCase(), l.hedged]);
    expect(labels).toEqual(expect.arrayContaining([['suspects', true], ['criminals', false], ['killers', false]]));
    const hedged = a.language.labels.filter((l) => l.hedged).length;
    expect(a.metrics.hedgedLabelShare).toBeCloseTo(hedged / a.language.labels.length, 3);
  });

  it('is null when no accused person is referred to', () => {
    expect(analyzeArticle('The bridge reopened on Monday.').metrics.hedgedLabelShare).toBeNull();
  });
});

describe('opinion in news', () => {
  it('counts author sentences that evaluate without attribution, not quoted or attributed ones', () => {
    const a = analyzeArticle([
      'The reckless plan is a disaster for the town.',
      'The mayor said the plan was a disaster.',
      '“It is a disaster,” a resident said.',
      'The council met on Monday.',
    ].join('\n'));
    expect(a.language.unattributedEvaluative.map((s) => s.text)).toEqual(['The reckless plan is a disaster for the town.']);
    expect(a.metrics.unattributedEvaluativeSentences).toBe(1);
  });
});

describe('sentiment', () => {
  it('scores AFINN valence per voice and flips negated words', () => {
    const a = analyzeArticle('The rescue was a great success. “This is a terrible tragedy,” she said.');
    expect(a.sentiment.author).toBeGreaterThan(0);
    expect(a.sentiment.quoted).toBeLessThan(0);
    expect(analyzeArticle('The result was not good.').sentiment.overall).toBeLessThan(0);
    expect(analyzeArticle('The result was good.').sentiment.overall).toBeGreaterThan(0);
  });
});

describe('superlative claims and scare quotes: the cheap first tests keep the same finds (perf76)', () => {
  // Written for this test (invented places and names).
  const claims = (text: string) => analyzeArticle(text).language.intensifiers.filter((e) => e.lexicon === 'superlative-pattern').map((e) => e.text);
  const scare = (text: string) => analyzeArticle(text).language.scareQuotes.map((e) => e.text);

  it('finds "the -est … ever", "most ADJ … in history" and "worst … on record"', () => {
    expect(claims('Tarn County saw the biggest flood ever last spring.')).toEqual(['the biggest flood ever']);
    expect(claims('Vale called it the most costly levy in history.')).toEqual(['the most costly levy in history']);
    expect(claims('The pier had its worst week on record.')).toEqual(['worst week on record']);
  });

  it('finds none without an adjective at or after the word, or for -est words that are no superlatives', () => {
    expect(claims('Most people ever asked about the pier were kind.')).toEqual([]);
    expect(claims('The west pier was the first ever built in Tarn County.')).toEqual([]);
    expect(claims('The biggest flood came in May.')).toEqual([]);
  });

  it('finds a scare quote closed by its pair before a non-letter, passing a closing mark inside a word', () => {
    expect(scare('The “experts” at the Harbour Times were wrong again.')).toEqual(['“experts”']);
    expect(scare('The “reform” cost Tarn County dearly.')).toEqual(['“reform”']);
    // (the apostrophe of "Vale’s" is passed over: stopping there would give the name ‘Vale’, no scare quote)
    expect(scare('The ‘Vale’s men’ were wrong again.')).toEqual(['‘Vale’s men’']);
  });

  it('finds the scare quotes of each analysed paragraph, none in site furniture between or after them (perf90)', () => {
    const text = 'The “experts” at the Harbour Times were wrong again.\n\nBy Ana Vale\n\nThe pier stayed shut all winter.\n\n' +
      'The “reform” cost Tarn County dearly, and the “savings” never came.\n\nThe post The “levy” appeared first on Harbour Times.';
    expect(scare(text)).toEqual(['“experts”', '“reform”', '“savings”']);
    expect(scare(text.replace('The post The “levy” appeared first on Harbour Times.', 'The “levy” came back in May.'))).toEqual(['“experts”', '“reform”', '“savings”', '“levy”']);
  });

  it('finds none when the line ends first or the mark closes after a space', () => {
    expect(scare('The “experts\nat the Harbour Times” were wrong again.')).toEqual([]);
    expect(scare('The “experts ” at the Harbour Times were wrong again.')).toEqual([]);
  });
});
