import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// A second clause with a subject and a cue of its own inside an earlier content (issue 10,
// ninth round): after an object, "and"/"but", a subordinating word or a lone dash starts that
// clause, so the earlier content ends there and the second relation stands alone. Reported
// clauses whose subject is two nouns stay whole. Every sentence is written for these tests.

const sourceOf = (text: string, cue: string) => {
  const x = byCue(analyse(text), cue);
  return x.sourceSpan ? text.slice(x.sourceSpan.start, x.sourceSpan.end) : null;
};

describe('"and" before a subject and cue of its own, after an object', () => {
  it('ends the object of a verb with a preposition ("talked about the flood and his office …")', () => {
    const text = 'Berg has not talked about the closure and his office did not respond to our questions.';
    const a = analyse(text);
    expect(byCue(a, 'has not talked about').text).toBe('the closure');
    expect(byCue(a, 'did not respond to').text).toBe('our questions');
    expect(sourceOf(text, 'did not respond to')).toBe('his office');
  });

  it('ends a plain object ("want the bridge and the mayor wants …")', () => {
    const a = analyse('Residents want the bridge and the mayor wants to be a hero.');
    expect(byCue(a, 'want').text).toBe('the bridge');
    expect(byCue(a, 'wants').text).toBe('to be a hero');
  });

  it('keeps a reported clause whose subject is two nouns', () => {
    const a = analyse('Ruiz said the mayor and the council agreed.');
    expect(a.attributions).toHaveLength(1);
    expect(byCue(a, 'said').text).toBe('the mayor and the council agreed');
  });

  it('ends a reported object that is one whole quotation ("said “…” and 12 voters said …")', () => {
    const text = 'Forty voters said “too slow” and 12 voters said “far too slow.”';
    const a = analyse(text);
    expect(a.attributions).toHaveLength(2);
    expect(byCue(a, 'said').text).toBe('“too slow”');
    expect(sourceOf(text, 'said')).toBe('Forty voters');
    const second = a.attributions.find((x) => x.cue === 'said' && x.text.startsWith('“far'))!;
    expect(second.text).toBe('“far too slow.”');
    expect(text.slice(second.sourceSpan!.start, second.sourceSpan!.end)).toBe('12 voters');
  });

  it('keeps a reported clause that goes on after a quoted word ("said “never” and the council agreed" stays one)', () => {
    const a = analyse('Okafor said “never” once and the council agreed.');
    expect(a.attributions).toHaveLength(1);
  });

  it('keeps a clause after "hopes" whose subject is two nouns', () => {
    const a = analyse('Vale hopes voters and others consider the plan.');
    expect(byCue(a, 'hopes').text).toBe('voters and others consider the plan');
  });

  it('keeps an object of two nouns', () => {
    const a = analyse('Ruiz criticized the mayor and the council.');
    expect(a.attributions).toHaveLength(1);
    expect(byCue(a, 'criticized').text).toBe('the mayor and the council');
  });

  it('keeps a noun with its participle inside the object ("ads attacking Berg")', () => {
    const a = analyse('Ruiz reported spending two million on radio and television ads attacking Berg.');
    expect(byCue(a, 'reported').text).toBe('spending two million on radio and television ads attacking Berg');
  });
});

describe('a subordinate clause with a cue of its own after an object', () => {
  it('"even as she defended …" ends the object of a speech verb', () => {
    const a = analyse('Ruiz acknowledged some mistakes even as she defended the council and its budget.');
    expect(byCue(a, 'acknowledged').text).toBe('some mistakes');
    expect(byCue(a, 'defended').text).toBe('the council and its budget');
  });

  it('"when I said …" ends the object of "talking about"', () => {
    const a = analyse('I was not talking about the mayor when I said the council had failed.');
    expect(byCue(a, 'was not talking about').text).toBe('the mayor');
    expect(byCue(a, 'said').text).toBe('the council had failed');
  });

  it('an infinitive content keeps its own "until" clause', () => {
    const a = analyse('Vale vows not to sign the bill until the council agrees to change it.');
    expect(byCue(a, 'vows').text).toContain('until the council agrees to change it');
  });
});

