import type { SlantDocument } from '../document/readDocument.js';
import type { Cue } from './cue.js';
import type { SourcePhrase } from './nounPhrases.js';
import type { Relation } from './relation.js';
import type { SourceEntity } from './sourceRegistry.js';
import type { StageContext } from './stageContext.js';
import type { SpeechQuote } from './speechQuotes.js';
import { isQuoteMark, NOMINATIVE_PRONOUNS } from './tokens.js';

/** Is `c` a speech verb (what someone said or wrote)? */
function speechVerb(c: Cue): boolean {
  return c.type === 'verb' && (c.cueClass === 'speech' || c.cueClass === 'writing');
}

/**
 * `Vale said “It was fair,” she said.`, `Berg added, “We will pay,” Berg said.`: one quotation tagged
 * twice by the same speaker — a speech verb right before the quotation (behind at most a comma or a
 * colon) and a speech tag right after it. It is one report, not a report of a report: the news
 * annotation gives the quotation to the first tag, and the trailing tag reports nothing. Returns the
 * quotation and the earlier relation (still in `rels`), or null. Not when another speaker tags it ("Vale said “it was fair,” Berg said":
 * Berg reports what Vale said), nor when the earlier cue names or calls something ("Vale called the plan
 * “a disaster,” she said").
 * Nor when the quotation resumes after the tag ("fired back: “A,” he wrote, “B.”": the tag interrupts one
 * quotation, whose pieces stay together).
 * `left`, `right`: the first token of the tag (its source, or its cue when the source follows it) and the
 * token after it.
 * `claimed`: the earlier tag already took the quotation as its own (its content is left as it is: "Of the
 * delay, Vale said, “…,” she said" keeps its topic). `resumed`: the earlier tag interrupts a quoted passage
 * and took this piece as the passage's rest ("“A,” Vale said, “B,” she added"): two reports, not one
 * tagged twice — the piece goes to the trailing tag (`releaseResumed`).
 */
export function doubleTagged(ctx: StageContext, rels: readonly Relation[], cue: Cue, source: SourcePhrase | null, entity: SourceEntity, left: number, right: number, ts: number): DoubleTag | null {
  const { doc, quotes } = ctx;
  if (!speechVerb(cue) || !source || (doc.value[right] === ',' && isQuoteMark(doc, right + 1))) return null;
  let j = left - 1;
  if (doc.value[j] === ',') j--;
  if (j <= ts || !isQuoteMark(doc, j)) return null;
  const qi = quotes.quoteAtMark.get(doc.start[j]!);
  const quote = qi === undefined ? undefined : quotes.quotes[qi];
  if (qi === undefined || !quote || quote.span.close !== doc.start[j] || quote.t0 - 1 <= ts) return null;
  // (a quotation opening right after "said" with no comma is claimed only after the sentence pass: the
  // relation whose content opens with the quotation is the earlier tag's; its content may run on over
  // this tag, which stands right after the closing mark)
  const claimed = ctx.quoteRelation[qi];
  const earlier = claimed ?? rels.find((r) => !r.dropped && r.content !== null && r.content.a >= quote.t0 - 1 && r.content.a <= quote.t0 && r.content.b >= quote.t1);
  if (!earlier || earlier.dropped || !rels.includes(earlier)) return null;
  if (!speechVerb(earlier.cue) || !introducesQuote(doc, earlier, quote)) return null;
  const pronoun = source.b - source.a === 1 && NOMINATIVE_PRONOUNS.has(doc.lower[source.a]!);
  if (pronoun ? !pronounRefersTo(doc, doc.lower[source.a]!, earlier) : earlier.entity.id !== entity.id) return null;
  // (the quotation before this one is the earlier tag's too and stands before its cue: the tag interrupts a passage)
  const resumed = claimed === earlier && qi > 0 && ctx.quoteRelation[qi - 1] === earlier && quotes.quotes[qi - 1]!.t1 <= earlier.cue.tokStart;
  return { quote, qi, earlier, claimed: claimed === earlier, resumed };
}

/** A quotation tagged by the speaker right before it and again right after it (`doubleTagged`). */
export interface DoubleTag {
  quote: SpeechQuote;
  qi: number;
  earlier: Relation;
  claimed: boolean;
  resumed: boolean;
}

/**
 * «“A,” Vale said, “B,” she added»: the interrupting tag gives up the piece after it, which the trailing
 * tag then takes as its own quotation; the interrupting tag keeps what stands before it (the quotation
 * «“A,”», or the writer's words and partial quotation of «The toll “is a disgrace,” Vale said, …»).
 * False (nothing changed) when that relation's content has no such shape.
 */
export function releaseResumed(ctx: StageContext, tag: DoubleTag): boolean {
  const { earlier: r, quote, qi } = tag;
  const before = ctx.quotes.quotes[qi - 1]!;
  if (r.content === null || r.content.b !== quote.t1) return false;
  if (r.pieces !== undefined) {
    // (the opened form: [writer's words up to the partial quotation's closing mark, this quotation])
    if (r.pieces.length !== 2 || r.pieces[1]!.a !== quote.t0) return false;
    r.content = { a: r.pieces[0]!.a, b: r.pieces[0]!.b };
    r.pieces = undefined;
  } else {
    if (r.mode !== 'direct' || r.parts.length < 2 || r.parts[r.parts.length - 1]!.start !== quote.span.start) return false;
    r.parts = r.parts.slice(0, -1);
    r.content = { a: r.content.a, b: before.t1 };
  }
  ctx.quoteRelation[qi] = null;
  return true;
}

/**
 * May the trailing tag's pronoun be the earlier tag's speaker? Only when that speaker is a bare proper
 * name (no possessive, appositive or relative: «My father said, “…,” she said» and «Ruiz, his rival,
 * wrote: “…,” he said» are a second person reporting what the first said; «The sign said» is no person)
 * and the pronoun agrees with it: he/she with a person of that gender (or none known), they/we with an
 * organization.
 */
function pronounRefersTo(doc: SlantDocument, pronoun: string, earlier: Relation): boolean {
  const s = earlier.source;
  if (!s || s.appositive || s.relative || s.antecedent) return false;
  for (let t = s.a; t < s.b; t++) if (doc.pos[t] !== 'PROPN') return false;
  const e = earlier.entity;
  if (pronoun === 'they' || pronoun === 'we') return e.kind === 'organization';
  if (pronoun !== 'he' && pronoun !== 'she') return false;
  if (e.kind === 'organization' || e.kind === 'document' || e.kind === 'media') return false;
  return !e.gender || e.gender === (pronoun === 'she' ? 'f' : 'm');
}

/** Does the cue of `r` stand right before the quotation's opening mark (behind at most a comma or a colon)? */
function introducesQuote(doc: SlantDocument, r: Relation, quote: SpeechQuote): boolean {
  let k = r.cueRange.b;
  if (r.source && r.source.a >= r.cueRange.b) k = r.source.b; // "said Vale, “…”"
  if (doc.value[k] === ',' || doc.value[k] === ':') k++;
  return k === quote.t0 - 1 && isQuoteMark(doc, k);
}
