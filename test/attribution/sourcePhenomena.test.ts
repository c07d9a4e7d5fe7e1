import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Sources of found relations by phenomenon (issue 10, "source right"). Every sentence is written
// for these tests; names, places and outlets are invented.

describe('sources of participle clauses', () => {
  it('a participle after a noun with a "by" agent is no main verb: the clause subject speaks', () => {
    const a = analyse('Ortega went first at the forum hosted by the network, predicting a close race in the county.');
    expect(byCue(a, 'predicting')).toMatchObject({ sourceSpan: { text: 'Ortega' }, text: 'a close race in the county' });
    const b = analyse('The mayor spoke about the delays caused by the storm, warning that the bridge would stay shut.');
    expect(byCue(b, 'warning').sourceSpan?.text).toBe('The mayor');
  });

  it('"responded by saying" keeps its own subject (the "by" opens a gerund, not an agent)', () => {
    const a = analyse('A county official responded by saying the audit was unfair.');
    expect(a.attributions.find((x) => /saying|responded/.test(x.cue))?.sourceSpan?.text).toBe('A county official');
  });

  it('a participle after the object of a preposition goes with the verb before it', () => {
    const a = analyse('Lopez was heard on a microphone telling the governor to go home.');
    expect(byCue(a, 'telling').sourceSpan?.text).toBe('Lopez');
    const b = analyse('Senator Vance appeared at a rally blasting the new tax.');
    expect(b.attributions.find((x) => x.cue.startsWith('blasting'))?.sourceSpan?.text).toBe('Senator Vance');
  });

  it('a document the speaker issued still names the speaker, and a possessed noun keeps its possessor', () => {
    expect(byCue(analyse('The town released a statement saying the road was closed.'), 'saying').sourceSpan?.text).toBe('The town');
    const a = analyse('Marsh is right with his assessment of the race.');
    expect(a.attributions.find((x) => x.cue === 'assessment')?.sourceSpan?.text ?? 'his').toBe('his');
  });
});

describe('sources of "as reported by"', () => {
  it('the agent after "by" is the source, the clause after the comma the content', () => {
    const a = analyse('As reported by the Tarn Herald, the mayor was warned twice.');
    expect(byCue(a, 'reported')).toMatchObject({ sourceSpan: { text: 'the Tarn Herald' }, text: 'the mayor was warned twice' });
    const b = analyse('The mayor was warned twice, as reported by the Tarn Herald.');
    expect(byCue(b, 'reported')).toMatchObject({ sourceSpan: { text: 'the Tarn Herald' }, text: 'The mayor was warned twice' });
    const c = analyse('As noted by critics of the plan, the bridge will cost more.');
    expect(byCue(c, 'noted').sourceSpan?.text).toBe('critics of the plan');
  });
});

describe('time words before the subject', () => {
  it('"Today," or "Yesterday," opening the sentence is not the source', () => {
    for (const [text, src] of [
      ['Today, the Tarn Herald calls it the pearl of the coast.', 'the Tarn Herald'],
      ['Yesterday, the coach said the team would rest.', 'the coach'],
    ] as const) {
      expect(analyse(text).attributions.find((x) => /^(?:calls|said)$/.test(x.cue))?.sourceSpan?.text, text).toBe(src);
    }
  });
});

describe('sources of stance nouns', () => {
  it('a stance noun in an "in" phrase is held by the subject of its clause', () => {
    const a = analyse('Lopez released a statement in opposition to the plan.');
    expect(byCue(a, 'opposition').sourceSpan?.text).toBe('Lopez');
    const b = analyse('Ortega has been unsparing in his criticism of the council.');
    expect(byCue(b, 'criticism').sourceSpan?.text).toBe('Ortega');
  });

  it('"paid tribute" names the payer; a possessor stays the source', () => {
    expect(byCue(analyse('Ortega paid tribute to the firefighters who died.'), 'tribute').sourceSpan?.text).toBe('Ortega');
    expect(byCue(analyse('Lopez’s opposition to the tax put her at odds with the party.'), 'opposition').sourceSpan?.text).toBe('Lopez');
  });

  it('no source is invented for a noun after an unrelated "in"', () => {
    const a = analyse('Ortega was interested in plans to widen the road.');
    expect(a.attributions.find((x) => x.cue === 'plans')?.sourceSpan ?? null).toBeNull();
  });
});