describe('a dash before a speaker and cue of its own', () => {
  it('ends the earlier content at the dash', () => {
    const text = 'The mayor is seen as better at handling floods than Berg - 60 percent of voters said she would do better.';
    const a = analyse(text);
    expect(byCue(a, 'is seen').text).toBe('The mayor is seen as better at handling floods than Berg');
    expect(byCue(a, 'said').text).toBe('she would do better');
    expect(sourceOf(text, 'said')).toBe('60 percent of voters');
  });

  it('an inserted phrase between two dashes stays in the content', () => {
    const a = analyse('Ruiz reported that Vale, head of the ferry board — a group of local owners — was planning to sell.');
    expect(byCue(a, 'reported').text).toBe('Vale, head of the ferry board — a group of local owners — was planning to sell');
  });

  it('a phrase after the dash with no speech verb stays in the content', () => {
    const a = analyse('Vale requested an audit of the port - this one focused on fuel costs.');
    expect(byCue(a, 'requested').text).toBe('an audit of the port - this one focused on fuel costs');
  });
});

describe('a cue in an opening subordinate clause', () => {
  it('ends its content at the comma before the main clause, whose cue is a relation of its own', () => {
    const a = analyse('While only a few voters said they were undecided, most of those polled said they could change their minds.');
    const said = a.attributions.filter((x) => x.cue === 'said').map((x) => x.text);
    expect(said).toEqual(['they were undecided', 'they could change their minds']);
  });

  it('ends there behind "But even after" and with a main verb that governs the cue', () => {
    const a = analyse('But even after Berg agreed to play two matches, Okafor continued to portray him as tired.');
    expect(byCue(a, 'agreed').text).toBe('to play two matches');
    expect(byCue(a, 'continued to portray').text).toBe('him as tired');
  });

  it('ends there in a "Like …" phrase with a relative clause', () => {
    const text = 'Like other sailors who foresee a storm, Mr. Vale said he was tying down his boat.';
    const a = analyse(text);
    expect(byCue(a, 'foresee').text).toBe('a storm');
    expect(sourceOf(text, 'said')).toBe('Mr. Vale');
  });

  it('a list inside the opening clause is no main clause', () => {
    const a = analyse('While Ruiz criticized the toll, the bridge and the ferry, Berg praised them.');
    expect(byCue(a, 'criticized').text).toBe('the toll, the bridge and the ferry');
    expect(byCue(a, 'praised').text).toBe('them');
  });

  it('the reported clause keeps its own opening adjunct ("that, if elected, she would …")', () => {
    const a = analyse('While Ruiz said that, if elected, she would cut taxes, Berg said she would not.');
    const said = a.attributions.filter((x) => x.cue === 'said').map((x) => x.text);
    expect(said[0]).toContain('she would cut taxes');
    expect(said[1]).toBe('she would not');
  });

  // (American punctuation puts the comma that closes the opening clause inside the closing quotation mark)
  it('ends at a comma inside the closing mark of a quotation (curly, straight and doubled-apostrophe marks)', () => {
    for (const [open, close] of [['“', '”'], ['"', '"'], ["''", "''"]]) {
      const text = `Even as Vale claimed that the pier was ${open}unsafe,${close} Ruiz said it was fine.`;
      const a = analyse(text);
      expect(byCue(a, 'claimed').text).toBe(`the pier was ${open}unsafe,${close}`);
      expect(byCue(a, 'said').text).toBe('it was fine');
      expect(sourceOf(text, 'said')).toBe('Ruiz');
    }
  });

  it('leaves the main clause after the quotation its own relation, with a pronoun subject too', () => {
    const text = 'Although Berg admitted to the Harbour Times that she and Tarn had “been partners for years,” she claimed they had never met.';
    const a = analyse(text);
    expect(byCue(a, 'admitted').text).toBe('she and Tarn had “been partners for years,”');
    expect(byCue(a, 'claimed').text).toBe('they had never met');
    expect(sourceOf(text, 'claimed')).toBe('she');
    const b = analyse('When Vale wrote that the pier was “a hazard,” the board closed it.');
    expect(byCue(b, 'wrote').text).toBe('the pier was “a hazard,”');
  });

  it('ends there also after an amount of time before the opener ("Hours after …", "Just days before …")', () => {
    const a = analyse('Hours after Vale said the pier was safe, the board said it had closed it.');
    expect(a.attributions.map((x) => x.text)).toEqual(['the pier was safe', 'it had closed it']);
    const text = 'Just days before Ruiz announced the levy, the board said it would cut fares.';
    const b = analyse(text);
    expect(byCue(b, 'announced').text).toBe('the levy');
    expect(sourceOf(text, 'said')).toBe('the board');
    const c = analyse('Less than two weeks after Berg argued that the tram was too slow, the council approved it.');
    expect(byCue(c, 'argued').text).toBe('the tram was too slow');
    const d = analyse('Only moments after Vale claimed the pier was “perfectly safe,” the board closed it.');
    expect(byCue(d, 'claimed').text).toBe('the pier was “perfectly safe,”');
  });

  it('leaves an amount of time that opens no subordinate clause alone', () => {
    const a = analyse('Vale said the repairs took two weeks after the storm, and the board agreed.');
    expect(byCue(a, 'said').text).toContain('the repairs took two weeks after the storm');
    const b = analyse('Weeks after the storm Vale said the pier was safe, and the board agreed.');
    expect(byCue(b, 'said').text).toContain('the pier was safe');
  });

  it('does not end at a quoted comma that a conjunction follows, nor outside an opening clause', () => {
    const a = analyse('While Vale called the pier “a hazard,” and the tram “a folly,” Ruiz said the plan was fine.');
    expect(byCue(a, 'called').text).toBe('the pier “a hazard,” and the tram “a folly,”');
    expect(byCue(a, 'said').text).toBe('the plan was fine');
    const b = analyse('Vale said the pier was “a hazard,” the board kept it open, and Ruiz agreed.');
    expect(byCue(b, 'said').text).toContain('the board kept it open');
  });
});

