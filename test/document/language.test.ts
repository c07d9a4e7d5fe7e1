import { describe, expect, it } from 'vitest';
import { aggregateByOutlet, analysesToLongCsv, analysesToWideCsv, analyzeArticle, ArticleAnalysisSchema, compareArticles, detectLanguage, normalizeLanguageTag } from '../../src/index.js';

const ENGLISH = [
  'The regional water board approved a plan on Wednesday to raise tariffs by nine percent over two years, citing the cost of replacing ageing pipes.',
  '“We have no choice,” said board chair Ines Mora. “The network is older than most of the people who use it.”',
  'Consumer groups said they would study the plan before deciding whether to challenge it at the regulator.',
].join('\n');

// Written for this test: a short news item in Spanish.
const SPANISH = [
  'La junta regional del agua aprobó el miércoles un plan para subir las tarifas un nueve por ciento en dos años, por el coste de cambiar las tuberías viejas.',
  '“No tenemos otra opción”, dijo la presidenta de la junta, Ines Mora. “La red es más vieja que la mayoría de las personas que la usan.”',
  'Las asociaciones de consumidores dijeron que estudiarán el plan antes de decidir si lo recurren ante el regulador.',
].join('\n');

describe('detectLanguage', () => {
  it('falls back to English for texts too short to tell, whatever they look like', () => {
    for (const short of ['Rain fell.', 'The mayor said no.', 'Berganza disse que não.', 'Tarnow, Quiroga Lenz y Ferrán visitaron Culiacán.']) {
      expect(detectLanguage(short), short).toEqual({ code: 'en', source: 'fallback', supported: true });
    }
  });

  it('uses a declared language for a short text instead of assuming English', () => {
    expect(detectLanguage('Llovió.', 'es-MX')).toEqual({ code: 'es', source: 'declared', supported: false });
  });

  it('detects the language of a longer text', () => {
    expect(detectLanguage(ENGLISH)).toEqual({ code: 'en', source: 'detected', supported: true });
    expect(detectLanguage(SPANISH)).toEqual({ code: 'es', source: 'detected', supported: false });
  });

  it('keeps English that is full of foreign names English', () => {
    const text = 'President Claudia Tarnow met Omar Ferrán Olaizola and Rosa Inés Quiroga in Culiacán on Tuesday, and the three said the operation in Sinaloa would go on until the end of the year.';
    expect(detectLanguage(text).code).toBe('en');
  });

  it('detects a text in another script even when it is short', () => {
    expect(detectLanguage('Совет проголосовал в четверг.').code).toBe('ru');
    expect(detectLanguage('市议会周四投票决定关闭旧港口大桥。').code).toBe('zh');
  });

  it('lets a declared language settle a near-tie between close languages, and only a near-tie', () => {
    // Written for this test, in Indonesian; trigram profiles put Malay a hair ahead.
    const text = 'Dewan kota memutuskan pada hari Kamis untuk menutup jembatan pelabuhan bagi truk berat setelah pemeriksaan menemukan penyangga yang berkarat di bawah bentang utama jembatan tersebut. Para pedagang mengatakan pengiriman barang akan menjadi lebih lambat.';
    expect(detectLanguage(text, 'id-ID')).toEqual({ code: 'id', source: 'detected', supported: false });
    expect(['id', 'ms']).toContain(detectLanguage(text).code);
    expect(['id', 'ms']).toContain(detectLanguage(text, 'fr').code);
  });

  it('normalises language tags', () => {
    expect(normalizeLanguageTag('en-GB')).toBe('en');
    expect(normalizeLanguageTag('spa')).toBe('es');
    expect(normalizeLanguageTag('not a tag')).toBeNull();
  });
});

