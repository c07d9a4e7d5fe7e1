import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Where an attribution names its source (issue 10: "source right" on real news). Every sentence
// is written for these tests; names, places and outlets are invented.

describe('source spans: what stands between the subject and the cue', () => {
  it('a capitalised sentence adverb before the subject is not a name', () => {
    for (const [text, source] of [
      ['Importantly, the referee said the goal would stand.', 'the referee'],
      ['Rather, people close to the coach say she will stay.', 'people close to the coach'],
      ['Still, 40 percent of likely voters say they would back the levy.', '40 percent of likely voters'],
      ['That, the council said, “would be a fair outcome.”', 'the council'],
    ] as const) {
      expect(analyse(text).attributions.find((x) => /^(?:said|say)$/.test(x.cue))?.sourceSpan?.text, text).toBe(source);
    }
    // a name before a description still wins: "Dr. Lena Moss, a surgeon at the clinic, said"
    expect(byCue(analyse('Dr. Lena Moss, a surgeon at the clinic, said the wing would reopen.'), 'said').sourceSpan?.text).toBe('Dr. Lena Moss');
  });

  it('an adverbial set off by commas is stepped over to the subject', () => {
    const a = analyse('Flood engineers and county officials, however, said they believed the dam had been neglected.');
    expect(byCue(a, 'said')).toMatchObject({ sourceSpan: { text: 'Flood engineers and county officials' }, text: 'they believed the dam had been neglected' });
    const b = analyse('The two unions, for their part, said the offer was too low.');
    expect(byCue(b, 'said').sourceSpan?.text).toBe('The two unions');
  });

  it('a relative clause with no comma belongs to the subject it follows', () => {
    const a = analyse('Some tenants who have lived in the tower for decades said the repairs came too late.');
    const said = byCue(a, 'said');
    expect(said.sourceSpan?.text).toMatch(/^Some tenants who have lived in the tower/);
    expect(said.text).toBe('the repairs came too late');
  });

  it('a party and state in parentheses before a description keep the name as the source', () => {
    const a = analyse('Rep. Ana Ruiz (D-Ore.), head of the budget panel, said the vote would slip.');
    expect(byCue(a, 'said')).toMatchObject({ sourceSpan: { text: 'Rep. Ana Ruiz' }, speaker: 'Ana Ruiz', text: 'the vote would slip' });
  });

  it('an expletive "it" before "hard to know" is no source; a real "it" is kept', () => {
    const a = analyse('It is hard to know whether the old bridge will hold.');
    expect(byCue(a, 'It is hard to know')).toMatchObject({ sourceSpan: null, text: 'whether the old bridge will hold' });
    expect(a.sources.find((s) => s.id === byCue(a, 'It is hard to know').sourceId)?.kind).toBe('unspecified');
    const b = analyse('The ferry company faced questions on Monday. It was quick to deny the report.');
    expect(byCue(b, 'was quick to deny').sourceSpan?.text).toBe('It');
  });

  it('a place closing an opening adverbial is not the name before a description', () => {
    const a = analyse('At a fair in Tarn, Ohio, 54-year-old Mara Pell railed against the new tax.');
    expect(byCue(a, 'railed against')).toMatchObject({ sourceSpan: { text: '54-year-old Mara Pell' }, speaker: 'Mara Pell' });
  });

  it('", saying" shares the subject of the main verb even when a name before it was read as a verb', () => {
    const a = analyse('Dana Holt lent her weight to Sen. Ida Marsh (R-Kent) Friday, saying it was time to rebuild the pier.');
    expect(byCue(a, 'saying')).toMatchObject({ sourceSpan: { text: 'Dana Holt' }, speaker: 'Dana Holt', text: 'it was time to rebuild the pier' });
  });

  it('a relative clause set off by dashes belongs to the subject before it, not the object after the cue', () => {
    const a = analyse('Ines Varga — who is licensed as a nurse but does not work in a hospital — told the Ledger she would not appeal.');
    const told = a.attributions.find((x) => x.cue.startsWith('told'))!;
    expect(told.speaker).toBe('Ines Varga');
    expect(told.sourceSpan?.text).toMatch(/^Ines Varga — who is licensed/);
    expect(told.text).toBe('she would not appeal');
  });

  it('"those surveyed", a relative clause with no pronoun and "like their peers" set off by commas keep the subject', () => {
    expect(byCue(analyse('By a wide margin, those surveyed say the ferry should run at night.'), 'say')).toMatchObject({ sourceSpan: { text: 'those surveyed' }, text: 'the ferry should run at night' });
    expect(byCue(analyse('Several growers I have spoken with said the frost came early.'), 'said').sourceSpan?.text).toBe('Several growers I have spoken with');
    expect(byCue(analyse('Farm economists, like their Nordic counterparts, say tariffs hurt growth.'), 'say').sourceSpan?.text).toBe('Farm economists');
  });

  it('whoever issued, approved or signed a statement is the source of its participle', () => {
    expect(byCue(analyse('The town council approved a resolution condemning the new toll.'), 'approved a resolution condemning')).toMatchObject({ sourceSpan: { text: 'The town council' }, text: 'the new toll' });
    expect(byCue(analyse('The port authority put out a statement saying the crossing was safe.'), 'put out a statement saying').sourceSpan?.text).toBe('The port authority');
    expect(byCue(analyse('Thirty harbour pilots signed an open letter Friday making it clear that they reject the new toll.'), 'signed an open letter Friday making it clear').sourceSpan?.text).toBe('Thirty harbour pilots');
    // people after the verb are a source of their own
    expect(byCue(analyse('The mayor met voters complaining about the tax.'), 'complaining about').sourceSpan?.text).toBe('voters');
  });

  it('a wire dateline before a dash is no source; a name after a role still wins after opening adverbials', () => {
    const a = analyse('TARN, Aug 3 (Kalvo News) - The country’s far-left party leader, Ana Ruiz, voiced support for the strike on Wednesday, saying it was fair.');
    expect(byCue(a, 'saying')).toMatchObject({ speaker: 'Ana Ruiz', text: 'it was fair' });
    expect(byCue(a, 'saying').sourceSpan?.text).not.toMatch(/TARN/);
    expect(byCue(analyse('In Tarn, on Monday, the mayor, Ana Ruiz, said the bridge would close.'), 'said')).toMatchObject({ sourceSpan: { text: 'Ana Ruiz' }, speaker: 'Ana Ruiz' });
  });

  it('"whose organization" after a name is the source span, described by its own noun', () => {
    const a = analyse('“We will see,” said Tomas Brandt, whose organization does not endorse candidates.');
    expect(byCue(a, 'said').speaker).toBe('Tomas Brandt');
    const endorse = a.attributions.find((x) => x.cue.includes('endorse'))!;
    expect(endorse.sourceSpan?.text).toBe('whose organization');
    expect(endorse.speaker).not.toBe('Tomas Brandt');
  });

  it('a stray comma after the party and state keeps the name, without the parenthesis', () => {
    expect(byCue(analyse('Gov. Ann Lee (R-Ohio), said the vote was fair.'), 'said')).toMatchObject({ sourceSpan: { text: 'Gov. Ann Lee' }, speaker: 'Ann Lee' });
    const a = analyse('After winning the state primary, Gov. Ann Lee (R-Ohio), said, “We are ready to go west.”');
    expect(byCue(a, 'said')).toMatchObject({ sourceSpan: { text: 'Gov. Ann Lee' }, speaker: 'Ann Lee' });
  });
});