describe('a cue set off by commas inside a relative clause', () => {
  it('"…, which, her advisers believe, would …" starts the content at the pronoun, not at the sentence start', () => {
    const a = analyse('Ruiz is counting on her supporters to win the county, which, her advisers believe, would lead to a wave of donations.');
    const believe = byCue(a, 'believe');
    expect(believe.text.startsWith('which')).toBe(true);
    expect(believe.text).toContain('would lead to a wave of donations');
    expect(believe.text).not.toContain('counting');
  });
});

describe('"according to" before a clause with two subjects', () => {
  it('keeps the whole clause as its content', () => {
    const a = analyse('According to the report, Mills and another aide asked the clerk to delete the emails.');
    expect(byCue(a, 'According to').text).toBe('Mills and another aide asked the clerk to delete the emails');
  });
});

// A second reporting verb joined by "and" to the finite verb a reporting participle hangs on (issue
// 10, twelfth round): "issued a statement saying … and said …" — the second verb goes with "issued",
// so the participle's content ends before "and" and the second verb is its own relation with the same
// source. Inside a relative clause of the content the verb stays that clause's.
describe('a second verb coordinated with the verb a reporting participle hangs on', () => {
  it('splits "issued a statement saying … and said …"', () => {
    const text = 'Ruiz issued a statement saying the toll was fair and said it would not rise.';
    const a = analyse(text);
    expect(byCue(a, 'issued a statement saying').text).toBe('the toll was fair');
    expect(byCue(a, 'said').text).toBe('it would not rise');
    expect(sourceOf(text, 'said')).toBe('Ruiz');
  });

  it('splits for another reporting verb ("… saying … and promised that …")', () => {
    const text = 'The Harwick council released a note saying the fare was fair and promised that it would not rise.';
    const a = analyse(text);
    expect(byCue(a, 'released a note saying').text).toBe('the fare was fair');
    expect(byCue(a, 'promised').text).toBe('it would not rise');
    expect(sourceOf(text, 'promised')).toBe('The Harwick council');
  });
});

