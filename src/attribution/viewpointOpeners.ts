/**
 * Sentence openers that say whose view the sentence states: "To Okafor, the vote was a turning
 * point.", "In Vale's view, the levy is unfair.", "In the eyes of many farmers, the toll is a tax."
 * The holder is the source, the clause after the comma the content. Made as according-type cues of
 * class `belief` (other according cues report speech or a document) and built here.
 */
import type { SlantDocument } from '../document/readDocument.js';
import type { AttributionLexicons } from './attributionLexicons.js';
import { previousEnd } from './clauseBoundaries.js';
import { clauseEnd, contentBefore, trimFront } from './contentExtent.js';
import type { Cue } from './cue.js';
import { PEOPLE_WORDS } from './nounCues.js';
import type { SourcePhrase } from './nounPhrases.js';
import type { Relation } from './relation.js';
import { relation, type Built, type StageContext } from './stageContext.js';
import { hasVerb, isAdverbLike, isCap, isPluralNoun, isPossessive, isPunct, isQuoteMark, NEGATIONS, OBJECT_PRONOUNS, POSSESSIVE_DETERMINERS } from './tokens.js';
import { COPULAS } from './tokens.js';

/** Nouns of a view held: "in her view", "in the eyes of", "in Vale's estimation" (a set of its own: some are also clause nouns, `CLAUSE_NOUNS_ONLY`, but here they need a holder, not a clause). */
const VIEW_NOUNS = new Set(['view', 'opinion', 'eyes', 'estimation', 'judgment', 'judgement', 'mind', 'reckoning']);

/** Determiners that open a common noun possessor ("in the union's view", "in this council's opinion"). */
const POSSESSOR_DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those']);

/** The longest holder phrase read before its comma, in tokens. */
const MAX_HOLDER = 8;

/**
 * The cue of a viewpoint opener at token `k`, the sentence's first, or null: "To" before a holder
 * who is a person or group ("To Okafor,", "To many farmers,"; not "To date,", "To be sure,", "To
 * some extent,"), or the view noun of "In Vale's view," / "In their opinion," / "In the eyes of
 * voters,". The opener ends at a comma and a clause with a verb follows it.
 */
export function viewpointOpener(doc: SlantDocument, k: number, te: number, lex: AttributionLexicons, sentence: number): Cue | null {
  const low = doc.lower[k]!;
  if (low !== 'to' && low !== 'in') return null;
  const comma = commaAfter(doc, k + 1, te);
  if (comma < 0 || !hasVerb(doc, comma + 1, te)) return null;
  let cueAt = -1;
  if (low === 'to') {
    // (over a relative clause on the holder: "To Tarnow, who pruned them, the frost came as no surprise")
    const main = doc.lower[comma + 1] === 'who' || doc.lower[comma + 1] === 'whose' ? commaAfter(doc, comma + 2, te, 20) : comma;
    if (personHolder(doc, k + 1, comma, lex) && main > 0 && linkingClause(doc, main + 1, te)) cueAt = k;
  } else if (VIEW_NOUNS.has(doc.lower[comma - 1]!) && possessorBefore(doc, k + 1, comma - 1)) {
    // "In Vale's view," / "In their personal opinion,"
    cueAt = comma - 1;
  } else if (doc.lower[k + 1] === 'the' && VIEW_NOUNS.has(doc.lower[k + 2] ?? '') && doc.lower[k + 3] === 'of' && personHolder(doc, k + 4, comma, lex)) {
    // "In the eyes of many farmers,": the cue runs to "of", the holder follows
    cueAt = k;
  }
  if (cueAt < 0) return null;
  const tokEnd = cueAt === k && low === 'in' ? k + 4 : cueAt + 1;
  return { type: 'according', tokStart: cueAt, tokEnd, head: cueAt, lemma: doc.lower[cueAt]!, stance: 'neutral', cueClass: 'belief', negated: false, sentence };
}

/**
 * The cue of a view set off later in the sentence, with "in" at token `k` after a comma or dash:
 * "The levy is unfair, in Ruiz's view.", "The levy, in her view, is unfair." The view noun is the
 * cue; it closes its clause (a comma, a dash or the sentence's end follows). Null otherwise ("stood
 * in full view of the crowd", "in Vale's view of the port": no possessor, or the noun goes on).
 */
