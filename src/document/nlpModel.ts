import winkNLP from 'wink-nlp';
import { winkModel } from './winkModel.js';

type WinkNLP = ReturnType<typeof winkNLP>;

let shared: WinkNLP | null = null;
let charsRead = 0;

/**
 * The annotations wink-nlp computes in its one pass: sentence boundaries and POS tags (lemmas
 * come from the tags). Its named entities, negation and sentiment are not used (slantwise
 * scores negation and sentiment itself, with evidence), and leaving them out makes reading a
 * document about a third cheaper; tokens, tags, lemmas and sentences are the same.
 */
export const NLP_PIPE = ['sbd', 'pos'];

/**
 * Characters one wink-nlp engine reads before it is replaced by a new one. wink-nlp adds every
 * word it has not seen (names, numbers, typos) to its engine's lexicon and never drops one, so
 * a long stream of articles would grow memory without end; a fresh engine (~130 ms to create)
 * every 20 million characters (some 5,000 articles, a minute of analysis) keeps it flat.
 * Results do not depend on it.
 */
export const ENGINE_RENEWAL_CHARS = 20_000_000;

/**
 * The wink-nlp engine with the English lite model, created on first use and then shared by
 * every analysis in the process (creating it costs ~60 ms; reading a document ~1 ms).
 */
export function getNlp(): WinkNLP {
  if (shared === null) shared = winkNLP(winkModel as never, NLP_PIPE as never);
  return shared;
}

/**
 * The engine to read `chars` characters with: the shared one, replaced by a new one once it has
 * read `ENGINE_RENEWAL_CHARS` characters (see there).
 */
export function getNlpToRead(chars: number): WinkNLP {
  if (shared !== null && charsRead + chars > ENGINE_RENEWAL_CHARS) renewNlp();
  charsRead += chars;
  return getNlp();
}

/** Drops the shared engine: the next document is read by a new one, with wink-nlp's lexicon as the model ships it. */
export function renewNlp(): void {
  shared = null;
  charsRead = 0;
}
