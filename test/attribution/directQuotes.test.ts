import { describe, expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/index.js';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Direct and mixed quotations, cue spans and source spans (issue 10). Every sentence is written
// for these tests; names, places and outlets are invented.

const contentTexts = (a: ArticleAnalysis, cue: string) => byCue(a, cue).contentSpans.map((s) => s.text);

describe('quotation binding', () => {
  it('a quotation that ends with a nested one (‘…,’”) is bound to the cue after it', () => {
    const a = analyse('The bakers were cheerful. “Our loaves are ‘crisp and golden,’” she explained over the counter. Then the shop shut.');
    expect(byCue(a, 'explained')).toMatchObject({ mode: 'direct', text: 'Our loaves are ‘crisp and golden,’', sourceSpan: { text: 'she' } });
  });

  it('a full stop inside the closing mark ends the quoted sentence: the next clause is not its cue', () => {
    const a = analyse('The warden spoke. “Ferry crews keep asking, ‘Will the tolls rise again?’” he added. “Nobody has an answer yet.” Others disagreed.');
    expect(contentTexts(a, 'added')).toEqual(['Ferry crews keep asking, ‘Will the tolls rise again?’', 'Nobody has an answer yet.']);
    expect(a.attributions.some((x) => x.cue === 'disagreed' && x.text.includes('answer yet'))).toBe(false);
    // a bare speech tag after the full stop is still the quotation's
    expect(byCue(analyse('“Find the emails that are missing.” Berg said. Others left.'), 'said')).toMatchObject({ mode: 'direct', speaker: 'Berg' });
  });

  it('a quotation after a paraphrase with a partial quote goes on the direct quotation of the same speaker', () => {
    const a = analyse('“If he wins, nothing you can do, folks,” Berg told a rally in Bergen, saying Olsen would “ruin the fund.” “Maybe there is a way. I don’t know.” The crowd cheered.');
    expect(contentTexts(a, 'told a rally')).toEqual(['If he wins, nothing you can do, folks,', 'Maybe there is a way. I don’t know.']);
    expect(byCue(a, 'saying').text).toBe('Olsen would “ruin the fund.”');
  });

  it('"upon saying, “…”": the participle shares the subject of the main verb', () => {
    const a = analyse('She was booed upon saying, “The council heard the people.” She continued.');
    expect(byCue(a, 'saying')).toMatchObject({ mode: 'direct', text: 'The council heard the people.', sourceSpan: { text: 'She' } });
  });
});

describe('quotations inside a paraphrase', () => {
  it('a quotation with a cue of its own ends the paraphrase before it', () => {
    const a = analyse('In her speech, Vos declared the need for courage: “Change the world and then change it again,” she said. Others spoke.');
    expect(byCue(a, 'declared').text).toBe('the need for courage');
    expect(byCue(a, 'said')).toMatchObject({ mode: 'direct', text: 'Change the world and then change it again,', sourceSpan: { text: 'she' } });
  });

  it('"said he welcomed the vote and added, “…”": the second speech verb quotes the subject of the first', () => {
    const a = analyse('Lane said he welcomed the vote and added, “I will plead guilty.”');
    expect(byCue(a, 'said').text).toBe('he welcomed the vote');
    expect(byCue(a, 'added')).toMatchObject({ mode: 'direct', text: 'I will plead guilty.', speaker: 'Lane' });
    // a plain second verb inside the reported clause stays in it
    expect(byCue(analyse('Lane said voters were angry and wanted change.'), 'said').text).toBe('voters were angry and wanted change');
  });

  it('"says he feels he did well and is optimistic that …": the second verb goes with the inner cue of the same form', () => {
    const a = analyse('Tarnow says he thinks he looked “calm” at the hearing and is hopeful that the council will agree.');
    expect(byCue(a, 'says').text).toBe('he thinks he looked “calm” at the hearing and is hopeful that the council will agree');
    // a second verb after the object of the first is still its own attribution
    expect(byCue(analyse('Ruiz criticized the plan and said it would fail.'), 'said')).toMatchObject({ text: 'it would fail', speaker: 'Ruiz' });
  });

  it('a thought quoted as the reported clause of another cue stays nested in it', () => {
    const a = analyse('At the harbour, the blogger Lena Berg imagined Vos was musing: “Oh no, where did the ferry go?” Others saw it too.');
    expect(a.attributions.filter((x) => x.text.includes('Oh no'))).toHaveLength(1);
    expect(byCue(a, 'imagined').text).toBe('Vos was musing: “Oh no, where did the ferry go?”');
  });
});

describe('content extent', () => {
  it('", but that …" and ", but rather …" continue the reported clause', () => {
    const a = analyse('Okafor said the referee “made a poor call” by stopping the match, but that the league’s fine was “far too harsh.”');
    expect(byCue(a, 'said').text).toBe('the referee “made a poor call” by stopping the match, but that the league’s fine was “far too harsh.”');
    const b = analyse('Critics note the city would not truly close the port, but rather move the ships elsewhere.');
    expect(byCue(b, 'note').text).toBe('the city would not truly close the port, but rather move the ships elsewhere');
    // (thirteenth round) a plain ", but" goes on too when the clause after it reports nothing of its own;
    // one with a speech or belief verb of its own ends it
    expect(byCue(analyse('Ruiz said the port would close, but the ships kept sailing.'), 'said').text).toBe('the port would close, but the ships kept sailing');
    expect(byCue(analyse('Ruiz said the port would close, but the harbour master disagreed.'), 'said').text).toBe('the port would close');
  });

  it('content before a cue starts where its quotation opened, sentences earlier', () => {
    const a = analyse('Meanwhile, the orchard “has grown too fast for its roots. Sadly, the pears have gone soft,” Berg wrote. “Next spring we prune.”');
    expect(byCue(a, 'wrote').text.startsWith('Meanwhile, the orchard “has grown too fast for its roots. Sadly,')).toBe(true);
    expect(byCue(a, 'wrote').speaker).toBe('Berg');
  });

  it('an opening participle ends at a comma inside a closing mark: "Citing “…,” the aide told"', () => {
    const a = analyse('Citing “duties at home,” the mayor’s spokeswoman told the Courier that Ruiz plans to skip the gala.');
    expect(byCue(a, 'Citing').text).toBe('“duties at home,”');
    expect(byCue(a, 'told the Courier')).toMatchObject({ text: 'Ruiz plans to skip the gala', sourceSpan: { text: 'the mayor’s spokeswoman' } });
  });
});

describe('parenthetical cues', () => {
  it('"But, Okafor added, she would not …": only a conjunction before the cue, the content follows it', () => {
    const a = analyse('But, Okafor added, she would not back raising tolls “on a whim.” Others left.');
    expect(byCue(a, 'added')).toMatchObject({ text: 'she would not back raising tolls “on a whim.”', speaker: 'Okafor' });
  });

  it('a parenthetical cue holds a reporting noun before it: "Any attempt to …, he said, is hopeless"', () => {
    const a = analyse('Therefore every effort to correct a rumour by Berg, he said, turns out pointless.');
    expect(a.attributions).toHaveLength(1);
    expect(byCue(a, 'said').contentSpans.map((s) => s.text)).toEqual(['Therefore every effort to correct a rumour by Berg', 'turns out pointless']);
  });
});

describe('cue spans', () => {
  it('a verb cue shows its verb group: auxiliaries, negation, adverbs', () => {
    const a = analyse('Ruiz has said the plan would fail. Ruiz also noted that the toll is high. Ruiz did not mention the bridge.');
    expect(a.attributions.map((x) => x.cue)).toEqual(['has said', 'also noted', 'did not mention']);
    expect(a.attributions.map((x) => x.sourceSpan?.text)).toEqual(['Ruiz', 'Ruiz', 'Ruiz']);
  });

  it('the verb group never reaches into the source, and a passive cue stays the verb', () => {
    const a = analyse('The mayor, who has said little, then said she would stay. The plan was backed by Ana Ruiz.');
    expect(byCue(a, 'then said')).toMatchObject({ text: 'she would stay', sourceSpan: { text: 'The mayor, who has said little' } });
    expect(byCue(a, 'was backed')).toMatchObject({ text: 'The plan', sourceSpan: { text: 'Ana Ruiz' } });
  });
});

describe('source spans', () => {
  it('"But Sen. Ann Lee, noting …, said": the opening conjunction is not part of the name', () => {
    const a = analyse('But Sen. Ann Lee, noting the size of the crowd, said the list was big.');
    expect(byCue(a, 'said')).toMatchObject({ text: 'the list was big', sourceSpan: { text: 'Sen. Ann Lee' }, speaker: 'Ann Lee' });
  });

  it('"a source speaking to the Courier said": the outlet is not the source', () => {
    const a = analyse('Another intelligence source speaking to the Courier said, “The agents are looking at the grants.”');
    const x = byCue(a, 'said');
    expect(x.mode).toBe('direct');
    expect(x.sourceSpan?.text.startsWith('Another intelligence source')).toBe(true);
  });

  it('"… but on Friday wrote that": the time phrase after the conjunction does not hide the coordinated subject', () => {
    const a = analyse('The engineer Ruth Moss has long opposed the toll plan but on Friday wrote that it could work.');
    expect(byCue(a, 'wrote')).toMatchObject({ text: 'it could work', sourceSpan: { text: 'The engineer Ruth Moss' } });
  });

  it('"Mrs. Varga, these sailors said, might …": a short plural phrase is the source, not an appositive', () => {
    const a = analyse('Mrs. Varga, these sailors said, might accept a shorter route.');
    expect(byCue(a, 'said').sourceSpan?.text).toBe('these sailors');
    // a description after a name is still an appositive
    expect(byCue(analyse('Mrs. Lee, the senator, said she would stay.'), 'said').sourceSpan?.text).toBe('Mrs. Lee');
  });

  it('"Vale, who calls Berg a “menace,” said": a relative clause ending inside a closing mark belongs to the source', () => {
    const a = analyse('Humphrey, who calls Berg a “sociopath,” said he does not believe the effort needs a rival.');
    expect(byCue(a, 'calls').text).toBe('Berg a “sociopath,”');
    expect(byCue(a, 'said')).toMatchObject({ text: 'he does not believe the effort needs a rival', speaker: 'Humphrey' });
  });

  it('"Berg is keeping up his criticism of …": the subject of the verb names the source of a possessive reporting noun', () => {
    const a = analyse('Donald Berg is keeping up his criticism of his closest rivals.');
    expect(byCue(a, 'is keeping up his criticism of')).toMatchObject({ text: 'his closest rivals', sourceSpan: { text: 'Donald Berg' } });
    // a subject that names no speaker leaves the pronoun as the source
    const b = analyse('The weather is keeping up her plan to sail at dawn.');
    expect(b.attributions.every((x) => x.sourceSpan?.text !== 'The weather')).toBe(true);
  });

  it('", saying" shares the subject of the main verb, not of a gerund or a compound modifier', () => {
    const a = analyse('Gardeners are making plans for luring bees from a pesticide-spraying farm, saying the trick is simple.');
    expect(byCue(a, 'saying')).toMatchObject({ text: 'the trick is simple', sourceSpan: { text: 'Gardeners' } });
  });
});

describe('speech tags with any verb after a quotation', () => {
  it('a manner-of-speaking verb after a quotation is its cue, and the next quotation goes on', () => {
    const a = analyse('“If the club cared, it would have phoned the players first,” Trainer Lena Tarnow fumed on Sunday. “That would have been decent.” The match is next week.');
    expect(contentTexts(a, 'fumed')).toEqual(['If the club cared, it would have phoned the players first,', 'That would have been decent.']);
    expect(byCue(a, 'fumed').sourceSpan?.text).toBe('Trainer Lena Tarnow');
  });

  it('verb before the subject ("beamed one delegate"), particles ("shot back") and a mark ending in "!"', () => {
    expect(byCue(analyse('“What a night this is!” beamed Ada Quist of Lowmoor.'), 'beamed')).toMatchObject({ mode: 'direct', text: 'What a night this is!', sourceSpan: { text: 'Ada Quist of Lowmoor' } });
    expect(byCue(analyse('“He wants to look tough tonight,” Quist shot back with a grin.'), 'shot back')).toMatchObject({ mode: 'direct', sourceSpan: { text: 'Quist' } });
  });

  it('no tag without a subject and a verb, nor after a full stop, nor a participle used as an adjective', () => {
    expect(analyse('“Bread and Roses,” the slogan of the march, appeared on every banner.').attributions).toHaveLength(0);
    expect(analyse('“We are done.” The tired crew packed up.').attributions).toHaveLength(0);
    expect(byCue(analyse('“Not again,” the crowded hall groaned.'), 'groaned').sourceSpan?.text).toBe('the crowded hall');
  });
});

describe('quotations after "told them."', () => {
  it('the object of "told" stops at a full stop: the next sentence’s quotation has its own cue', () => {
    const a = analyse('“When the ferry came, we all cheered,” he told them. “I thought it was the finest boat in the port,” he said, as he showed the photos.');
    expect(contentTexts(a, 'told')).toEqual(['When the ferry came, we all cheered,']);
    expect(byCue(a, 'said')).toMatchObject({ mode: 'direct', text: 'I thought it was the finest boat in the port,' });
  });

  it('a verb inside the quotation that closes a paragraph does not announce the next quotation paragraph', () => {
    const a = analyse('“We like most of the recipes, a few more than the rest,” Hal Brenner said during a slow chat in Porto, the town where he moors a boat, ahead of the launch of his new bakery by the harbour.\n\n“The menu shifts every week. Today it is soup.”');
    expect(a.attributions.some((x) => x.cue === 'like')).toBe(false);
  });
});

describe('a quotation that continues the speaker of the sentence before', () => {
  it('a full quotation after a reported clause goes on with the same speaker, in the paragraph or the next', () => {
    const same = analyse('Harbour master Ines Vale said the pier would stay closed. “We have no other choice.” The ferry left.');
    expect(byCue(same, 'said')).toMatchObject({ mode: 'mixed', speaker: 'Ines Vale' });
    expect(contentTexts(same, 'said')).toEqual(['the pier would stay closed', 'We have no other choice.']);
    const next = analyse('The pier is a danger to everyone, Ines Vale said on Friday.\n\n“We have no other choice. None.”');
    expect(contentTexts(next, 'said')).toEqual(['The pier is a danger to everyone', 'We have no other choice. None.']);
  });

  it('a long tail after a quoted speaker does not stop the next quotation paragraph from going on', () => {
    const a = analyse('“We like most of the recipes, a few more than the rest,” Hal Brenner said during a slow chat in Porto, the town where he moors a boat, ahead of the launch of his new bakery by the harbour.\n\n“The menu shifts every week. Today it is soup.”');
    expect(contentTexts(a, 'said')).toEqual(['We like most of the recipes, a few more than the rest,', 'The menu shifts every week. Today it is soup.']);
  });

  it('beliefs do not speak on, and a quotation with its own tag has its own speaker', () => {
    expect(analyse('Officials fear the bridge will fall.\n\n“We have no choice.”').quotes[0]!.speaker).toBeNull();
    const a = analyse('“It is over,” Ines Vale said. “We lost,” Tom Berg fumed.');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Ines Vale', 'Tom Berg']);
  });
});

describe('cues set off around a following quotation', () => {
  it('"acknowledged, however, “…”": a set-off adverb between the cue and the quotation', () => {
    expect(byCue(analyse('Ruiz acknowledged, however, “As they say, past results mean nothing.” Then she left.'), 'acknowledged')).toMatchObject({ mode: 'direct', text: 'As they say, past results mean nothing.', speaker: 'Ruiz' });
  });

  it('"Continued Vale: “…”": a verb first, its subject up to the colon', () => {
    const a = analyse('Ines Vale spoke for an hour. Continued Vale: “So I think it is a real problem for the port.”');
    // the opening verb is no part of the name: the speaker is the Vale named before
    expect(byCue(a, 'Continued')).toMatchObject({ mode: 'direct', text: 'So I think it is a real problem for the port.', sourceSpan: { text: 'Vale' }, speaker: 'Ines Vale' });
  });

  it('"told a crowd in a town on Friday that “…”": a place phrase after the addressee', () => {
    const a = analyse('Berg tells reporters outside a school in Leeds on Friday that “the count will be close.”');
    expect(byCue(a, 'tells')).toMatchObject({ mode: 'mixed', text: '“the count will be close.”', speaker: 'Berg' });
  });
});

describe('colon introductions', () => {
  it('the clause after the last comma introduces the quotation, with a verb the tagger may miss', () => {
    const a = analyse('Asked which harbour he liked best, Tom Berg demurred: “Whichever one I am in at the moment.”');
    expect(byCue(a, 'demurred:')).toMatchObject({ mode: 'direct', text: 'Whichever one I am in at the moment.', speaker: 'Tom Berg' });
    expect(byCue(analyse('Ines Vale, the harbour master, said: “We will reopen.”'), 'said:')).toMatchObject({ mode: 'direct', speaker: 'Ines Vale' });
  });
});

describe('", adding that …" before a full quotation', () => {
  it('the quotation after ", adding that …" goes on the adding relation, not the quotation before it', () => {
    const a = analyse('“It is clear he never fought for the bill,” Ines Vale said, adding that she had fought for hers as mayor. “A leader must fight.” The hall emptied.');
    expect(contentTexts(a, 'said')).toEqual(['It is clear he never fought for the bill,']);
    expect(contentTexts(a, 'adding')).toEqual(['she had fought for hers as mayor', 'A leader must fight.']);
    // after another participle ("referring to …") the quotation stays with the speech verb
    const b = analyse('“We need the law,” Ines Vale said, referring to the harbour act. “Give us the tool.”');
    expect(contentTexts(b, 'said')).toEqual(['We need the law,', 'Give us the tool.']);
  });
});
