import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/index.js';
import type { ArticleAnalysis } from '../../src/index.js';

const analyse = (text: string) => analyzeArticle(text);
const sourceOf = (a: ArticleAnalysis, i: number) => a.sources.find((s) => s.id === a.attributions[i]!.sourceId)!;

describe('reporting verbs in every position', () => {
  it('“...,” X said / said X / X said: / X said that', () => {
    const a = analyse([
      '“The pumps are working,” Water Minister Tariq Aziz said.',
      '“We expect rain tonight,” said forecaster Mia Holt.',
      'Aziz said: “Stay indoors.”',
      'Holt said that the river would peak at dawn.',
    ].join('\n'));
    expect(a.attributions.map((x) => [x.mode, x.speaker])).toEqual([
      ['direct', 'Tariq Aziz'],
      ['direct', 'Mia Holt'],
      ['direct', 'Tariq Aziz'],
      ['indirect', 'Mia Holt'],
    ]);
    expect(a.attributions[3]!.text).toBe('the river would peak at dawn');
  });

  it('X, who said / X added / X continued, adding that', () => {
    const a = analyse('The plan was backed by Ana Pérez, who said it was overdue. She added that costs would fall. Pérez continued, adding that jobs would follow.');
    // "backed by" is an attribution too (evaluation), with the agent as its source
    expect(a.attributions.map((x) => x.speaker)).toEqual(['Ana Pérez', 'Ana Pérez', 'Ana Pérez', 'Ana Pérez']);
    expect(a.attributions.map((x) => x.cue)).toEqual(['was backed', 'said', 'added', 'continued, adding']);
    expect(a.attributions[0]).toMatchObject({ text: 'The plan', cueClass: 'evaluation', sourceSpan: { text: 'Ana Pérez' } });
    expect(a.attributions[1]!.sourceSpan?.text).toBe('who');
  });

  it('content before the cue: "..., officials said on Tuesday."', () => {
    const a = analyse('The border crossing will reopen next week, officials said on Tuesday.');
    expect(a.attributions).toHaveLength(1);
    expect(a.attributions[0]!.text).toBe('The border crossing will reopen next week');
    expect(sourceOf(a, 0).kind).toBe('unnamed');
  });

  it('according to, told Outlet, in a statement, speaking to reporters', () => {
    const a = analyse([
      'The mill will close in June, according to the Valley Courier.',
      'Union leader Sam Otieno told the Valley Courier that workers had not been warned.',
      'The company said in a statement that it regretted the decision.',
      'Speaking to reporters, Otieno was angry: “This is a betrayal.”',
    ].join('\n'));
    expect(a.attributions.map((x) => x.cue)).toEqual(['according to', 'told the Valley Courier', 'said in a statement', 'Speaking to reporters']);
    expect(sourceOf(a, 0).kind).toBe('media');
    expect(a.attributions[3]!.speaker).toBe('Sam Otieno');
  });

  it('does not take "the said property", "all told" or "according to plan" for attributions', () => {
    expect(analyse('The said property was sold in 2019.').attributions).toEqual([]);
    expect(analyse('All told, the repairs cost 4 million.').attributions).toEqual([]);
    expect(analyse('The launch went according to plan.').attributions).toEqual([]);
    expect(analyse('The result says a lot about the party.').attributions).toEqual([]);
  });
});

describe('stance of the reporting verb', () => {
  it('reads neutral, endorsing, distancing and denying verbs from the lexicon', () => {
    const a = analyse([
      'Mayor Eva Lund said the roads were open.',
      'Lund confirmed that two bridges had failed.',
      'Contractor Piet Mols claimed the bridges were safe.',
      'Mols denied that inspections had been skipped.',
      'The ministry ruled out a new tender.',
    ].join('\n'));
    expect(a.attributions.map((x) => x.stance)).toEqual(['neutral', 'endorsing', 'distancing', 'denying', 'denying']);
    expect(a.metrics.stanceCounts).toEqual({ neutral: 1, endorsing: 1, distancing: 1, denying: 2 });
  });
});

