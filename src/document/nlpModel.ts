import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNLP = ReturnType<typeof winkNLP>;

let shared: WinkNLP | null = null;

/**
 * The wink-nlp engine with the English lite model, created on first use and then shared by
 * every analysis in the process (creating it costs ~120 ms; reading a document ~1 ms).
 */
export function getNlp(): WinkNLP {
  if (shared === null) shared = winkNLP(model);
  return shared;
}
