import { describe, expect, it } from 'vitest';
import { analyzeArticle, DEFAULT_LEXICONS, SlantwiseLexiconError, type Lexicon } from '../../src/index.js';
import { expectOffsetsMatch } from '../helpers.js';

const frameHits = (text: string, frame: string, options?: Parameters<typeof analyzeArticle>[1]) => analyzeArticle(text, options).frames[frame]!.evidence;

describe('frame matching', () => {
  it('reports all ten default frames, with zero scores when nothing matches', () => {
    const a = analyzeArticle('The weather was mild on Sunday.');
    expect(Object.keys(a.frames).sort()).toEqual(['cooperation', 'crime', 'economic', 'invasion', 'justice', 'political', 'pressure', 'sovereignty', 'threat', 'victory']);
    expect(Object.values(a.frames).every((f) => f.score === 0 && f.hits === 0)).toBe(true);
  });

  it('lets a phrase win over the word inside it: "trade war" is the trade topic, not invasion', () => {
    const text = 'Analysts warned that the trade war would hurt farmers.';
    expect(analyzeArticle(text).topics.trade!.evidence.map((e) => e.text)).toContain('trade war');
    expect(frameHits(text, 'invasion').map((e) => e.text)).not.toContain('war');
  });

  it('matches a lemma family: invaded, invading, invasion', () => {
    const hits = frameHits('Troops invaded the north. Invading forces met no resistance. The invasion lasted a week.', 'invasion').map((e) => e.text.toLowerCase());
    expect(hits).toEqual(expect.arrayContaining(['invaded', 'invading', 'invasion']));
  });

  it('marks negated hits and weighs them at half by default', () => {
    const negated = analyzeArticle('There will be no invasion.').frames.invasion!;
    const plain = analyzeArticle('There will be an invasion.').frames.invasion!;
    expect(negated.evidence[0]).toMatchObject({ text: 'invasion', negated: true });
    expect(plain.evidence[0]!.negated).toBe(false);
    expect(negated.score).toBeCloseTo(plain.score / 2, 3);
    expect(frameHits('She ruled out an invasion.', 'invasion')[0]!.negated).toBe(true);
    expect(frameHits('It was not a victory for anyone.', 'victory')[0]!.negated).toBe(true);
    expect(analyzeArticle('There will be no invasion.', { negatedWeight: 0 }).frames.invasion!.score).toBe(0);
  });

  it('records the voice of each hit and splits scores by voice', () => {
    const text = ['The army began an invasion at dawn.', '“This invasion is illegal,” the minister said.', 'Editor’s note: I think this invasion was avoidable.'].join('\n');
    const inv = analyzeArticle(text).frames.invasion!;
    expect(inv.evidence.filter((e) => e.entry === 'invasion').map((e) => e.voice)).toEqual(['author', 'quoted', 'editorial']);
    expect(inv.byVoice.author).toBeGreaterThan(0);
    expect(inv.byVoice.quoted).toBeGreaterThan(0);
    expect(inv.byVoice.editorial).toBeGreaterThan(0);
    expect(inv.byVoice.author + inv.byVoice.quoted + inv.byVoice.editorial).toBeCloseTo(inv.score, 2);
  });

  it('counts frame words in headings', () => {
    const text = ['Port workers return to the docks after the strike ended on Friday morning.', 'A Victory for the Port', 'Ships were unloaded again on Saturday.'].join('\n');
    const a = analyzeArticle(text);
    expect(a.segments[1]!.kind).toBe('heading');
    expect(a.frames.victory!.evidence.map((e) => e.text)).toContain('Victory');
  });

  it('does not count boilerplate, captions or bios', () => {
    const a = analyzeArticle(['Rain fell on the city.', 'Soldiers and troops at the border | Gazette'].join('\n'));
    expect(a.frames.invasion!.hits).toBe(0);
  });

  it('keeps evidence offsets true to the text', () => {
    const text = '\uFEFFThe invasion\u00A0began.\r\nTariffs rose, and the cartel was blamed.\r\n';
    expectOffsetsMatch(text, analyzeArticle(text));
  });
});