describe('speakers', () => {
  it('strips long titles, keeps the title, and merges later surname mentions', () => {
    const a = analyse('U.S. Ambassador to Chile Dana Whitmore said talks went well. “We are close,” Whitmore said.');
    expect(a.attributions.map((x) => x.speaker)).toEqual(['Dana Whitmore', 'Dana Whitmore']);
    expect(a.sources).toHaveLength(1);
    expect(a.sources[0]).toMatchObject({ name: 'Dana Whitmore', kind: 'person', role: 'official', attributions: 2, quotes: 1 });
    expect(a.sources[0]!.title).toMatch(/Ambassador/);
  });

  it('resolves he/she to the latest compatible person and it to the latest organisation', () => {
    const a = analyse('Judge Mara Eklund said the hearing would resume. Her clerk, Tomas Berg, said files were missing. He said more time was needed. She said the court would wait. The Justice Ministry said it was aware. It said an inquiry had begun.');
    expect(a.attributions.map((x) => x.speaker)).toEqual(['Mara Eklund', 'Tomas Berg', 'Tomas Berg', 'Mara Eklund', 'Justice Ministry', 'Justice Ministry']);
  });

  it('resolves a role noun to the person introduced with it', () => {
    const a = analyse('Kira Moss, a spokeswoman for the port, said ships were waiting. The spokeswoman said: “We need calm.”');
    expect(a.quotes[0]!.speaker).toBe('Kira Moss');
  });

  it('finds a speaker named in the paragraph after a quote', () => {
    const a = analyse('“Nobody warned us about the flood.”\nThose were the words of farmer Ilse Vrij, whose barn was lost.');
    expect(a.quotes[0]!.speaker).toBe('Ilse Vrij');
  });

  it('says null rather than guessing', () => {
    const a = analyse('“We will be back,” a voice in the crowd shouted.');
    expect(a.quotes[0]!.speaker).toBeNull();
  });
});

describe('source kinds and roles', () => {
  const kindOf = (text: string) => {
    const a = analyse(text);
    return sourceOf(a, 0).kind;
  };
  it('classifies persons, organisations, media, unnamed, anonymous and agentless sources', () => {
    expect(kindOf('Finance Minister Leo Varn said taxes would rise.')).toBe('person');
    expect(kindOf('The Ministry of Transport said fares would rise.')).toBe('organization');
    expect(kindOf('The Daily Lantern reported that fares would rise.')).toBe('media');
    expect(kindOf('Analysts say fares will rise.')).toBe('unnamed');
    expect(kindOf('A person familiar with the talks said fares would rise.')).toBe('anonymous');
    expect(kindOf('Two officials, who spoke on condition of anonymity, said fares would rise.')).toBe('anonymous');
    expect(kindOf('Sources said fares would rise.')).toBe('anonymous');
    expect(kindOf('Fares will reportedly rise in May.')).toBe('unspecified');
    expect(kindOf('Fares are believed to be rising.')).toBe('unspecified');
  });

  it('gives roles: official, expert, journalist, other', () => {
    const a = analyse('Governor Ada Kim said the plan was sound. Economist Raj Patel said it was not. Correspondent Lea Fox said crowds were calm. Shop owner Ben Ruiz said sales fell.');
    expect(a.sources.map((s) => s.role)).toEqual(['official', 'expert', 'journalist', 'other']);
  });
});

describe('attribution metrics', () => {
  it('counts density, quoted share, named and anonymous shares', () => {
    const a = analyse('“The levee held,” engineer Noor Ali said. Sources said a second levee was weak. Residents said they were afraid.');
    expect(a.metrics.distinctSources).toBe(3);
    expect(a.metrics.anonymousSourceShare).toBeCloseTo(1 / 3, 3);
    expect(a.metrics.namedSourceShare).toBeCloseTo(1 / 3, 3);
    expect(a.metrics.quotedWordShare).toBeGreaterThan(0);
    expect(a.metrics.attributedSentenceShare).toBe(1);
    expect(a.metrics.attributionsPer100Words).toBeCloseTo((3 / a.metrics.bodyWords) * 100, 2);
  });
});
