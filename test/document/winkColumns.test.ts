import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import { NLP_PIPE } from '../../src/document/nlpModel.js';
import { publicColumns, winkColumns } from '../../src/document/winkColumns.js';
import { winkModel } from '../../src/document/winkModel.js';

// Contractions, words the model does not know, British spellings (mapped), words with several
// lemmas by tag (left/leaves/saw), numbers, abbreviations, hyphens, quotes and blank lines.
const TEXTS = [
  'Councillor Zqabson told Rxvilleton officials on Tuesday that 1,234 residents can\'t wait.',
  'The Defence Ministry said it "won\'t comment", according to Dr. Vlarsk of the U.N. agency.\n\nShe left; he leaves. They saw the saw.',
  'Prices rose 4.5% in Q3; ministers were criticised and the organisation\'s e-mail went viral. I\'d\'ve gone — y\'all know.',
  'Thugs stormed the building’s gates at 5 p.m. “We’re hiding,” the colour-blind workers said. Zqabsons zqabsoned.',
];

const lemmatize = winkModel.addons.lemmatize as never;

describe('wink-nlp token columns read from the raw document data', () => {
  it('are the columns wink-nlp\'s own out() gives, document after document on one engine', () => {
    const nlp = winkNLP(winkModel as never, NLP_PIPE as never);
    // Twice over: the second time the engine has seen every word and the memos are warm.
    for (const text of [...TEXTS, ...TEXTS]) {
      const doc = nlp.readDoc(text);
      const fast = winkColumns(nlp as never, doc as never, lemmatize);
      expect(fast).toStrictEqual(publicColumns(nlp as never, doc as never));
      expect(fast.value.length).toBeGreaterThan(10);
    }
  });

  it('fall back to out() when the model does not hand out its raw data', () => {
    const model = { ...winkModel, addons: { ...winkModel.addons, readabilityStats: () => ({ tokens: 'not raw data' }) } };
    const nlp = winkNLP(model as never, NLP_PIPE as never);
    const doc = nlp.readDoc(TEXTS[1]!);
    expect(winkColumns(nlp as never, doc as never, lemmatize)).toStrictEqual(publicColumns(nlp as never, doc as never));
  });
});
