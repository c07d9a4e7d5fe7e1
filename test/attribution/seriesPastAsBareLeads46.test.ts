import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// A series of one subject's verb phrases whose first verb is spelt alike as past and bare form ("cut", "set",
// "quit"): after a past cue verb it reads as past, so the cue is a later member of the series, not a tag with its
// speaker after it (issue 10, leads46; was «a levy | proposed | Ruiz cut fares»). Sentences invented for these tests.

const check = (text: string, cue: string, content: string, source: string) => {
  const r = byCue(analyse(text), cue);
  expect(r.text).toBe(content);
  expect(text.slice(r.start, r.end)).toBe(content);
  expect(text.slice(r.sourceSpan!.start, r.sourceSpan!.end)).toBe(source);
};

describe('a past spelt like its bare form opens the series', () => {
  it('`Ruiz cut fares, proposed a levy, and left.`', () => {
    check('Ruiz cut fares, proposed a levy, and left.', 'proposed', 'a levy', 'Ruiz');
  });

  it('"set" with an article: `Berg set the fares, proposed a levy, and left.`', () => {
    check('Berg set the fares, proposed a levy, and left.', 'proposed', 'a levy', 'Berg');
  });

  it('"quit": `Vale quit the board, proposed a levy, and left.`', () => {
    check('Vale quit the board, proposed a levy, and left.', 'proposed', 'a levy', 'Vale');
  });

  it('a speech verb in the middle: `Ruiz cut fares, said the levy was fair, and left.`', () => {
    check('Ruiz cut fares, said the levy was fair, and left.', 'said', 'the levy was fair', 'Ruiz');
  });
});

describe('no series to join', () => {
  it('a present cue after a bare form keeps its own reading: `Ruiz said the crews cut fares, and left.`', () => {
    const r = byCue(analyse('Ruiz said the crews cut fares, and left.'), 'said');
    expect(r.sourceSpan?.text).toBe('Ruiz');
    expect(r.text.startsWith('the crews cut fares')).toBe(true);
  });

  it('no subject before the first verb: `Cut fares, proposed the growers.` reads the growers as the speaker', () => {
    const rs = analyse('Cut fares, proposed the growers.').attributions;
    expect(rs.some((x) => x.sourceSpan?.text === 'Cut fares')).toBe(false);
  });
});