export function viewpointAside(doc: SlantDocument, k: number, te: number, sentence: number): Cue | null {
  const before = doc.value[k - 1];
  if (before !== ',' && before !== '—' && before !== '–') return null;
  for (let v = k + 2; v < te && v <= k + 5; v++) {
    if (!VIEW_NOUNS.has(doc.lower[v]!)) continue;
    if (!possessorBefore(doc, k + 1, v)) return null;
    const after = v + 1 < te ? doc.value[v + 1]! : '';
    const closes = after === ',' || after === '—' || after === '–' || (/^[.!?]?$/.test(after) && v + 2 >= te);
    return closes ? { type: 'according', tokStart: v, tokEnd: v + 1, head: v, lemma: doc.lower[v]!, stance: 'neutral', cueClass: 'belief', negated: false, sentence } : null;
  }
  return null;
}

/** Is `c` a viewpoint opener's cue (an according-type cue of a belief)? */
export function isViewpointCue(c: Cue): boolean {
  return c.type === 'according' && c.cueClass === 'belief';
}

/**
 * The relation of a viewpoint opener: the holder (after "To" or "of", or the possessor before the
 * view noun) is the source, the clause after the comma the content.
 */
export function viewpointRelation(ctx: StageContext, cue: Cue, ts: number, te: number, rels: Relation[]): Built | null {
  const { doc } = ctx;
  const aside = asideIn(doc, cue, ts);
  if (aside >= 0) return asideRelation(ctx, cue, aside, ts, te, rels);
  let comma = commaAfter(doc, cue.tokStart, te);
  if (comma < 0) return null;
  // "To Ruiz, who grew up near the port, the closure was a loss": a relative clause on the holder
  // is part of the source; the content follows its comma
  const relative = doc.lower[comma + 1] === 'who' || doc.lower[comma + 1] === 'whose' ? commaAfter(doc, comma + 2, te, 20) : -1;
  // (the possessor of "In Vale's view" stands between "In" and the cue, its "'s" and an adjective
  // after it left out: "In the union's own view")
  const own = doc.pos[cue.tokStart - 1] === 'ADJ' && cue.tokStart - 2 > ts ? cue.tokStart - 1 : cue.tokStart;
  const holder: SourcePhrase = cue.tokStart > ts && cue.tokEnd === comma ? { a: ts + 1, b: isPossessive(doc, own - 1) ? own - 1 : own } : { a: cue.tokEnd, b: comma };
  if (holder.b <= holder.a) return null;
  if (relative > 0) {
    holder.relative = { a: comma + 1, b: relative };
    comma = relative;
  }
  const entity = ctx.resolve(holder, doc.start[cue.tokStart]!, true);
  if (!entity) return null;
  const b = clauseEnd(doc, comma + 1, te, -1, false, ctx.quotes);
  if (b <= comma + 1) return null;
  return { relation: relation(cue, { a: cue.tokStart, b: cue.tokEnd }, holder, entity, { a: comma + 1, b }), boundary: -1 };
}

/** Marks that end a sentence or clause before an opener's comma. */
const OPENER_STOPS = /^[;.:!?()]$/;

/** The comma that closes an opener starting at `a` (at most `most` words on), or -1. */
function commaAfter(doc: SlantDocument, a: number, te: number, most = MAX_HOLDER + 4): number {
  for (let t = a; t < te && t - a <= most; t++) {
    if (doc.value[t] === ',') return t;
    if (isQuoteMark(doc, t) || OPENER_STOPS.test(doc.value[t]!)) return -1;
  }
  return -1;
}

/**
 * Is `a..b` (up to its comma) a person or group: a name ("Okafor", "Ms. Vale"), an object pronoun
 * ("them"), a word for people ("many", "some") alone or before a plural ("many growers"), a phrase
 * headed by a noun of people ("her supporters", "local traders")? No verb inside ("To win the seat," is a purpose).
 */
function personHolder(doc: SlantDocument, a: number, b: number, lex: AttributionLexicons): boolean {
  if (b <= a || b - a > MAX_HOLDER || hasVerb(doc, a, b)) return false;
  if (b - a === 1 && (OBJECT_PRONOUNS.has(doc.lower[a]!) || PEOPLE_WORDS.has(doc.lower[a]!))) return true;
  if (isCap(doc, a) && doc.pos[a] === 'PROPN' && doc.pos[b - 1] === 'PROPN') return true;
  // (a quantifier of people before a plural: "many growers", "some voters")
  if (b - a === 2 && PEOPLE_WORDS.has(doc.lower[a]!) && isPluralNoun(doc, a + 1)) return true;
  return doc.pos[b - 1] === 'NOUN' && (lex.nouns.has(doc.lemma[b - 1]!) || lex.nouns.has(doc.lower[b - 1]!));
}

/** Verbs of an evaluation besides "be" and `COPULAS`: "To Okafor, the vote felt like a loss", "meant defeat". */
const VIEW_VERBS = new Set(['be', 'feel', 'mean']);

