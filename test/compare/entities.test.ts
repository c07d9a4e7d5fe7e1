import { describe, expect, it } from 'vitest';
import { analyzeArticle, compareArticles, type ArticleAnalysis, type Comparison } from '../../src/index.js';
import { formatComparisonTable } from '../../src/cli/formatComparisonTable.js';

const article = (id: string, lines: string[]) => {
  const text = lines.join('\n');
  return { text, analysis: analyzeArticle({ id, text }) };
};
const expectSpans = (c: Comparison, texts: Map<string, string>) => {
  for (const d of c.discrepancies) for (const v of d.values) expect(texts.get(v.articleId)!.slice(v.start, v.end)).toBe(v.text);
  for (const e of c.entities) for (const o of e.occurrences) for (const l of o.labels) expect(texts.get(o.articleId)!.slice(l.start, l.end)).toBe(l.text);
};
const compare = (...articles: { text: string; analysis: ArticleAnalysis }[]) => {
  const c = compareArticles(articles.map((a) => a.analysis));
  expectSpans(c, new Map(articles.map((a) => [a.analysis.id, a.text])));
  return c;
};

describe('a person named differently across outlets', () => {
  const a = article('wire', ['Valdora put 14 ferry crews on a coach to the border on Friday.', 'Among the crews was Robert Salazar, a deckhand sought since 2019 over a fuel fraud at the harbour.', 'Officials said the coach reached the crossing at noon.']);
  const b = article('partisan', ['Valdora at last expelled 14 crooked ferry crews.', 'Among the crews was Roberto Salazar, sought over the harbour fuel fraud.']);
  const c = compare(a, b);

  it('is aligned as one entity with the spelling as evidence', () => {
    const e = c.entities.find((x) => x.type === 'person' && x.occurrences.length === 2)!;
    expect(e.occurrences.map((o) => o.name).sort()).toEqual(['Robert Salazar', 'Roberto Salazar']);
    expect(e.evidence.map((x) => x.kind)).toEqual(['spelling']);
    expect(e.confidence).toBeGreaterThan(0.8);
    expect(e.confidence).toBeLessThan(1);
    expect(e.occurrences.every((o) => !o.quoted)).toBe(true);
  });

  it('is a name discrepancy although nobody quotes him', () => {
    const d = c.discrepancies.filter((x) => x.kind === 'name');
    expect(d).toHaveLength(1);
    expect(d[0]!.values.map((v) => [v.articleId, v.text])).toEqual([['partisan', 'Roberto Salazar'], ['wire', 'Robert Salazar']]);
  });

  it('different people who share a surname are not aligned', () => {
    const x = article('x', ['Mayor Carl Brandt opened the port.']);
    const y = article('y', ['Councillor Anna Brandt opened the port.']);
    const cc = compare(x, y);
    expect(cc.entities.filter((e) => e.type === 'person')).toHaveLength(2);
    expect(cc.discrepancies).toEqual([]);
  });
});

describe('coverage by entity', () => {
  const a = article('a', [
    'President Claudia Tarnow said the Justice Department had asked for the transfer.',
    '"We acted as a sovereign country," Tarnow said.',
    'Officials cited National Security concerns under the Convention Against Transnational Organized Crime.',
  ]);
  const b = article('b', ["Tarnow's government sent the men after a request from the Department of Justice.", 'Mr. Halvorsen praised the move.']);
  const cc = article('c', ['Ms. Tarnow has faced pressure from Mr. Halvorsen. The DOJ said more transfers would come.']);
  const c = compare(a, b, cc);

  it('counts one item per person and body however each article names it', () => {
    const tarnow = c.coverage.items.filter((i) => i.kind === 'person' && /Tarnow/.test(i.label));
    expect(tarnow).toHaveLength(1);
    expect(tarnow[0]!.articles.sort()).toEqual(['a', 'b', 'c']);
    expect(tarnow[0]!.quotedBy).toEqual(['a']);
    const doj = c.coverage.items.filter((i) => i.kind === 'organization' && /Justice|DOJ/.test(i.label));
    expect(doj).toHaveLength(1);
    expect(doj[0]!.articles.sort()).toEqual(['a', 'b', 'c']);
  });

  it('says which article omits whom', () => {
    const halvorsen = c.coverage.items.find((i) => i.kind === 'person' && i.label === 'Halvorsen')!;
    expect(halvorsen.articles.sort()).toEqual(['b', 'c']);
    expect(c.coverage.byArticle.find((x) => x.id === 'a')!.omits).toContain(halvorsen.key);
  });

  it('invents no names from Title Case phrases', () => {
    const labels = c.coverage.items.map((i) => i.label);
    for (const bad of ['National Security', 'Against Transnational Organized', 'Transnational Organized Crime']) expect(labels).not.toContain(bad);
  });
});

