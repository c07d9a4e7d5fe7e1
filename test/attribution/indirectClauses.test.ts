import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Indirect relations (content without quotation marks) whose clause boundaries went wrong on
// real news (issue 10). Every sentence is written for these tests; names are invented.

const cues = (text: string) => analyse(text).attributions.map((x) => x.cue);

describe('where an object content ends', () => {
  it('a cue in a restrictive relative clause leaves the main verb its own attribution', () => {
    const a = analyse('Groups that have endorsed Ruiz say they believe the toll is fair.');
    expect(byCue(a, 'have endorsed').text).toBe('Ruiz');
    expect(byCue(a, 'say').text).toBe('they believe the toll is fair');
  });

  it('a participle after its noun ("a teacher backing X, Name, said") ends before the main verb', () => {
    const a = analyse('A teacher supporting Ruiz, Ann Lee of Marion, said she had called fifty voters.');
    expect(byCue(a, 'supporting').text).toBe('Ruiz, Ann Lee of Marion');
    expect(byCue(a, 'said').text).toContain('called fifty voters');
  });

  it('a clause inside the object keeps its own verb ("the politicians they trust")', () => {
    const a = analyse('Voters backing the candidates they trust turned out early.');
    expect(byCue(a, 'backing').text).toBe('the candidates they trust');
  });

  it('a participle inside the object does not end it ("a Canadian-born clerk")', () => {
    const a = analyse('The councillor who questions the loyalty of a Canadian-born clerk because of her cousins is gone.');
    expect(byCue(a, 'questions').text).toBe('the loyalty of a Canadian-born clerk because of her cousins');
  });

  it('", and she …" after an object starts a new clause', () => {
    const a = analyse('Ruiz blamed the council for the delay, and Berg called for an audit.');
    expect(byCue(a, 'blamed').text).toBe('the council for the delay');
    expect(byCue(a, 'called for')).toMatchObject({ speaker: 'Berg', text: 'an audit' });
  });

  it('a list inside the object after ", and" is not a new clause', () => {
    const a = analyse('Ruiz praised the workers, the engineers, and the drivers who kept the ferry running.');
    expect(byCue(a, 'praised').text).toBe('the workers, the engineers, and the drivers who kept the ferry running');
  });
});

describe('where a reported clause ends', () => {
  it('", but not …" goes on with the same reported clause', () => {
    const a = analyse('The movement has long argued that doctors should be punished, but not patients.');
    expect(byCue(a, 'has long argued').text).toBe('doctors should be punished, but not patients');
  });

  it('", but" and a second verb with no subject of its own goes on with it', () => {
    const a = analyse('Lee said she wanted major change in the city, but found the toll too costly to support.');
    expect(byCue(a, 'said').text).toBe('she wanted major change in the city, but found the toll too costly to support');
    // a cue verb there is an attribution of its own
    const b = analyse('Ruiz said the plan was fair, but added that it would cost more.');
    expect(byCue(b, 'said').text).toBe('the plan was fair');
    expect(byCue(b, 'added').text).toBe('it would cost more');
  });

  it('a parenthetical cue with a day after it has content on both sides: ", aides said Friday, because …"', () => {
    const r = byCue(analyse('He was not shocked that the toll rose, his aides said Monday, because he understands the frustration of drivers.'), 'said');
    expect(r.contentSpans.map((s) => s.text)).toEqual(['He was not shocked that the toll rose', 'because he understands the frustration of drivers']);
  });

  it('", but she …" still ends it', () => {
    const a = analyse('Ruiz said the bridge was safe, but engineers disagreed.');
    expect(byCue(a, 'said').text).toBe('the bridge was safe');
  });

  it('a bare verb joined to an infinitive in the reported clause is part of it', () => {
    const a = analyse('Managers now say their aim is to speak up for fishermen and protect the name of the harbour.');
    expect(a.attributions).toHaveLength(1);
    expect(byCue(a, 'now say').text).toBe('their aim is to speak up for fishermen and protect the name of the harbour');
  });

  it('"called a sponsor to request a loan" is a telephone call, not a label', () => {
    const a = analyse('Okafor said he never ran charity galas and never called a sponsor to request a loan.');
    expect(a.attributions).toHaveLength(1);
    expect(byCue(a, 'said').text).toBe('he never ran charity galas and never called a sponsor to request a loan');
    // the label reading stays
    expect(byCue(analyse('Ruiz called the plan a disaster.'), 'called').text).toBe('the plan a disaster');
  });
});