describe('custom lexicons', () => {
  const migration: Lexicon = {
    id: 'frame-migration', version: '1.0.0', description: 'Migration and asylum', language: 'en', license: 'CC0-1.0', source: 'test',
    entries: [{ term: 'asylum seeker', weight: 1, category: 'people' }, { term: 'border crossing', weight: 1 }],
  };

  it('adds a frame from a frame lexicon and records it in meta', () => {
    const a = analyzeArticle('Asylum seekers waited at the border crossing.', { lexicons: [migration] });
    expect(a.frames.migration!.evidence.map((e) => e.text)).toEqual(['Asylum seekers', 'border crossing']);
    expect(a.meta.lexicons).toContainEqual({ id: 'frame-migration', version: '1.0.0' });
  });

  it('replaces a default lexicon with the same id when asked to (replace: true)', () => {
    const myVictory: Lexicon = { id: 'frame-victory', version: '9.0.0', description: 'only "landslide"', language: 'en', license: 'MIT', source: 'test', replace: true, entries: [{ term: 'landslide' }] };
    const a = analyzeArticle('A historic victory and a landslide.', { lexicons: [myVictory] });
    expect(a.frames.victory!.evidence.map((e) => e.entry)).toEqual(['landslide']);
    expect(a.meta.lexicons).toContainEqual({ id: 'frame-victory', version: '9.0.0' });
  });

  it('refuses an invalid lexicon with an error naming the lexicon, the entry and the problem', () => {
    const bad = { ...migration, entries: [{ term: 'ok' }, { term: '', weight: 1 }] };
    try {
      analyzeArticle('Text.', { lexicons: [bad] });
      expect.fail('expected an error');
    } catch (e) {
      expect(e).toBeInstanceOf(SlantwiseLexiconError);
      expect((e as Error).message).toMatch(/frame-migration/);
      expect((e as Error).message).toMatch(/entries\[1\]/);
      expect((e as Error).message).toMatch(/must not be empty/);
    }
    expect(() => analyzeArticle('Text.', { lexicons: [{ ...migration, version: 'one' }] })).toThrow(/version: must be a semantic version/);
    expect(() => analyzeArticle('Text.', { lexicons: [{ ...migration, entries: [{ term: 'a' }, { term: 'A' }] }] })).toThrow(/entries\[1\] \("A"\): duplicate of entries\[0\]/);
  });
});

describe('custom attribution lexicons', () => {
  const sentence = 'Mayor Ines Kahl ruminated that the bridge was unsafe.';

  it('adds a reporting verb, with its stance, when the reporting-verbs lexicon is replaced', () => {
    expect(analyzeArticle(sentence).attributions).toEqual([]);
    const verbs = DEFAULT_LEXICONS.reportingVerbs;
    const mine = { ...verbs, version: '1.1.0', replace: true, entries: [...verbs.entries, { term: 'ruminate', category: 'distancing' }] };
    const a = analyzeArticle(sentence, { lexicons: [mine] });
    expect(a.attributions).toHaveLength(1);
    expect(a.attributions[0]).toMatchObject({ cue: 'ruminated', stance: 'distancing', speaker: 'Ines Kahl', text: 'the bridge was unsafe' });
    expect(a.meta.lexicons).toContainEqual({ id: 'reporting-verbs', version: '1.1.0' });
    // the next analysis without options is back on the defaults
    expect(analyzeArticle(sentence).attributions).toEqual([]);
  });

  it('uses a replaced person-titles lexicon for roles', () => {
    const titles = DEFAULT_LEXICONS.personTitles;
    const mine = { ...titles, version: '1.1.0', replace: true, entries: titles.entries.map((e) => (e.term === 'mayor' ? { ...e, category: 'expert' } : e)) };
    const a = analyzeArticle('Mayor Ines Kahl said the bridge was unsafe.', { lexicons: [mine] });
    expect(a.sources[0]!.role).toBe('expert');
  });
});

