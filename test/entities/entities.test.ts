import { describe, expect, it } from 'vitest';
import { analyzeArticle, type ArticleAnalysis, type Entity } from '../../src/index.js';
import { analyseChecked as analyse, expectOffsetsMatch } from '../helpers.js';
import { scoreEntities } from './entityScoring.js';

const entity = (a: ArticleAnalysis, name: string): Entity => {
  const e = a.entities.find((x) => x.name === name);
  if (!e) throw new Error(`no entity ${name}; have ${a.entities.map((x) => x.name).join(', ')}`);
  return e;
};

describe('entities in one article', () => {
  it('merges a full name, the surname, an honorific and a possessive into one person', () => {
    const text = [
      'President Claudia Tarnow defended the transfer on Wednesday.',
      "Tarnow's government said the men were wanted in the United States.",
      'Critics said Ms. Tarnow had bowed to pressure, but Tarnow rejected that.',
    ].join('\n');
    const a = analyse(text);
    const people = a.entities.filter((e) => e.type === 'person');
    expect(people.map((e) => e.name)).toEqual(['Claudia Tarnow']);
    const e = people[0]!;
    expect(e.mentions).toHaveLength(4);
    expect(e.aliases).toEqual(expect.arrayContaining(['Claudia Tarnow', 'Tarnow', "Tarnow's", 'Ms. Tarnow']));
    expect(e.labels.map((l) => l.text)).toContain('President');
    expect(e.gender).toBe('f');
    for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads curly possessives like straight ones, wherever the curly quotes fall in the text', () => {
    // Word units skip the apostrophe straightening for units before the next curly quote: the
    // quotes here come late, mixed with straight ones, a left quote before a right one.
    const text = [
      'Governor Petra Lindqvist spoke on Tuesday.',
      "Lindqvist's office said the plan would pass.",
      'A reporter asked about the ‘phased’ schedule.',
      'Critics said Lindqvist’s staff had not read it, and Ms. Lindqvist’s aides agreed.',
    ].join('\n');
    const a = analyse(text);
    const e = entity(a, 'Petra Lindqvist');
    expect(e.type).toBe('person');
    expect(e.aliases).toEqual(expect.arrayContaining(["Lindqvist's", 'Lindqvist’s', 'Ms. Lindqvist’s']));
    expect(e.mentions).toHaveLength(4);
    for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('keys a person by the same name words whether read from plain words or from the folded text', () => {
    // Plain words one space apart are read from the word units; accents and a double space go through the text.
    const text = [
      'Senator Ana J. Vale Jr. spoke on Monday.',
      'Mayor Tomas Ruiz-Berg said the pier would close.',
      'Councillor José Núñez agreed with Vale.',
      'Judge Lena  Tarn answered, and Ruiz-Berg left.',
    ].join('\n');
    const a = analyse(text);
    const people = a.entities.filter((e) => e.type === 'person');
    expect(people.map((e) => [e.name, e.key])).toEqual([
      ['Ana J. Vale Jr.', 'person:vale'],
      ['Tomas Ruiz-Berg', 'person:ruiz-berg'],
      ['José Núñez', 'person:nunez'],
      ['Lena  Tarn', 'person:tarn'],
    ]);
    expect(entity(a, 'Ana J. Vale Jr.').aliases).toEqual(['Ana J. Vale Jr.', 'Vale']);
    expect(entity(a, 'Tomas Ruiz-Berg').aliases).toEqual(['Tomas Ruiz-Berg', 'Ruiz-Berg']);
  });

  it('reads "Mr. Halvorsen" as the person Halvorsen, with the title as an alias', () => {
    const a = analyse('Mexico has been under pressure from Mr. Halvorsen for months. Mr. Halvorsen has threatened tariffs.');
    const e = entity(a, 'Halvorsen');
    expect(e.type).toBe('person');
    expect(e.aliases).toContain('Mr. Halvorsen');
    expect(e.mentions.map((m) => m.text)).toEqual(['Halvorsen', 'Halvorsen']);
  });

  it('joins institutional variants and acronyms of one body', () => {
    const a = analyse([
      'The Justice Department welcomed the transfer.',
      'A spokesman for the Department of Justice said more cases would follow, and the DOJ will seek long sentences.',
      'The Drug Enforcement Administration (DEA) said the men had been wanted for years. The DEA declined to name them.',
    ].join('\n'));
    const doj = a.entities.filter((e) => e.key === 'organization:department of justice');
    expect(doj).toHaveLength(1);
    expect(doj[0]!.aliases).toEqual(expect.arrayContaining(['Justice Department', 'Department of Justice', 'DOJ']));
    const dea = entity(a, 'Drug Enforcement Administration');
    expect(dea.aliases).toContain('DEA');
    expect(dea.mentions).toHaveLength(3);
  });

  it('invents no names from Title Case phrases, headlines or sentence-initial words', () => {
    const a = analyse([
      'Mexico Sends Cartel Bosses To The US In Major Handover',
      'Officials cited National Security concerns under the Convention Against Transnational Organized Crime.',
      'However, Latin American governments were divided. Speaking to reporters, Homeland Security officials declined to comment.',
    ].join('\n'));
    const names = a.entities.filter((e) => e.type === 'person' || e.type === 'organization').map((e) => e.name);
    for (const bad of ['National Security', 'Against Transnational Organized', 'Transnational Organized Crime', 'Cartel Bosses', 'Latin American', 'However', 'Speaking', 'Officials', 'Major Handover']) expect(names).not.toContain(bad);
    expect(a.entities.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('attaches role words before and after a name', () => {
    const a = analyse([
      'Among those sent was cartel leader Ovidio Ramírez, who faces charges in Chicago.',
      'Also on the plane was alleged trafficker Ana Ruiz.',
      'The flight was arranged by Tomás Herrera, a former police chief, according to officials.',
      'Mexican President Claudia Tarnow said the decision was hers.',
    ].join('\n'));
    expect(entity(a, 'Ovidio Ramírez').labels.map((l) => l.text)).toEqual(['cartel leader']);
    expect(entity(a, 'Ana Ruiz').labels.map((l) => l.text)).toEqual(['alleged trafficker']);
    expect(entity(a, 'Tomás Herrera').labels.map((l) => l.text)).toEqual(['former police chief']);
    expect(entity(a, 'Claudia Tarnow').labels.map((l) => l.text)).toEqual(['Mexican President']);
  });

  it('keeps counted groups of people with their number, spelled out or qualified', () => {
    const a = analyse('Mexico sent twenty-six men to Texas in 2026. More than 20 suspects remain in custody, and the 26 men will appear in court.');
    const groups = a.entities.filter((e) => e.quantity);
    const men = groups.find((g) => g.quantity!.value === 26)!;
    expect(men.mentions.map((m) => m.text)).toEqual(['twenty-six men', '26 men']);
    expect(men.labels.map((l) => l.text)).toEqual(['men', 'men']);
    const suspects = groups.find((g) => g.quantity!.value === 20)!;
    expect(suspects.quantity!.qualifier).toBe('more than');
    expect(a.entities.some((e) => e.quantity?.value === 2026)).toBe(false);
  });

  it('finds the same counted groups in a later document, whatever words the earlier ones held', () => {
    // Whether a word is a number is remembered per word id: a word seen as a number, or as not
    // one, answers the same way in the next document.
    const groups = (text: string) => analyse(text).entities.filter((e) => e.quantity).map((e) => [e.quantity!.value, e.mentions.map((m) => m.text)]);
    const first = groups('Berg held twelve suspects and 40 people at Marrowvale; the suspects met Vale.');
    expect(first).toEqual([[12, ['twelve suspects']], [40, ['40 people']]]);
    expect(groups('Police freed twelve men and 40 people walked out, Okafor said.')).toEqual([[12, ['twelve men']], [40, ['40 people']]]);
    expect(groups('The suspects met Vale; then forty-one people and twelve suspects left.')).toEqual([[41, ['forty-one people']], [12, ['twelve suspects']]]);
  });

  it('links a named source to its entity', () => {
    const a = analyse('Security Minister Luis Arroyo said the flight left at dawn. "It went well," Arroyo said.');
    const source = a.sources.find((s) => s.name === 'Luis Arroyo')!;
    expect(source.entityId).toBe(entity(a, 'Luis Arroyo').id);
  });

  it('gives every mention a voice', () => {
    const a = analyse('"We will not allow Mr. Dorsey to dictate terms," said Carmen Estrada.');
    expect(entity(a, 'Dorsey').mentions[0]!.voice).toBe('quoted');
    expect(entity(a, 'Carmen Estrada').mentions[0]!.voice).toBe('author');
  });
});

describe('entity mentions on the hand-annotated articles', () => {
  it('finds at least 90% of the people and organisations, and invents none', () => {
    const s = scoreEntities(analyzeArticle);
    expect(s.articles).toBeGreaterThanOrEqual(10);
    expect(s.words).toBeGreaterThan(2500);
    expect(s.person.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.organization.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.person.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.organization.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.invented).toEqual([]);
  });

  it('scores the held-out articles too (written after the rules)', () => {
    const s = scoreEntities(analyzeArticle, 'heldout');
    expect(s.person.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.organization.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.invented).toEqual([]);
  });
});

describe('entities on long and hostile text', () => {
  it('resolves a surname shared by two people to the nearest one, in text repeated thousands of times', () => {
    const unit = 'Carl Brandt met Anna Brandt. Brandt said the port would reopen. ';
    const text = unit.repeat(3000);
    const a = analyzeArticle(text);
    const people = a.entities.filter((e) => e.type === 'person');
    expect(people.map((e) => e.name).sort()).toEqual(['Anna Brandt', 'Carl Brandt']);
    // every lone "Brandt" goes to Anna Brandt, named just before it
    expect(people.find((e) => e.name === 'Anna Brandt')!.mentions).toHaveLength(6000);
    for (const e of people) for (const m of e.mentions.slice(0, 50)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('survives capitals, acronyms and numbers everywhere', () => {
    const text = 'THE FBI AND THE DEA (DEA) SAID 1,200 MEN. '.repeat(500) + 'A B C D E F G H. ' + 'Mr. Mr. Mr. Dr. ' + '26 26 26 people people.';
    const a = analyzeArticle(text);
    expectOffsetsMatch(text, a);
    expect(a.entities.every((e) => e.mentions.length > 0)).toBe(true);
  });
});

describe('gazetteer names of several words', () => {
  // Written for this test: invented bodies and places, filed in an extra gazetteer lexicon.
  const gazetteer = {
    id: 'organizations-test',
    version: '1.0.0',
    description: 'test',
    language: 'en',
    license: 'CC0-1.0',
    source: 'test',
    kind: 'gazetteer',
    entries: [
      { term: 'Harbour Crane Authority', category: 'organization' },
      { term: 'Orvane Ridge', category: 'region' },
      { term: 'Crane Authority', category: 'alias:Harbour Crane Authority' },
    ],
  };

  it('are found whole and by an alias; the first words of such names are what a run is tested on first', async () => {
    const { entityLexicons } = await import('../../src/entities/entityLexicons.js');
    const { resolveLexicons } = await import('../../src/lexicons/resolveLexicons.js');
    const lex = entityLexicons(resolveLexicons([gazetteer]).all);
    expect(lex.knownFirst.has('harbour')).toBe(true);
    expect(lex.knownFirst.has('crane')).toBe(true);
    expect(lex.knownFirst.has('authority')).toBe(false);
    const text = 'Ruiz of the Harbour Crane Authority toured Orvane Ridge on Monday.\nThe Crane Authority said the cranes in Orvane Ridge were safe.';
    const a = analyzeArticle(text, { lexicons: [gazetteer] });
    const body = a.entities.find((e) => e.aliases.includes('Harbour Crane Authority'));
    expect(body?.type).toBe('organization');
    expect(body?.aliases).toContain('Crane Authority');
    const place = a.entities.find((e) => e.aliases.includes('Orvane Ridge'));
    expect(place?.type).toBe('place');
    expect(place?.mentions).toHaveLength(2);
    for (const e of a.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('word-set bits of the entity lexicons', () => {
  // Written for this test: a gazetteer with a place, a body, an honorific with its dot and a
  // surname, on top of the default lexicons.
  const gazetteer = {
    id: 'test-bits',
    version: '1.0.0',
    description: 'invented names for the word-bit test',
    language: 'en',
    license: 'CC0-1.0',
    source: 'test',
    kind: 'gazetteer',
    entries: [
      { term: 'Orvane', category: 'region' },
      { term: 'Kestrel Dock Board', category: 'organization' },
      { term: 'Capt.', category: 'honorific:m' },
      { term: 'Okafor', category: 'surname' },
    ],
  };

  it('answer each set of words the name rules ask, word by word', async () => {
    const { entityLexicons, wordBitsOf } = await import('../../src/entities/entityLexicons.js');
    const WORD = await import('../../src/entities/wordSetBits.js');
    const { withoutFinalDot } = await import('../../src/entities/nameKeys.js');
    const { resolveLexicons } = await import('../../src/lexicons/resolveLexicons.js');
    const lex = entityLexicons(resolveLexicons([gazetteer]).all);
    const sets: [number, (w: string) => boolean][] = [
      [WORD.GIVEN, (w) => lex.givenNames.has(w)],
      [WORD.SURNAME, (w) => lex.surnames.has(w)],
      [WORD.DEMONYM, (w) => lex.demonyms.has(w)],
      [WORD.KNOWN, (w) => lex.known.has(w)],
      [WORD.KNOWN_PLACE, (w) => lex.known.get(w)?.type === 'place'],
      [WORD.KNOWN_FIRST, (w) => lex.knownFirst.has(w)],
      [WORD.ORG_HEAD, (w) => lex.orgHeads.has(w)],
      [WORD.ORG_FIRST, (w) => lex.orgFirst.has(w)],
      [WORD.GROUP_HEAD, (w) => lex.groupHeads.has(w)],
      [WORD.PLACE_HEAD, (w) => lex.placeHeads.has(w)],
      [WORD.HONORIFIC, (w) => lex.honorifics.has(withoutFinalDot(w))],
      [WORD.NOT_NAME, (w) => lex.notNames.has(w)],
      [WORD.TITLE_WORD, (w) => lex.titleWords.has(w)],
      [WORD.TITLE, (w) => lex.titles.has(w)],
      [WORD.ROLE, (w) => lex.roles.has(w)],
      [WORD.NAME_STOP, (w) => lex.nameStops.has(w)],
    ];
    // Every word of every set, with and without a final dot, and words of none.
    const words = new Set<string>(['harbour', 'vale', 'capt.x']);
    for (const list of [lex.givenNames.keys(), lex.surnames, lex.demonyms, lex.known.keys(), lex.knownFirst, lex.orgHeads, lex.orgFirst, lex.groupHeads, lex.placeHeads, lex.honorifics.keys(), lex.notNames, lex.titleWords, lex.titles, lex.roles]) {
      for (const w of list) {
        words.add(w);
        words.add(`${w}.`);
      }
    }
    // One assertion over all the words (an expect per word and set is slow): the disagreements.
    const wrong: string[] = [];
    for (const w of words) {
      const bits = wordBitsOf(lex, w);
      for (const [bit, has] of sets) if (((bits & bit) !== 0) !== has(w)) wrong.push(`${w}:${bit}`);
    }
    expect(wrong).toEqual([]);
    expect(words.size).toBeGreaterThan(1000);
    expect((wordBitsOf(lex, 'capt.') & WORD.HONORIFIC) !== 0).toBe(true);
    expect(wordBitsOf(lex, 'okafor') & (WORD.GIVEN | WORD.SURNAME)).toBe(WORD.SURNAME);
    expect((wordBitsOf(lex, 'orvane') & WORD.KNOWN_PLACE) !== 0).toBe(true);
    expect((wordBitsOf(lex, 'kestrel') & WORD.KNOWN_FIRST) !== 0).toBe(true);
  });

  it('leave the names found as they were: a titled person, a body, a place', () => {
    const text = 'Capt. Okafor of the Kestrel Dock Board sailed from Orvane on Monday.\nOkafor said the Kestrel Dock Board would meet again.';
    const a = analyzeArticle(text, { lexicons: [gazetteer] });
    const person = a.entities.find((e) => e.type === 'person');
    expect(person?.name).toBe('Okafor');
    expect(person?.aliases).toContain('Capt. Okafor');
    expect(person?.mentions).toHaveLength(2);
    expect(a.entities.find((e) => e.name === 'Kestrel Dock Board')?.type).toBe('organization');
    expect(a.entities.find((e) => e.name === 'Orvane')?.type).toBe('place');
    for (const e of a.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('number words of counted groups', () => {
  it('reads digits, words and hyphenated tens, and nothing of ordinary words', async () => {
    const { numberWordValue, scaleValue } = await import('../../src/document/numberWords.js');
    expect(numberWordValue('26')).toBe(26);
    expect(numberWordValue('1,200')).toBe(1200);
    expect(numberWordValue('twenty-six')).toBe(26);
    expect(numberWordValue('Thirty-One')).toBe(31);
    expect(numberWordValue('dozen')).toBe(12);
    expect(numberWordValue('six-seven')).toBeNull();
    expect(numberWordValue('twenty-ten')).toBeNull();
    expect(numberWordValue('twenty-six-seven')).toBeNull();
    expect(numberWordValue('toString')).toBeNull();
    expect(numberWordValue('the')).toBeNull();
    // Every number word, whatever its case, gets past the two-letter prefix gate.
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
    words.forEach((w, i) => {
      expect(numberWordValue(w)).toBe(i);
      expect(numberWordValue(w.toUpperCase())).toBe(i);
    });
    expect(numberWordValue('Ninety-Nine')).toBe(99);
    expect(numberWordValue('Fifty')).toBe(50);
    expect(numberWordValue('Forty-two')).toBe(42);
    expect(numberWordValue('thing')).toBeNull();
    expect(numberWordValue('so')).toBeNull();
    expect(scaleValue('Million')).toBe(1e6);
    expect(scaleValue('constructor')).toBeNull();
  });
});
