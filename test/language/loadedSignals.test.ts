import { describe, expect, it } from 'vitest';
import { analyzeArticle, DEFAULT_LEXICONS, rankBy, type Lexicon } from '../../src/index.js';
import { expectOffsetsMatch } from '../helpers.js';

const loaded = (text: string) => analyzeArticle(text).language.loaded.map((e) => [e.text, e.lexicon]);
const loadedWords = (text: string) => analyzeArticle(text).language.loaded.map((e) => e.text.toLowerCase());

describe('loaded language as several signals', () => {
  it('finds stance verbs in their stance senses only', () => {
    expect(loaded('The senator bristled, then conceded the point was fair.')).toEqual([['bristled', 'loaded-stance-verbs'], ['conceded', 'loaded-stance-verbs']]);
    expect(loadedWords('The mayor touted the plan and boasted about the savings.')).toEqual(['touted', 'boasted']);
    expect(loadedWords('The company claimed the rival had copied its design.')).toEqual(['claimed']);
    // neutral senses of the same words
    expect(loadedWords('The group claimed responsibility for the attack.')).toEqual([]);
    expect(loadedWords('She was admitted to hospital on Monday.')).toEqual([]);
    expect(loadedWords('The blast shattered windows two streets away.')).toEqual([]);
    expect(loadedWords('The candidate conceded defeat on election night.')).toEqual([]);
    expect(loadedWords('The city boasts a museum and two parks.')).toEqual([]);
    expect(loadedWords('The answer lies in the data.')).toEqual([]);
  });

  it('finds dysphemisms, epithets and distancing markers', () => {
    expect(loaded('Critics called the inquiry a witch hunt run by cronies.')).toEqual([['witch hunt', 'loaded-dysphemisms'], ['cronies', 'loaded-epithets']]);
    expect(loaded('The so-called reform is a hoax.')).toEqual([['so-called', 'loaded-distancing'], ['hoax', 'loaded-dysphemisms']]);
  });

  it('leaves descriptive names of positions, movements and topics alone', () => {
    expect(loadedWords('The socialist party and a far-right group held rallies about racism and misinformation.')).toEqual([]);
  });

  it('uses the subjective adjectives of the Pattern lexicon, with provenance and licence', () => {
    const pattern = DEFAULT_LEXICONS.loadedSubjective;
    expect(pattern.license).toMatch(/BSD/);
    expect(pattern.source).toMatch(/Pattern/);
    const word = pattern.entries.find((e) => e.pos?.[0] === 'ADJ')!.term;
    const a = analyzeArticle(`The ${word} proposal drew attention.`);
    expect(a.language.loaded.map((e) => [e.text.toLowerCase(), e.lexicon])).toEqual([[word, 'loaded-subjective']]);
    expect(typeof pattern.entries[0]!.note).toBe('string'); // polarity, subjectivity and sense from Pattern
  });

  it('counts a span once when several entries match it, keeping the others as alternatives', () => {
    const a = analyzeArticle('It was a sham.');
    expect(a.language.loaded).toHaveLength(1);
    const [hit] = a.language.loaded;
    expect(hit!.text).toBe('sham');
    expect(hit!.alternatives!.length).toBeGreaterThanOrEqual(1);
    expect(hit!.alternatives!.map((x) => x.lexicon)).not.toContain(hit!.lexicon);
  });

  it('requires the part of speech an entry names ("extreme" as an adjective, not "extreme weather")', () => {
    expect(loadedWords('The extreme plan alarmed moderates.')).toEqual(['extreme']);
    expect(loadedWords('Extreme weather closed the roads.')).toEqual([]);
  });

  it('keeps offsets true to the input', () => {
    const text = '\uFEFFThe  “experts”\u00A0slammed the so-called reform.\r\nIt appears unlikely.';
    expectOffsetsMatch(text, analyzeArticle(text));
  });
});

describe('hedges with sense restrictions', () => {
  it('takes "appear" as a verb of seeming, not "appear in court"', () => {
    const hedges = (t: string) => analyzeArticle(t).language.hedges.map((e) => e.text);
    expect(hedges('The plan appears unlikely to pass.')).toEqual(['appears unlikely']);
    expect(hedges('The minister appeared to contradict herself.')).toEqual(['appeared to']);
    expect(hedges('The suspect appeared in court on Monday.')).toEqual([]);
    expect(hedges('The talks resumed on May 5.')).toEqual([]);
    expect(hedges('The talks may resume.')).toEqual(['may']);
  });
});

describe('labels of the accused name people', () => {
  it('does not take the verb "accused" or "criminal charges" for a label', () => {
    const labels = (t: string) => analyzeArticle(t).language.labels.map((l) => [l.text, l.hedged]);
    expect(labels('The mayor accused the council of lying.')).toEqual([]);
    expect(labels('Prosecutors filed criminal charges on Friday.')).toEqual([]);
    expect(labels('The alleged fraud cost millions.')).toEqual([]);
    expect(labels('The accused was led away; police called him a criminal.')).toEqual([['The accused', true], ['criminal', false]]);
    expect(labels('The alleged gunman was arrested.')).toEqual([['alleged gunman', true]]);
  });
});

