import { describe, expect, it } from 'vitest';
import { analyseChecked, attributionByCue } from '../helpers.js';

/** The attribution with cue `cue` in `text`, with its source, cue and content text. */
function read(text: string, cue: string) {
  const a = analyseChecked(text);
  const x = attributionByCue(a, cue);
  return { source: x.sourceSpan?.text ?? null, cue: x.cueSpan.text, content: x.text, speaker: x.speaker };
}

describe('sources, fifteenth round (source10)', () => {
  it('a participle after a linking verb hands a following participle the linking verb\'s subject', () => {
    const x = read('Berg did not seem impressed with the proposal, telling reporters that the council should resign.', 'telling reporters');
    expect(x.source).toBe('Berg');
    expect(x.content).toBe('the council should resign');
    const y = read('Ruiz looked pleased with the vote, adding that the bridge would open in May.', 'adding');
    expect(y.source).toBe('Ruiz');
  });

  it('a reduced relative on a noun after a preposition is not the verb a second verb is joined to', () => {
    const x = read('Vale met miners and relatives of the workers killed in the blast and said the company must pay.', 'said');
    expect(x.source).toBe('Vale');
    expect(x.content).toBe('the company must pay');
    // (with no other verb before it, the participle is the main verb after all)
    const y = read('The head of the union resigned in March and said the port must grow.', 'said');
    expect(y.source).toBe('The head of the union');
  });

  it('a participle after the main clause is not governed by a cue inside an opening subordinate clause', () => {
    const x = read('In a March debate, while most of her rivals called for a bigger police force, Ruiz stayed closer to the mayor\'s approach, noting that crime has fallen.', 'noting');
    expect(x.source).toBe('Ruiz');
    expect(x.content).toBe('crime has fallen');
    const y = read('Even as shippers praise the ruling, striking ferry crews have marched through the port, protesting missed pay.', 'protesting');
    expect(y.source).toBe('striking ferry crews');
    // (a participle after a reported clause in the main clause keeps the reporting verb's subject)
    expect(read('Berg said the plan was weak and the port would close, adding that he would vote against it.', 'adding').source).toBe('Berg');
  });

  it('a passive view whose agent follows its complement names the agent as the source', () => {
    const x = read('The strike was viewed as a victory by most of the workers in the harbour.', 'was viewed');
    expect(x.source).toBe('most of the workers');
    expect(x.content).toBe('The strike was viewed as a victory');
    expect(read('Okafor was declared the winner by the election board.', 'was declared').source).toBe('the election board');
    // (a "by" phrase of measure, means or time, or one inside a phrase of its own, names no one)
    expect(read('The plan was seen as a way to win by appealing to farmers.', 'was seen').source).toBeNull();
    expect(read('The law was described as unfair by the end of the year.', 'was described').source).toBeNull();
    expect(read('Ruiz is expected to win by a wide margin.', 'is expected').source).toBeNull();
  });

  it('a view held among a group names the group as its holder', () => {
    const x = read('That dislike of the mayor among older farmers could matter in May.', 'dislike of');
    expect(x.source).toBe('older farmers');
    expect(x.content).toBe('the mayor');
    const y = read('Support for the levy among dock workers has faded.', 'Support for');
    expect(y.source).toBe('dock workers');
    expect(y.content).toBe('the levy');
  });

  it('an opening gerund whose object a description follows is a subject done by no one named', () => {
    const a = analyseChecked('Praising the mayor, a man of few words, has become a habit.');
    for (const x of a.attributions) expect(x.sourceSpan?.text ?? null).not.toBe('a man of few words');
    // (an opening participle before the main clause's subject keeps that subject)
    expect(read('Praising the mayor, Vale, a farmer, said the bridge was safe.', 'Praising').source).toBe('Vale');
    expect(read('Citing the flood, Berg urged the council to act.', 'Citing').source).toBe('Berg');
  });
});