describe('a speech act coordinated after a reported clause', () => {
  it('"said X and accused Y of Z": two attributions of the same speaker', () => {
    const a = analyse('The mayor said the audit was unfair and accused the council of playing politics.');
    expect(byCue(a, 'said').text).toBe('the audit was unfair');
    expect(byCue(a, 'accused')).toMatchObject({ sourceId: byCue(a, 'said').sourceId, text: 'the council of playing politics' });
  });

  it('"suggested that … and argued that …"', () => {
    const a = analyse('Ruiz suggested that the mayor was weak on crime and argued that the budget had grown too fast.');
    expect(byCue(a, 'suggested').text).toBe('the mayor was weak on crime');
    expect(byCue(a, 'argued').text).toBe('the budget had grown too fast');
  });

  it('a verb of the reported clause stays in it: "said voters were angry and wanted change"', () => {
    expect(cues('Ruiz said voters were angry and wanted change.')).toEqual(['said']);
    expect(cues('Ruiz said the two leaders met and agreed to continue the talks.')).toEqual(['said']);
  });
});

describe('agentless states', () => {
  it('"it was unclear exactly when …" behind an adverb', () => {
    const a = analyse('No agreement was reached, and it was unclear exactly when the board would meet.');
    expect(a.attributions.find((x) => x.text === 'exactly when the board would meet')).toMatchObject({ sourceSpan: null });
  });
});

describe('reporting verbs added in reporting-verbs 2.3.0', () => {
  it.each([
    ['Ruiz outlined her plan for the harbour.', 'outlined', 'her plan for the harbour', 'speech'],
    ['Berg reaffirmed that the toll would stay.', 'reaffirmed', 'the toll would stay', 'speech'],
    ['The council rebuffed the offer from the port.', 'rebuffed', 'the offer from the port', 'speech'],
    ['Analysts surmise that the deal was rushed.', 'surmise', 'the deal was rushed', 'belief'],
    ['The mayor balked at the cost of the bridge.', 'balked at', 'the cost of the bridge', 'refusal'],
    ['Ruiz took issue with the report.', 'took issue with', 'the report', 'evaluation'],
    ['The union encouraged members to reject the deal.', 'encouraged', 'members to reject the deal', 'speech'],
  ])('%s', (text, cue, content, cueClass) => {
    expect(byCue(analyse(text), cue)).toMatchObject({ text: content, cueClass });
  });

  it('"encourage", "persuade", "convince" attribute only with "to" or "that" after the addressee', () => {
    expect(cues('Low interest rates encourage borrowing.')).toEqual([]);
    expect(byCue(analyse('She convinced him that the plan would work.'), 'convinced').text).toBe('the plan would work');
  });
});