describe('a second verb with a particle, read as a plural noun ("… and points out that …")', () => {
  it('splits "denies … and points out that …" into two relations of one subject', () => {
    const text = 'The Vale team denies the charges and points out that Berg backed the same ferry deal.';
    const a = analyse(text);
    expect(byCue(a, 'denies').text).toBe('the charges');
    expect(byCue(a, 'points out').text).toBe('Berg backed the same ferry deal');
    expect(sourceOf(text, 'points out')).toBe('The Vale team');
  });

  it('keeps a plural noun before a particle that opens no clause ("the points out of reach")', () => {
    const a = analyse('Okafor said the points out of reach were lost.');
    expect(a.attributions.map((x) => x.cue)).toEqual(['said']);
  });
});

// A parenthetical tag right after a conjunction inside the sentence (issue 10, round 23): the tag
// reports the clause that conjunction opens, not the writer's words before it.
describe('a parenthetical tag right after a conjunction inside the sentence', () => {
  it('"… because, she said, …" reports the "because" clause only', () => {
    const said = byCue(analyse('Vale left the meeting early because, she said, the tram was late.'), 'said');
    expect(said.text.startsWith('because')).toBe(true);
    expect(said.text).toContain('the tram was late');
    expect(said.text).not.toContain('left the meeting');
  });

  it('an earlier object ends before the subordinator the tag cut off ("praised the council because, he said, …")', () => {
    const a = analyse('Berg praised the council because, he said, the fare stayed low.');
    expect(byCue(a, 'praised').text).toBe('the council');
    expect(byCue(a, 'said').text.startsWith('because')).toBe(true);
    // (a subordinator inside an object stays: "praised the council because the fare stayed low")
    expect(byCue(analyse('Berg praised the council because the fare stayed low.'), 'praised').text).toContain('because the fare');
  });

  it('"… and, she argued, to …" reports what follows the tag; the earlier object ends before "and"', () => {
    const a = analyse('Vale backed a wider levy to help the orchard growers and, she argued, to help the tram service.');
    expect(byCue(a, 'argued').text).toBe('to help the tram service');
    expect(byCue(a, 'backed').text).toBe('a wider levy to help the orchard growers');
  });

  it('keeps both sides when the conjunction is not right before the tag ("The levy and the fare, he said, …")', () => {
    const said = byCue(analyse('The levy and the fare, he said, will both rise.'), 'said');
    expect(said.text.startsWith('The levy and the fare')).toBe(true);
    expect(said.text).toContain('will both rise');
  });

  it('keeps both sides when the word before the tag is no conjunction ("Still, she said, …")', () => {
    const said = byCue(analyse('Vale wanted a lower fare and a longer season, she said, for the orchard growers.'), 'said');
    expect(said.text.startsWith('Vale wanted')).toBe(true);
  });
});

// A parenthetical tag inside a phrase that an opening dash sets off after a clause (issue 10, thirty-fifth round):
// the tag reports that phrase only; the clause before the dash, and an earlier report's content, end at the dash.
describe('a parenthetical tag after an opening dash', () => {
  it('reports only the phrase after the dash, in several wordings', () => {
    const a = analyse('The bill would bar the board from closing the pier — a provision, Vale said, that is meant to protect the crews.');
    expect(byCue(a, 'said').text).toBe('a provision, Vale said, that is meant to protect the crews');
    const b = analyse('A judge kept Ruiz in jail after hearing clips of his radio show - proof, the prosecutors argued, of his part in the protest.');
    expect(byCue(b, 'argued').text).toBe('proof, the prosecutors argued, of his part in the protest');
    const text = 'Tarn has laid off his staff -- an indication, some aides believe, that the campaign is over.';
    expect(byCue(analyse(text), 'believe').text).toBe('an indication, some aides believe, that the campaign is over');
    expect(sourceOf(text, 'believe')).toBe('some aides');
  });

  it('ends an earlier report at the dash', () => {
    const a = analyse('Vale said the pier was safe — no different, he said, from the tram.');
    expect(byCue(a, 'said').text).toBe('the pier was safe');
    expect(a.attributions.map((x) => x.text)).toContain('no different, he said, from the tram');
  });

  it('keeps the whole clause when the dashes before the tag close their pair', () => {
    const a = analyse('The pier — built in 1900 — is, Vale said, unsafe.');
    expect(byCue(a, 'said').text).toBe('The pier — built in 1900 — is, Vale said, unsafe');
  });
});