/**
 * Does the clause from `a` state an evaluation: is its first verb "be" or a linking verb ("To
 * Okafor, the vote was a turning point", "seemed fair")? Not a clause with a verb of its own,
 * whose "to" is its addressee or recipient ("To reporters, the mayor said …", "To Okafor, Ruiz sold
 * two boats", "To residents, the rule applies"). Auxiliaries before a main verb are passed
 * ("will be", "has become"); "be" before a participle is a passive or a progressive.
 */
function linkingClause(doc: SlantDocument, a: number, te: number): boolean {
  for (let t = a; t < te; t++) {
    if (doc.pos[t] !== 'VERB' && doc.pos[t] !== 'AUX') continue;
    if (doc.lemma[t] === 'be') {
      let n = t + 1;
      while (n < te && (isAdverbLike(doc, n) || NEGATIONS.has(doc.lower[n]!))) n++;
      if (doc.pos[n] === 'VERB') return false;
      if (doc.pos[n] !== 'AUX') return true;
    } else if (doc.pos[t] === 'VERB') {
      // ("the frost came as no surprise")
      return VIEW_VERBS.has(doc.lemma[t]!) || COPULAS.has(doc.lemma[t]!) || (doc.lemma[t] === 'come' && doc.lower[t + 1] === 'as');
    }
  }
  return false;
}

/**
 * Is `a..b` a possessor: a possessive determiner, a name followed by "'s" ("Vale's"), or a common
 * noun after "the" followed by "'s" ("the union's"), with at most one word between it and the view noun?
 */
function possessorBefore(doc: SlantDocument, a: number, b: number): boolean {
  // (one adjective may stand before the noun: "in his own view", "in their personal opinion")
  const end = b - a >= 2 && doc.pos[b - 1] === 'ADJ' ? b - 1 : b;
  if (end - a === 1) return POSSESSIVE_DETERMINERS.has(doc.lower[a]!);
  if (end - a < 2 || end - a > 4 || !isPossessive(doc, end - 1)) return false;
  return (isCap(doc, a) && doc.pos[end - 2] === 'PROPN') || (POSSESSOR_DETERMINERS.has(doc.lower[a]!) && doc.pos[end - 2] === 'NOUN');
}

/** The "in" of a view set off after the sentence's start ("…, in Ruiz's view"), or -1 (an opener). */
function asideIn(doc: SlantDocument, cue: Cue, ts: number): number {
  if (!VIEW_NOUNS.has(cue.lemma)) return -1;
  for (let t = cue.tokStart - 2; t >= ts && t >= cue.tokStart - 5; t--) {
    if (doc.lower[t] === 'in') return t > trimFront(doc, ts, cue.tokStart) ? t : -1;
  }
  return -1;
}

/**
 * The relation of a view set off after the sentence's start: the possessor is the source, the
 * clause before the aside the content, and the rest of the clause after it too when the aside
 * interrupts it ("The levy, in her view, is unfair": both pieces). None inside a quotation (a
 * speaker's own "in my view" is part of what they say).
 */
function asideRelation(ctx: StageContext, cue: Cue, at: number, ts: number, te: number, rels: Relation[]): Built | null {
  const { doc } = ctx;
  if ((ctx.quotes.inQuote[cue.tokStart] ?? -1) >= 0) return null;
  let own = at + 1;
  while (own < cue.tokStart && !POSSESSIVE_DETERMINERS.has(doc.lower[own]!) && !isPossessive(doc, own)) own++;
  const holder: SourcePhrase = { a: at + 1, b: POSSESSIVE_DETERMINERS.has(doc.lower[at + 1]!) ? at + 2 : own };
  if (holder.b <= holder.a) return null;
  const entity = ctx.resolve(holder, doc.start[cue.tokStart]!, true);
  if (!entity) return null;
  const first = contentBefore(doc, previousEnd(doc, rels, at - 1, ts), at - 1);
  if (!first) return null;
  const c = cue.tokEnd;
  const b = doc.value[c] === ',' || doc.value[c] === '—' || doc.value[c] === '–' ? clauseEnd(doc, c + 1, te, -1, false, ctx.quotes) : -1;
  if (b > c + 1 && !isPunct(doc, c + 1)) {
    if (!hasVerb(doc, first.a, b)) return null;
    const r = relation(cue, { a: cue.tokStart, b: cue.tokEnd }, holder, entity, { a: first.a, b });
    r.pieces = [first, { a: c + 1, b }];
    return { relation: r, boundary: at - 1 };
  }
  return hasVerb(doc, first.a, first.b) ? { relation: relation(cue, { a: cue.tokStart, b: cue.tokEnd }, holder, entity, first), boundary: at - 1 } : null;
}