describe('source spans: subjects the phrase readers stopped inside (second round)', () => {
  it('a subject relative with "that" belongs to the subject, not its object', () => {
    const a = analyse('Unions that backed the mayor last year now say the deal is dead.');
    expect(byCue(a, 'now say').sourceSpan?.text).toBe('Unions');
    expect(byCue(a, 'backed').text).toMatch(/^the mayor/);
    expect(byCue(a, 'now say').text).toBe('the deal is dead');
    // "that" opening a clause with a subject of its own is not a relative: the verb keeps its subject
    expect(byCue(analyse('Critics said that voters want the deal to fail.'), 'said').sourceSpan?.text).toBe('Critics');
  });

  it('a pronoun after the verb with a verb of its own is the content’s subject, not the source', () => {
    const a = analyse('The clerk of nearly ten years, a nurse who spoke on condition of anonymity, said she was dismayed.');
    expect(byCue(a, 'said')).toMatchObject({ sourceSpan: { text: 'The clerk of nearly ten years' }, text: 'she was dismayed' });
    // an inverted subject after a quotation is still the source
    expect(byCue(analyse('“We will win,” said the harbour master known as Kip.'), 'said').sourceSpan?.text).toMatch(/^the harbour master/);
    expect(byCue(analyse('“We will win,” said he.'), 'said').sourceSpan?.text).toBe('he');
  });

  it('a name after a description with a participle is the source', () => {
    const a = analyse('A teacher supporting Ruiz, Ann Lee of Marion, said he had made calls.');
    expect(byCue(a, 'said')).toMatchObject({ sourceSpan: { text: 'Ann Lee of Marion' }, text: 'he had made calls' });
  });

  it('a lone name or quantifier the tagger reads as an adverb is the subject', () => {
    expect(byCue(analyse('Hardly said he would be cautious.'), 'said')).toMatchObject({ sourceSpan: { text: 'Hardly' }, text: 'he would be cautious' });
    expect(byCue(analyse('Voters were angry; most said they were worried.'), 'said')).toMatchObject({ sourceSpan: { text: 'most' }, text: 'they were worried' });
  });

  it('"including X" and a longer place adverbial between commas are stepped over to the subject', () => {
    expect(byCue(analyse('Divers questioned at the quay on Sunday, including Ann Berg, said they saw nothing odd in the water.'), 'said').sourceSpan?.text).toMatch(/^Divers questioned/);
    expect(byCue(analyse('Many anglers who have watched Mr. Vale over the seasons, on the radio or at small harbour fairs, said he had lost his touch.'), 'said').sourceSpan?.text).toMatch(/^Many anglers who have watched/);
  });

  it('a participle after a message, a speech or time spent names whoever made or spent it', () => {
    expect(byCue(analyse('Ann Lee started a petition last month calling on the school board to resign.'), 'started a petition last month calling on')).toMatchObject({ sourceSpan: { text: 'Ann Lee' }, text: 'the school board to resign' });
    expect(byCue(analyse('Ann Lee spent much of her speech praising the mayor.'), 'praising')).toMatchObject({ sourceSpan: { text: 'Ann Lee' }, text: 'the mayor' });
    expect(byCue(analyse('The senator spent more time talking about the farm bill than about the war.'), 'talking about').sourceSpan?.text).toBe('The senator');
    // a speech with its owner named is that owner's, not the sentence subject's
    expect(byCue(analyse('Ann Lee will answer the mayor’s Tuesday speech denouncing her plan.'), 'denouncing').sourceSpan?.text).toMatch(/mayor/);
  });

  it('polling read as a verb is the document source of what it shows', () => {
    for (const text of ['Exit polling showed that most voters were angry.', 'Recent polling suggests the race is close.']) {
      const x = analyse(text).attributions[0];
      expect(x?.sourceSpan?.text, text).toMatch(/polling$/);
      expect(x?.text, text).toMatch(/voters were angry|the race is close/);
    }
  });

  it('a town and state or an opening phrase before the subject is not a name with a description', () => {
    expect(byCue(analyse('Since the first wreck was charted in 1974 in Belport, Ore., harbour divers say they have charted dozens more.'), 'say').sourceSpan?.text).toBe('harbour divers');
    expect(byCue(analyse('Beyond Tarn, other farmers were also not satisfied with the plan.'), 'were also not satisfied with').sourceSpan?.text).toBe('other farmers');
    expect(byCue(analyse('Sure, official data suggest that output peaked.'), 'suggest').sourceSpan?.text).toBe('official data');
  });

  it('"those who say" names the relative pronoun as the source', () => {
    expect(byCue(analyse('Ann Lee is among those who say they will not vote.'), 'say')).toMatchObject({ sourceSpan: { text: 'who' }, text: 'they will not vote' });
  });
});
