import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// "as the clerk Tom Vale put it" (issue 10): a title with an article between "as" and the name was read as an object
// moved before its verb, so the relation reported «the clerk» as what was put. The title describes the source; the
// clause beside the "as" tag is the content, as with a bare title ("as harbour clerk Tom Vale put it"). Every sentence
// is written for these tests; names and places are invented.

const check = (text: string, cue: string, content: string, source: string) => {
  const r = byCue(analyse(text), cue);
  expect(r.text).toBe(content);
  expect(text.slice(r.start, r.end)).toBe(content);
  expect(text.slice(r.sourceSpan!.start, r.sourceSpan!.end)).toBe(source);
};

describe('"as the <title> <name> <cue>": the title is no content', () => {
  it('opening the sentence: "As the clerk Tom Vale put it, the pier is finished."', () => {
    check('As the clerk Tom Vale put it, the pier is finished.', 'put it', 'the pier is finished', 'Tom Vale');
  });

  it('closing the sentence: "The pier is finished, as the clerk Tom Vale put it."', () => {
    check('The pier is finished, as the clerk Tom Vale put it.', 'put it', 'The pier is finished', 'Tom Vale');
  });

  it('another cue: "As the ferry captain Ruiz said, the toll is too high."', () => {
    check('As the ferry captain Ruiz said, the toll is too high.', 'said', 'the toll is too high', 'Ruiz');
  });

  it('closing a clause before "and": "It was over, as the harbour clerk Berg noted, and the pier closed."', () => {
    check('It was over, as the harbour clerk Berg noted, and the pier closed.', 'noted', 'It was over', 'Berg');
  });
});

describe('"as" that opens no tag keeps its object', () => {
  it('a comparison: "Ruiz wanted the same pier as the clerk Vale described." reports no title as content', () => {
    const rels = analyse('Ruiz wanted the same pier as the clerk Vale described.').attributions;
    expect(rels.some((r) => r.text === 'the clerk')).toBe(false);
  });

  it('a bare title still works: "As harbour clerk Tom Vale put it, the pier is finished."', () => {
    check('As harbour clerk Tom Vale put it, the pier is finished.', 'put it', 'the pier is finished', 'Tom Vale');
  });
});
