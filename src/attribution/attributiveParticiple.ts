import type { SlantDocument } from '../document/readDocument.js';
import type { Cue } from './cue.js';

/** Determiners and possessives that open a noun phrase. */
const NP_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some', 'many', 'these', 'those', 'no', 'any', 'all', 'other', 'such']);
/** Adverbs of degree that modify an adjective inside a noun phrase ("a widely respected judge"). */
const DEGREE = new Set(['widely', 'broadly', 'highly', 'much', 'well', 'little', 'newly', 'recently', 'long', 'often', 'frequently', 'so']);

/**
 * A past participle of a reporting verb used as an adjective before its noun, inside a noun
 * phrase: "in pledged delegates", "the number of reported cases", "under repeated attack", "a
 * widely respected judge", "their shared goals". Nobody is reported there; it is no cue. The
 * participle stands right after a determiner, a possessive or a preposition (or a degree adverb
 * after one of those) and right before a common noun (or an adjective and a noun).
 */
export function attributiveParticiple(doc: SlantDocument, c: Cue): boolean {
  if (c.type !== 'verb' || c.tokEnd - c.tokStart !== 1 || c.head !== c.tokStart) return false;
  const k = c.head;
  if (!/ed$/.test(doc.lower[k]!) || k === 0) return false;
  let before = k - 1;
  if (DEGREE.has(doc.lower[before]!) && before > 0) before--;
  const opener = NP_OPENERS.has(doc.lower[before]!) || (doc.pos[before] === 'ADP' && doc.lower[before] !== 'that');
  if (!opener) return false;
  const next = k + 1;
  if (next >= doc.tokenCount) return false;
  if (doc.pos[next] === 'NOUN') return true;
  return doc.pos[next] === 'ADJ' && next + 1 < doc.tokenCount && doc.pos[next + 1] === 'NOUN';
}