describe('analyses and the language of the text', () => {
  it('records the language of an English analysis and gives its scores', () => {
    const a = analyzeArticle(ENGLISH);
    expect(a.lang).toEqual({ code: 'en', source: 'detected', supported: true });
    expect(a.warnings).toEqual([]);
    expect(a.metrics.attributionsPer100Words).toBeGreaterThan(0);
    expect(typeof a.sentiment.overall).toBe('number');
    expect(Object.keys(a.frames).length).toBeGreaterThan(0);
  });

  it('gives an unsupported language a warning and no English-lexicon results', () => {
    const a = analyzeArticle({ id: 'es-1', outlet: 'Diario del Valle', text: SPANISH });
    expect(a.lang).toEqual({ code: 'es', source: 'detected', supported: false });
    expect(a.warnings).toEqual([{ code: 'LANGUAGE_UNSUPPORTED', message: expect.stringMatching(/"es"/) }]);
    expect(a.quotes).toEqual([]);
    expect(a.attributions).toEqual([]);
    expect(a.sources).toEqual([]);
    expect(a.frames).toEqual({});
    expect(a.language).toEqual({ loaded: [], hedges: [], intensifiers: [], labels: [], unattributedEvaluative: [], scareQuotes: [], subjectiveSentences: [] });
    expect(a.topics).toEqual({});
    expect(a.primaryFrame).toBeNull();
    expect(a.sentiment).toEqual({ overall: null, author: null, quoted: null, editorial: null });
    expect(a.metrics).toMatchObject({ attributionsPer100Words: null, loadedPer1kWords: null, stanceCounts: null, distinctSources: null });
    // What does not rest on English lexicons is still measured.
    expect(a.metrics.words).toBeGreaterThan(50);
    expect(a.segments).toHaveLength(3);
    expect(a.meta.lexicons).toEqual([]);
    expect(ArticleAnalysisSchema.safeParse(a).success).toBe(true);
  });

  it('detects the language of the analysed lines only, not of captions around them', () => {
    // Spanish paragraphs between English photo captions: the captions, longer in all, are not read.
    const captions = [
      'Residents wait in the town square on Tuesday afternoon before the board meeting',
      'Workers replace the pipes under the main street during the night',
      'The board chair speaks with reporters outside the water authority offices',
      'Old pipes of the water network are stacked near the harbour district',
      'A group of consumers meets to study the tariff plan at the library',
      'The headquarters of the regional water board in the old town centre',
    ];
    const [p1, p2, p3] = SPANISH.split('\n');
    const lines = [p1, captions[0], captions[1], p2, captions[2], captions[3], p3, captions[4], captions[5]];
    const captioned = analyzeArticle(lines.map((l, i) => (i % 3 === 0 ? l : `${l} | Valley Gazette`)).join('\n'));
    expect(captioned.segments.filter((s) => s.kind === 'caption')).toHaveLength(6);
    expect(captioned.lang).toEqual({ code: 'es', source: 'detected', supported: false });
    // The same English lines as paragraphs of the story are read, and they outweigh the Spanish.
    const asBody = analyzeArticle(lines.map((l, i) => (i % 3 === 0 ? l : `${l}.`)).join('\n'));
    expect(asBody.segments.every((s) => s.kind === 'body')).toBe(true);
    expect(asBody.lang).toEqual({ code: 'en', source: 'detected', supported: true });
  });

  it('lets the input declare the language, skipping detection', () => {
    expect(analyzeArticle({ text: ENGLISH, language: 'en-US' }).lang).toEqual({ code: 'en', source: 'declared', supported: true });
    const es = analyzeArticle({ text: 'Llovió en la ciudad.', language: 'es' });
    expect(es.lang.supported).toBe(false);
    expect(es.warnings[0]!.code).toBe('LANGUAGE_UNSUPPORTED');
    expect(() => analyzeArticle({ text: ENGLISH, language: 'English please' })).toThrow(/language: must be a language tag/);
  });

  it('compares, aggregates and exports a set that mixes supported and unsupported languages', () => {
    const analyses = [
      analyzeArticle({ id: 'en-1', outlet: 'Valley Post', text: ENGLISH }),
      analyzeArticle({ id: 'es-1', outlet: 'Diario del Valle', text: SPANISH }),
      analyzeArticle({ id: 'en-2', outlet: 'Valley Post', text: ENGLISH.replace('nine', 'ten') }),
    ];
    const c = compareArticles(analyses);
    const row = c.table.rows.find((r) => r.id === 'es-1')!;
    expect(row).toBeDefined();
    expect(JSON.stringify(row)).toContain('null');
    expect(() => aggregateByOutlet(analyses, { seed: 1 })).not.toThrow();
    expect(analysesToLongCsv(analyses)).toContain('es-1');
    expect(analysesToWideCsv(analyses).split('\n')[2]).toMatch(/^es-1,/);
  });
});

describe('short words as numbers (the function-word count of detectLanguage)', () => {
  it('gives two words of one to five ASCII letters the same code exactly when they are the same word lower-cased', async () => {
    const { shortWordCode } = await import('../../src/document/detectLanguage.js');
    const words = ['a', 'A', 'z', 'the', 'The', 'THE', 'tha', 'ant', 'and', 'ba', 'ab', 'aa', 'zzzzz', 'Zzzzz', 'which', 'their', 'thei', 'heir', 'ruiz', 'Vale'];
    for (const x of words) {
      for (const y of words) expect(shortWordCode(x, 0, x.length) === shortWordCode(y, 0, y.length)).toBe(x.toLowerCase() === y.toLowerCase());
    }
    // Read in place: a word inside a longer text.
    expect(shortWordCode('Ruiz said THE vote', 10, 13)).toBe(shortWordCode('the', 0, 3));
  });
});
