/**
 * Reporting-noun cues: "the claim that", "his plan to", "her criticism of", and existential
 * ones with no holder ("there are fears that …").
 */
import type { SlantDocument } from '../document/readDocument.js';
import type { AttributionLexicons, CueSense } from './attributionLexicons.js';
import type { Cue } from './cue.js';
import type { CueClass } from './cueClasses.js';
import { isPossessiveBefore, takesClause, WH } from './cueComplements.js';
import { BE_FORMS, isCap, isPunct } from './tokens.js';

/**
 * "There are fears the dam will fail", "there were numerous complaints that …", "there has been
 * speculation about …": a reporting noun after existential "there" + be, with its clause or
 * complement, and no source.
 */
export function existentialNoun(doc: SlantDocument, k: number, ts: number, te: number, lex: AttributionLexicons, sentence: number): Cue | null {
  const low = doc.lower[k]!;
  const lemma = lex.cueNouns.has(low) ? low : low.endsWith('s') && lex.cueNouns.has(low.slice(0, -1)) ? low.slice(0, -1) : '';
  if (!lemma) return null;
  let j = k - 1;
  while (j > ts && k - j <= 3 && (doc.pos[j] === 'ADJ' || /^(?:some|many|no|few|new|growing|widespread|renewed|mounting|numerous|also|still|now)$/.test(doc.lower[j]!))) j--;
  if (doc.lower[j] === 'been' && /^(?:has|have|had)$/.test(doc.lower[j - 1] ?? '')) j--;
  if (!(BE_FORMS.has(doc.lower[j]!) || /^(?:has|have|had)$/.test(doc.lower[j]!)) || doc.lower[j - 1] !== 'there') return null;
  const next = doc.lower[k + 1] ?? '';
  if (!(next === 'that' || /^(?:about|over|of|on|for|whether)$/.test(next) || (next === 'to' && doc.pos[k + 2] === 'VERB') || takesClause(doc, k + 1, te))) return null;
  const sense = lex.cueNouns.get(lemma)!;
  return { type: 'agentless', tokStart: j - 1, tokEnd: k + 1, head: k, lemma, stance: sense.stance, cueClass: sense.cueClass, negated: false, sentence };
}

/** The prepositions that introduce what a reporting noun of each class is about. */
const PREPOSITIONS_BY_CLASS: Partial<Record<CueClass, Set<string>>> = {
  evaluation: new Set(['of', 'for', 'on', 'against', 'to', 'toward', 'towards', 'over']),
  speech: new Set(['about', 'of', 'on', 'against', 'for', 'over']),
  question: new Set(['about', 'over', 'on', 'of']),
  belief: new Set(['about', 'over']),
};

/** Words before "debate" that make it an event (a televised debate), not a dispute. */
const DEBATE_EVENTS = new Set(['presidential', 'primary', 'televised', 'vice-presidential', 'first', 'second', 'third', 'fourth', 'final', 'last', 'next', 'upcoming', 'general', 'election', 'candidates', 'tonight', 'town-hall', 'undercard', 'prime-time', 'mayoral', 'gubernatorial', 'senate', 'party', 'leaders', 'leadership']);

/** Nouns that attribute only a that-clause: "a report that", not "a report on the economy". */
const CLAUSE_NOUNS_ONLY = new Set(['report', 'account', 'case', 'word', 'talk', 'news', 'order', 'description', 'message', 'response', 'reply', 'answer', 'statement', 'argument', 'campaign', 'push', 'effort', 'attempt', 'bid', 'goal', 'aim', 'position', 'stance', 'sense', 'feeling', 'idea', 'notion', 'theory', 'estimate', 'projection', 'forecast', 'finding', 'verdict', 'assessment', 'judgment', 'judgement', 'perception', 'understanding', 'view', 'opinion', 'challenge', 'protest', 'attack']);

export function nounSense(doc: SlantDocument, k: number, lex: AttributionLexicons): (CueSense & { lemma: string }) | null {
  // a capitalised common noun at the start of a sentence is tagged as a name: "News that ..."
  if (doc.pos[k] !== 'NOUN' && !(doc.pos[k] === 'PROPN' && doc.sentences[doc.sentenceOf[k]!]!.tokenStart === k)) return null;
  const low = doc.lower[k]!;
  const sense = lex.cueNouns.get(low) ?? (low.endsWith('s') ? lex.cueNouns.get(low.slice(0, -1)) : undefined) ?? (low.endsWith('ies') ? lex.cueNouns.get(`${low.slice(0, -3)}y`) : undefined);
  return sense ? { ...sense, lemma: lex.cueNouns.has(low) ? low : low.endsWith('ies') ? `${low.slice(0, -3)}y` : low.slice(0, -1) } : null;
}

/**
 * A reporting noun with its content: "the claim that ...", "news that ..." (a that-clause),
 * "his plan to ...", "Ruiz's criticism of ...", "their support for ..." (a possessor, then an
 * infinitive or a complement).
 */
export function nounCue(doc: SlantDocument, k: number, te: number, sense: CueSense & { lemma: string }, sentence: number): Cue | null {
  const next = doc.lower[k + 1] ?? '';
  const possessed = isPossessiveBefore(doc, k) || ['his', 'her', 'their', 'its', 'our', 'my', 'your'].includes(doc.lower[k - 1] ?? '') || (doc.pos[k - 1] === 'ADJ' && (isPossessiveBefore(doc, k - 1) || ['his', 'her', 'their', 'its'].includes(doc.lower[k - 2] ?? '')));
  const base = { tokStart: k, tokEnd: k + 1, head: k, lemma: sense.lemma, stance: sense.stance, cueClass: sense.cueClass, negated: false, nominal: true, sentence };
  const type = possessed ? 'noun' : 'agentless';
  // "the presidential debate", "Tuesday’s Republican debate that …": the event, not what is debated
  if (sense.lemma === 'debate' && (next === 'that' || isCap(doc, k - 1) || isPossessiveBefore(doc, k) || DEBATE_EVENTS.has(doc.lower[k - 1] ?? ''))) return null;
  if (next === 'that' && k + 2 < te && takesClause(doc, k + 2, te)) return { type, ...base };
  // "the question is whether …", "the fear was that …": the clause after a form of "be"
  if ((next === 'is' || next === 'was' || next === 'remains') && k + 2 < te && (doc.lower[k + 2] === 'that' || (sense.cueClass === 'question' && WH.has(doc.lower[k + 2]!))) && doc.pos[k + 1] !== 'NOUN') return { type, ...base, tokEnd: k + 2 };
  // "his plan to", "a decision to", "their refusal to": an infinitive after intentions, promises, refusals, calls
  if (next === 'to' && k + 2 < te && doc.pos[k + 2] === 'VERB') return sense.cueClass === 'belief' ? null : { type, ...base };
  // "her criticism of", "support for", "questions about", "his attack on": a complement
  const preps = PREPOSITIONS_BY_CLASS[sense.cueClass];
  // a generic noun ("attack", "position", "view") attributes its complement only with a possessor: "her position on"
  if (preps && preps.has(next) && (possessed || !CLAUSE_NOUNS_ONLY.has(sense.lemma)) && k + 2 < te && !isPunct(doc, k + 2)) return { type, ...base };
  if (possessed && sense.cueClass === 'belief' && ['on', 'of', 'about', 'toward', 'towards'].includes(next) && k + 2 < te && !isPunct(doc, k + 2)) return { type, ...base };
  return null;
}