describe('frames measure framing, not topic', () => {
  it('does not count "deal struck" or a labour strike as invasion, but counts a military strike', () => {
    expect(frameHits('Negotiators struck a deal with the union on Friday.', 'invasion')).toEqual([]);
    expect(frameHits('The deal struck in March ended the dockworkers’ strike.', 'invasion')).toEqual([]);
    expect(frameHits('The judge struck down the law.', 'invasion')).toEqual([]);
    expect(frameHits('Drones will strike cartel camps near the border.', 'invasion').map((e) => e.text)).toEqual(['strike']);
    expect(frameHits('The navy launched strikes on militant positions.', 'invasion').map((e) => e.text)).toContain('strikes');
  });

  it('counts a phrase hit by overlapping entries once: "terrorist threat" is one threat hit and no pressure', () => {
    const a = analyzeArticle('Officials described a terrorist threat to the port.');
    expect(a.frames.threat!.evidence.map((e) => e.text)).toEqual(['terrorist threat']);
    expect(a.frames.threat!.hits).toBe(1);
    expect(a.frames.pressure!.hits).toBe(0);
    // a threat of punishment is pressure, not danger
    const p = analyzeArticle('Washington raised the threat of tariffs on steel.');
    expect(p.frames.pressure!.evidence.map((e) => e.text)).toEqual(['threat']);
    expect(p.frames.threat!.hits).toBe(0);
  });

  it('measures topic words apart: cartels and drugs are topics, trafficking and arrests are the crime frame', () => {
    const talks = analyzeArticle('Diplomats said cartels and fentanyl would dominate the leaders’ first meeting.');
    expect(talks.frames.crime!.hits).toBe(0);
    expect(talks.topics['organized-crime']!.evidence.map((e) => e.text)).toEqual(['cartels']);
    expect(talks.topics.drugs!.evidence.map((e) => e.text)).toEqual(['fentanyl']);
    const raid = analyzeArticle('Police arrested twelve cartel members accused of trafficking migrants.');
    expect(raid.frames.crime!.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(['arrested', 'trafficking']));
    expect(raid.frames.crime!.evidence.map((e) => e.text)).not.toContain('cartel');
  });

  it('takes "court" as the justice frame only when a court decides or hears', () => {
    expect(frameHits('The court ruled the decree unconstitutional.', 'justice').map((e) => e.text)).toEqual(expect.arrayContaining(['court', 'unconstitutional']));
    expect(frameHits('The building that houses the court was evacuated after a fire alarm.', 'justice')).toEqual([]);
  });

  it('matches British spellings, which wink-nlp normalises to American ones', () => {
    expect(frameHits('The defence lawyer spoke.', 'justice').map((e) => e.text)).toEqual(['defence lawyer']);
    expect(frameHits('They fight organised crime.', 'crime').map((e) => e.text)).toEqual(['organised crime']);
    expect(frameHits('Both sides want dialogue.', 'cooperation').map((e) => e.text)).toEqual(['dialogue']);
  });

  it('documents each default frame with examples that behave as documented', () => {
    const frames = Object.values(DEFAULT_LEXICONS).filter((l) => l.id.startsWith('frame-') && (l.frameSet ?? 'default') === 'default');
    expect(frames).toHaveLength(10);
    for (const l of frames) {
      const id = l.id.slice('frame-'.length);
      expect(l.examples, l.id).toBeDefined();
      for (const text of l.examples!.positive) expect(analyzeArticle(text).frames[id]!.evidence.reduce((s, e) => s + e.weight, 0), `${id}: ${text}`).toBeGreaterThanOrEqual(1);
      for (const text of l.examples!.negative) expect(analyzeArticle(text).frames[id]!.evidence.reduce((s, e) => s + e.weight, 0), `${id}: ${text}`).toBeLessThan(1);
    }
  });
});
