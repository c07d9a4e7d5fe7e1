import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Writing, documents, findings and telling (issue 10, twenty-first round). Every sentence is
// written for these tests.

describe('"told" + a title tagged an adjective + a name + a finite verb', () => {
  it('the name opens the reported clause: the title alone is the addressee', () => {
    const x = byCue(analyse('Okafor told the orchard chief Tarnow had sold the pears.'), 'told the orchard chief');
    expect(x.text).toBe('Tarnow had sold the pears');
    expect(x.sourceSpan?.text).toBe('Okafor');
  });

  it('a title and a name with no verb after them stay one addressee', () => {
    expect(byCue(analyse('Okafor told the orchard chief Tarnow that the pears were sold.'), 'told the orchard chief Tarnow').text).toBe('the pears were sold');
    expect(byCue(analyse('Okafor told the orchard chief Tarnow about the frost.'), 'told the orchard chief Tarnow about').text).toBe('the frost');
  });
});

describe('a record that "shows" something, as the antecedent of a relative pronoun', () => {
  it('a plural the tagger read as a verb after "be": the relative clause reports what the records show', () => {
    const x = byCue(analyse('There were surveys that show Berg ahead.'), 'show');
    expect(x.text).toBe('Berg ahead');
  });

  it('the record may head a phrase before the relative pronoun', () => {
    const x = byCue(analyse('The mood changed after polls from the Lorn Gazette that showed Berg well ahead in the valley.'), 'showed');
    expect(x.text).toBe('Berg well ahead in the valley');
  });

  it('a relative clause on people or things that are no record reports nothing', () => {
    const a = analyse('Ruiz thanked the guides that showed Berg around the orchard.');
    expect(a.attributions.some((x) => x.cue === 'showed')).toBe(false);
  });
});

describe('"released" + records made public', () => {
  it('reports what was made public: details, findings, pages, an advertisement', () => {
    const x = byCue(analyse('The orchard board released details of its pruning rules.'), 'released');
    expect(x.text).toBe('details of its pruning rules');
    expect(x.sourceSpan?.text).toBe('The orchard board');
    expect(byCue(analyse('Tarnow has released an excerpt of her diary.'), 'has released').text).toBe('an excerpt of her diary');
  });

  it('releasing people or things, a participle after its noun, and a bare statement report nothing', () => {
    const a = analyse('The wardens released the geese at dawn. The figures released on Monday had no effect. Berg released a statement.');
    expect(a.attributions.some((x) => /releas/.test(x.cue))).toBe(false);
  });
});

describe('"filed" + a legal claim', () => {
  it('reports the claim brought', () => {
    const x = byCue(analyse('The beekeepers filed a lawsuit against the pesticide maker.'), 'filed');
    expect(x.text).toBe('a lawsuit against the pesticide maker');
    expect(x.sourceSpan?.text).toBe('The beekeepers');
  });

  it('filing papers, filing for bankruptcy and a claim filed by someone report nothing', () => {
    const a = analyse('Okafor filed her tax forms late. The cider mill filed for bankruptcy. The suit filed by Okafor was thrown out.');
    expect(a.attributions.some((x) => /filed/.test(x.cue))).toBe(false);
  });
});

describe('a record released by someone', () => {
  it('names who made it public, which is no report of what it says', () => {
    const a = analyse('The pruning figures released by the orchard board were wrong.');
    expect(a.attributions.some((x) => /released/.test(x.cue))).toBe(false);
  });
});

describe('"listed" + an object, said by a person', () => {
  it('reports what was enumerated', () => {
    const x = byCue(analyse('Berg then listed the reasons for the late harvest.'), 'then listed');
    expect(x.text).toBe('the reasons for the late harvest');
    expect(x.sourceSpan?.text).toBe('Berg');
  });

  it('an asset listed for sale, or a list with no person as its subject, reports nothing', () => {
    const a = analyse('Berg listed her cottage in April. The cider firm listed its shares in Lorn. The leaflet listed the opening hours.');
    expect(a.attributions.some((x) => /listed/.test(x.cue))).toBe(false);
  });
});

describe('"released" a medium or a work is no report (review19 #5)', () => {
  it('a video or a recording released is no content', () => {
    expect(analyse('The quartet released a new video on Friday.').attributions).toEqual([]);
    expect(analyse('The choir released a recording of its spring concert.').attributions).toEqual([]);
  });

  it('still: a document released', () => {
    expect(byCue(analyse('Tarnow has released an excerpt of her diary.'), 'has released').text).toBe('an excerpt of her diary');
  });
});