describe('scare quotes', () => {
  const scare = (t: string) => analyzeArticle(t).language.scareQuotes.map((e) => e.text);

  it('finds a word held at arm’s length, as its own signal', () => {
    const a = analyzeArticle('The “experts” were wrong again.');
    expect(a.language.scareQuotes).toMatchObject([{ text: '“experts”', lexicon: 'scare-quotes', voice: 'author' }]);
    expect(a.language.loaded).toEqual([]);
    expect(a.metrics.scareQuotesPer1kWords).toBeGreaterThan(0);
    expect(scare('The junta staged "peaceful" protests in the capital.')).toEqual(['"peaceful"']);
  });

  it('does not take speech, nicknames, titles, mentions or partial quotes for scare quotes', () => {
    expect(scare('“We will win,” the coach said.')).toEqual([]);
    expect(scare('Tomás “El Tejón” Ruiz was moved to another prison.')).toEqual([]);
    expect(scare('She starred in “Orange Is the New Black” for years.')).toEqual([]);
    expect(scare('The term “woke” appears in the speech.')).toEqual([]);
    expect(scare('The minister said the plan was “reckless” and costly.')).toEqual([]);
    // "promised" is an intention cue: the quoted word is the organisers' own, a partial quote.
    expect(scare('Organisers promised "peaceful" protests.')).toEqual([]);
    expect(scare('It isn’t the players’ fault, he thinks.')).toEqual([]);
  });

  it('counts the distancing once when a distancing word precedes the quote', () => {
    const a = analyzeArticle('The so-called “reform” failed.');
    expect(a.language.loaded.map((e) => e.text)).toEqual(['so-called']);
    expect(a.language.scareQuotes).toEqual([]);
  });
});

describe('subjectivity in the reporter’s voice', () => {
  it('scores opinionated sentences and leaves neutral and reported ones out', () => {
    const a = analyzeArticle([
      'The reckless plan is a disgraceful power grab.',
      'The council met on Monday.',
      'The mayor said the plan was reckless.',
      '“It is a disgrace,” a resident said.',
    ].join('\n'));
    expect(a.language.subjectiveSentences.map((s) => s.text)).toEqual(['The reckless plan is a disgraceful power grab.']);
    const [s] = a.language.subjectiveSentences;
    expect(s!.subjectivity).toBeGreaterThan(0.8);
    expect(s!.evidence.map((e) => e.text)).toEqual(['reckless', 'disgraceful', 'power grab']);
    expect(a.metrics.opinion).toBeGreaterThan(0);
    expect(a.metrics.opinion).toBeLessThan(s!.subjectivity);
  });

  it('counts the reporter’s own stance verb but not the reported content', () => {
    const a = analyzeArticle('Critics claimed the deal was a shameful giveaway.');
    expect(a.language.subjectiveSentences[0]!.evidence.map((e) => e.text)).toEqual(['claimed']);
  });

  it('ranks an opinion piece above a neutral report by metrics.opinion', () => {
    const neutral = analyzeArticle({ id: 'report', text: 'The council voted 7 to 2 on Monday to extend bus service. The plan takes effect in May.' });
    const opinion = analyzeArticle({ id: 'column', text: 'The council’s shameful vote is a stunning betrayal. Its bumbling members slammed the critics. The plan takes effect in May.' });
    expect(rankBy([neutral, opinion], 'metrics.opinion').map((r) => r.id)).toEqual(['column', 'report']);
    expect(neutral.metrics.opinion).toBe(0);
    expect(opinion.metrics.opinionatedSentenceShare).toBeCloseTo(2 / 3, 3);
  });

  it('does not count an editor’s note as the reporter’s voice', () => {
    const a = analyzeArticle(['Rain fell on the city on Tuesday.', 'Editor’s note: I think this shameful decision was a disaster.'].join('\n'));
    expect(a.segments[1]!.kind).toBe('editorial');
    expect(a.language.subjectiveSentences).toEqual([]);
    expect(a.metrics.opinion).toBe(0);
  });
});

describe('custom loaded lexicons', () => {
  it('adds a loaded lexicon with part-of-speech and context constraints', () => {
    const mine: Lexicon = {
      id: 'loaded-housing', version: '1.0.0', description: 'housing debate', language: 'en', license: 'CC0-1.0', source: 'test',
      entries: [{ term: 'slumlord' }, { term: 'gouge', pos: ['VERB'], context: { near: ['tenants', 'rent', 'renters'] } }],
    };
    const found = (t: string) => analyzeArticle(t, { lexicons: [mine] }).language.loaded.filter((e) => e.lexicon === 'loaded-housing').map((e) => e.text);
    expect(found('The slumlord gouged tenants again.')).toEqual(['slumlord', 'gouged']);
    expect(found('Glaciers gouged the valley.')).toEqual([]);
  });
});