describe('labels per entity, side by side', () => {
  it('shows how each outlet names the same counted group', () => {
    const a = article('wire', ['Mexico sent 26 suspects to the United States on Tuesday.']);
    const b = article('partisan', ['Mexico shipped 26 narco-terrorists north on Tuesday.']);
    const cc = article('tabloid', ['The 26 cartel bosses landed in Houston on Tuesday.']);
    const c = compare(a, b, cc);
    const group = c.entities.find((e) => e.quantity === 26)!;
    expect(Object.fromEntries(group.occurrences.map((o) => [o.articleId, o.labels.map((l) => l.text)]))).toEqual({ wire: ['suspects'], partisan: ['narco-terrorists'], tabloid: ['cartel bosses'] });
  });
});

describe('numbers aligned by what is counted', () => {
  it('aligns 26 cartel members, 29 suspects and twenty-six men, with both values and spans', () => {
    const a = article('a', ['Mexico sent 26 cartel members to the United States on Tuesday, officials said.']);
    const b = article('b', ['Mexico sent 29 suspects to the United States on Tuesday, officials said.']);
    const cc = article('c', ['Mexico sent twenty-six men to the United States on Tuesday, officials said.']);
    const c = compare(a, b, cc);
    const d = c.discrepancies.filter((x) => x.kind === 'number');
    expect(d).toHaveLength(1);
    expect(d[0]!.values.map((v) => [v.articleId, v.value, v.text])).toEqual([
      ['a', '26', '26 cartel members'],
      ['c', '26', 'twenty-six men'],
      ['b', '29', '29 suspects'],
    ]);
  });

  it('keeps the qualifier and stays silent when an article states both values', () => {
    const a = article('a', ['Mexico sent more than 20 suspects north on Tuesday, officials said.']);
    const b = article('b', ['Mexico sent 26 suspects north on Tuesday, officials said.']);
    const both = article('c', ['Mexico sent 26 suspects north on Tuesday, officials said, after sending 29 suspects in February.']);
    const c = compare(a, b);
    expect(c.discrepancies.find((x) => x.kind === 'number')!.values.map((v) => v.value)).toEqual(['more than 20', '26']);
    expect(compare(b, both).discrepancies).toEqual([]);
  });
});

describe('shared quotes', () => {
  const a = article('a', ['"We will not allow foreign troops on our soil under any circumstances," Varga said.', '"We will not allow foreign troops on our soil under any circumstances," she repeated later.']);
  const b = article('b', ['"We will never allow foreign soldiers on our soil, under any circumstances," President Varga said.']);
  const cc = article('c', ['"We will not allow foreign troops on our soil under any circumstances," Varga told reporters.', '"Our soil is our own and trade talks will go on," Varga added.']);
  const d = article('d', ['"Trade talks will go on, and tariffs are not on our agenda," Varga said.']);
  const c = compare(a, b, cc, d);

  it('counts distinct articles, not occurrences', () => {
    const q = c.sharedQuotes.find((x) => x.occurrences.some((o) => /foreign troops/.test(o.text)))!;
    expect(q.articles).toBe(3);
    expect(q.occurrences).toHaveLength(4);
  });

  it('does not chain different remarks through a third quote', () => {
    const troops = c.sharedQuotes.find((x) => x.occurrences.some((o) => /foreign/.test(o.text)))!;
    expect(troops.occurrences.some((o) => /tariffs/.test(o.text))).toBe(false);
    expect(troops.occurrences.some((o) => /trade talks/i.test(o.text))).toBe(false);
  });

  it('diffs each variant against the representative and prints each article\'s own wording', () => {
    const q = c.sharedQuotes.find((x) => x.occurrences.some((o) => /foreign soldiers/.test(o.text)))!;
    const v = q.variants.find((x) => x.articleId === 'b')!;
    expect(q.occurrences[v.occurrence]!.articleId).toBe('b');
    expect(v.diff.filter((p) => p.added).map((p) => p.value.trim())).toEqual(expect.arrayContaining(['soldiers']));
    const table = formatComparisonTable([a.analysis, b.analysis, cc.analysis, d.analysis], c);
    expect(table).toContain('in 3 articles');
    expect(table).toContain('b: “We will never allow foreign soldiers on our soil, under any circumstances,”');
    const representative = q.occurrences[0]!.text;
    expect(table.split(representative).length - 1).toBe(1);
  });
});