describe('an object moved before its source by a relative clause', () => {
  it('"which banks considered too costly": the relative pronoun and the complement', () => {
    const input = 'The port funded schemes which cautious banks still considered too costly.';
    const a = analyse(input);
    const r = byCue(a, 'still considered');
    expect(r.contentSpans.map((s) => s.text)).toEqual(['which', 'too costly']);
    expect(input.slice(r.sourceSpan!.start, r.sourceSpan!.end)).toBe('cautious banks');
  });

  it('", which friends described as miserable,": the complement ends at the comma', () => {
    const r = byCue(analyse('The harbour plan, which friends described as miserable, failed.'), 'described');
    expect(r.contentSpans.map((s) => s.text)).toEqual(['which', 'miserable']);
  });

  it('"any plans he would not want to explain": the antecedent with no relative pronoun', () => {
    const r = byCue(analyse('He will block any plans he would not want to explain at the hearing.'), 'would not want');
    expect(r.contentSpans.map((s) => s.text)).toEqual(['plans', 'to explain at the hearing']);
  });

  it('a verb after the cue makes the relative pronoun its subject, not its object', () => {
    // (the relative word, the subject of what was concluded, is the content's first piece)
    const r = byCue(analyse('It was a trip that investigators concluded was secretly financed.'), 'concluded');
    expect(r.contentSpans.map((p) => p.text)).toEqual(['that', 'was secretly financed']);
  });

  it('", which the unions endorsed in March,": with nothing after the verb the relative pronoun is the whole content', () => {
    const input = 'The reform, which the dock unions endorsed in March, passed easily.';
    const r = byCue(analyse(input), 'endorsed');
    expect(r.text).toBe('which');
    expect(input.slice(r.sourceSpan!.start, r.sourceSpan!.end)).toBe('the dock unions');
  });

  it('"the outcome that the harbour pilots feared.": a gap at the end of the sentence, whose "that" alone is no content (false39)', () => {
    expect(cues('It was exactly the outcome that the harbour pilots feared.')).toEqual([]);
  });

  it('a verb that names acquaintance or needs no object moves nothing ("a harbour that she knows well", "the day that she testified")', () => {
    expect(cues('Ruiz sailed into a harbour that she knows well.')).toEqual([]);
    expect(cues('The bridge closed on the day that Ruiz testified.')).toEqual([]);
  });

  it('an empty object slot alone moves nothing: "records that Lee questioned …, the inspector wrote"', () => {
    const a = analyse('Some records that Lee questioned are stored in a vault, the inspector wrote.');
    expect(byCue(a, 'wrote').text).toBe('Some records that Lee questioned are stored in a vault');
  });
});

describe('a light verb with a reporting noun', () => {
  it.each([
    ['Ruiz has made several statements on the matter.', 'has made several statements on', 'the matter'],
    ['Ruiz gave a vague answer about the budget.', 'gave a vague answer about', 'the budget'],
    ['The ministry issued a warning that the river would rise.', 'issued a warning', 'the river would rise'],
    ['Vale has made repeated references to the audit.', 'has made repeated references', 'to the audit'],
    ['Ruiz sounded a gloomy note about the ferry budget.', 'sounded a gloomy note about', 'the ferry budget'],
  ])('%s', (text, cue, content) => {
    expect(byCue(analyse(text), cue)).toMatchObject({ text: content, cueClass: 'speech' });
  });

  it('"made no mention of": the negated mention has the speaker as source', () => {
    const r = byCue(analyse('Mayor Lena Ruiz made no mention of the budget.'), 'made no mention of');
    expect(r).toMatchObject({ speaker: 'Lena Ruiz' });
    expect(r.text).toContain('the budget');
  });

  it('"sounded a bell", "sounds fine" are no speech', () => {
    expect(cues('The ferry sounded a bell at the pier.')).toEqual([]);
    expect(cues('The plan sounds fine to the council.')).toEqual([]);
  });

  it('"remembers Ruiz as a stubborn ally": how someone is remembered, with "as"', () => {
    const r = byCue(analyse('Councillor Berg remembers Ruiz as a stubborn ally.'), 'remembers');
    expect(r).toMatchObject({ speaker: 'Berg', text: 'Ruiz as a stubborn ally' });
  });

  it('idioms and statements with no content attribute nothing', () => {
    expect(cues('Ruiz made a point of visiting every school.')).toEqual([]);
    expect(cues('That makes sense to the council.')).toEqual([]);
    expect(cues('The ministry issued a statement on Monday.')).toEqual([]);
  });
});
