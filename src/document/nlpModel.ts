import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNLP = ReturnType<typeof winkNLP>;

let shared: WinkNLP | null = null;

/**
 * The annotations wink-nlp computes in its one pass: sentence boundaries and POS tags (lemmas
 * come from the tags). Its named entities, negation and sentiment are not used (slantwise
 * scores negation and sentiment itself, with evidence), and leaving them out makes reading a
 * document about a third cheaper; tokens, tags, lemmas and sentences are the same.
 */
export const NLP_PIPE = ['sbd', 'pos'];

/**
 * The wink-nlp engine with the English lite model, created on first use and then shared by
 * every analysis in the process (creating it costs ~120 ms; reading a document ~1 ms).
 */
export function getNlp(): WinkNLP {
  if (shared === null) shared = winkNLP(model, NLP_PIPE as never);
  return shared;
}