describe('participles after an appearance', () => {
  it('"X appeared …, saying …": the appearance stays sourceless, the participle gets its subject', () => {
    const a = analyse('Lawyers for the city appeared tired of the motion, saying in court papers that it was late.');
    expect(byCue(a, 'saying')).toMatchObject({ sourceSpan: { text: 'Lawyers for the city' }, text: 'it was late' });
    expect(byCue(a, 'appeared').sourceSpan).toBeNull();
  });

  it('"X appeared to oppose …, saying …": both the hedged act and the participle are the subject\'s', () => {
    const a = analyse('Lawyers for the city appeared to oppose the motion, saying in court papers that it was late.');
    expect(byCue(a, 'saying')).toMatchObject({ sourceSpan: { text: 'Lawyers for the city' }, text: 'it was late' });
    expect(byCue(a, 'appeared to oppose').sourceSpan?.text).toBe('Lawyers for the city');
  });
});

describe('an appearance that hedges a reporting verb', () => {
  it('"seemed to suggest": the subject is the source and the hedge is shown with the cue', () => {
    const a = analyse('Vale seemed to suggest that the levy would be dropped.');
    expect(byCue(a, 'seemed to suggest')).toMatchObject({ sourceSpan: { text: 'Vale' }, text: 'the levy would be dropped' });
    const b = analyse('The harbour board did not appear to confirm the closure on Monday.');
    expect(b.attributions.find((x) => x.cue.endsWith('appear to confirm'))?.sourceSpan?.text).toBe('The harbour board');
  });

  it('an appearance with no reporting verb after it stays sourceless', () => {
    const a = analyse('The ferry plan seems doomed. Vale seemed to walk faster than the others.');
    expect(a.attributions.length).toBeGreaterThan(0);
    for (const x of a.attributions) expect(x.sourceSpan).toBeNull();
  });
});

describe('"you" as a source', () => {
  it('a statement by "you" is attributed to "you", like any other pronoun', () => {
    const a = analyse('The ferry will stop in winter. Last year you said the island could do without it.');
    expect(byCue(a, 'said')).toMatchObject({ sourceSpan: { text: 'you' }, text: 'the island could do without it' });
  });

  it('not: a question put to "you" asks for a view and attributes none', () => {
    expect(analyse('Do you support the new ferry toll?').attributions).toEqual([]);
    expect(analyse('Do you think the harbour plan is fair?').attributions).toEqual([]);
  });
});

describe('a series of verb phrases with one subject', () => {
  it('"closed the pier, fired the engineer and said …": the subject of the first verb speaks, not an object', () => {
    const a = analyse('Harbour master Ilse Dunmore closed the old pier, fired the engineer and said it would reopen in May.');
    expect(byCue(a, 'said')).toMatchObject({ speaker: 'Ilse Dunmore', text: 'it would reopen in May' });
    const b = analyse('Minutes later the clerks reversed themselves, rushed everyone into the hall and said they would count the votes.');
    expect(byCue(b, 'said').sourceSpan?.text).toMatch(/the clerks$/);
  });

  it('"met Vale, praised the plan": a cue in the series takes the same subject', () => {
    const a = analyse('Councillor Ada Brook met the ferry operators, praised their plan and left early.');
    expect(byCue(a, 'praised').speaker).toBe('Ada Brook');
    expect(byCue(a, 'praised').text).toMatch(/^their plan/);
  });

  it('not: a subject after a speech verb, a relative clause, or a participle with its agent', () => {
    expect(byCue(analyse('The council approved the toll, said the mayor.'), 'said').sourceSpan?.text).toBe('the mayor');
    expect(byCue(analyse('Ann Vale, who hired the engineer, fired him and said the pier was safe.'), 'said').speaker).toBe('Ann Vale');
    const c = analyse('A judge blocked the toll, opposed by the council, because it would hurt older riders who favor the ferry.');
    expect(c.attributions.find((x) => x.cue === 'opposed')?.sourceSpan?.text).not.toBe('A judge');
  });
});
