/**
 * The relation of a reporting-noun cue: "his claim that …", "Ruiz's plan to …", "their
 * criticism of …": the possessor (or the subject of the verb the noun is the object of) is the
 * source, the clause or complement after the noun the content.
 */
import { relativeClauseEnd } from './clauseBoundaries.js';
import { clauseEnd } from './contentExtent.js';
import { possessorOf } from './cueComplements.js';
import type { Cue } from './cue.js';
import { toAddresseeThat } from './nounCues.js';
import { nounPhraseBefore, type SourcePhrase } from './nounPhrases.js';
import { objectOfVerb, POSSESSIVE_PRONOUNS } from './sourceOfObject.js';
import { type Built, relation, type StageContext } from './stageContext.js';
import { isPossessive } from './tokens.js';
import type { SlantDocument } from '../document/readDocument.js';

/** The subject of a clause with no "that" after a noun: "his claim he lied", "Vale's hope the ferry returns". */
function isClauseSubject(doc: SlantDocument, k: number): boolean {
  return doc.pos[k] === 'PRON' || doc.pos[k] === 'DET' || doc.pos[k] === 'PROPN' || (doc.lower[k] === 'there' && doc.pos[k] !== 'ADV');
}

/** "his claim that ...", "Ruiz's plan to ...", "their criticism of ...". */
export function nounRelation(ctx: StageContext, cue: Cue, ts: number, te: number, given: SourcePhrase | null = null): Built | null {
  const { doc } = ctx;
  // the possessive over the noun's modifiers: "Ruiz's most explosive claim", "her repeated calls"
  const owner = possessorOf(doc, cue.tokStart);
  let p = owner >= ts ? owner : cue.tokStart - 1;
  if (owner < ts && doc.pos[p] === 'ADJ') p--;
  let source: SourcePhrase | null = given;
  if (source) {
    // given
  } else if (p >= ts && isPossessive(doc, p)) source = nounPhraseBefore(doc, p - 1, ts);
  else if (p >= ts && POSSESSIVE_PRONOUNS.has(doc.lower[p]!)) {
    // "Lieberman stated his intention to ...": the subject of the verb names the source better than "his"
    source = objectOfVerb(ctx, p, ts, te, doc.lower[p] !== 'its') ?? { a: p, b: p + 1 };
  }
  if (!source) return null;
  let entity = ctx.resolve(source, doc.start[cue.tokStart]!);
  // a subject that names no speaker: the possessive pronoun itself stays the source
  if (!entity && !given && source.a !== p && POSSESSIVE_PRONOUNS.has(doc.lower[p] ?? '')) {
    source = { a: p, b: p + 1 };
    entity = ctx.resolve(source, doc.start[cue.tokStart]!);
  }
  if (!entity) return null;
  // the noun found its own content: the quotation of "their chants of “…”"
  if (cue.content) return { relation: relation(cue, { a: cue.tokStart, b: cue.tokEnd }, source, entity, cue.content), boundary: -1 };
  const next = doc.lower[cue.tokEnd];
  // "his claim he lied": a clause with no "that" starts right after the noun (its subject)
  const zeroThat = isClauseSubject(doc, cue.tokEnd);
  // ("made the case to donors that …": the clause behind the addressee)
  const toWhom = next === 'to' ? toAddresseeThat(doc, cue.tokEnd, te) : -1;
  const a = toWhom > 0 ? toWhom : next === 'that' || next === 'to' ? (next === 'that' ? cue.tokEnd + 1 : cue.tokEnd) : zeroThat ? cue.tokEnd : cue.tokEnd + 1;
  if (a >= te) return null;
  const content = { a, b: clauseEnd(doc, a, te, relativeClauseEnd(ctx, source, a, te), next !== 'that' && !zeroThat && toWhom < 0, ctx.quotes) };
  if (content.b <= content.a) return null;
  return { relation: relation(cue, { a: cue.tokStart, b: cue.tokEnd }, source, entity, content), boundary: -1 };
}
