/**
 * "Vale showed great patience", "Ruiz demonstrated real courage": a person who shows or demonstrates a
 * quality by what they do reports nothing; a record shows a finding ("The audit shows a deficit",
 * "Polls show Vale ahead") and a person shows a proposition ("Vale showed that the pier was safe").
 */
import type { SlantDocument } from '../document/readDocument.js';
import type { AttributionLexicons } from './attributionLexicons.js';
import { describeSource } from './describeSource.js';
import type { SourcePhrase } from './nounPhrases.js';
import { namesPeople } from './peopleNouns.js';
import type { Relation } from './relation.js';
import { hasVerb, isQuoteMark, PRONOUNS } from './tokens.js';
import { TIME_ADJUNCT } from './timeWords.js';

/** Perception verbs whose object, after a person as subject, is a quality they display. */
const DISPLAY_VERBS = new Set(['show', 'demonstrate']);

/** Pronouns that stand for a person only (not "they" or "it", which records are too). */
const PERSON_PRONOUNS: ReadonlySet<string> = new Set([...PRONOUNS].filter((w) => w !== 'they' && w !== 'it'));

/**
 * Is `r` a person displaying a quality: a verb of showing whose source is a person (a name, a
 * personal pronoun, a noun of people) and whose content, after the verb, is a noun phrase with no
 * verb of its own and no quotation ("great patience", not "that the pier was safe", "how easy it
 * was" or "the pier being unsafe")?
 */
export function exhibitedQuality(doc: SlantDocument, lex: AttributionLexicons, r: Relation): boolean {
  const c = r.content;
  if (r.cue.type !== 'verb' || r.cue.cueClass !== 'perception' || !DISPLAY_VERBS.has(r.cue.lemma) || r.source === null) return false;
  if (c === null || c.a < r.cue.tokEnd || r.mode !== 'indirect' || !person(doc, lex, r.source)) return false;
  for (let t = c.a; t < c.b; t++) if (isQuoteMark(doc, t)) return false;
  return !hasVerb(doc, c.a, c.b);
}

/**
 * Is the head of source phrase `p` (or of the phrase its relative pronoun stands for) a person's name or
 * a word for people? (Not a record, which a capital at the start of a sentence makes look like a name: "Polls show …".)
 */
function person(doc: SlantDocument, lex: AttributionLexicons, p: SourcePhrase): boolean {
  // ("messages that showed …": a thing's relative pronoun, whatever phrase it was resolved to)
  if (p.antecedent && doc.lower[p.a] !== 'who') return false;
  const phrase = p.antecedent ?? p;
  // (the head noun stands before a prepositional phrase on it: "polls from two colleges")
  let head = phrase.a;
  while (head + 1 < phrase.b && doc.pos[head + 1] !== 'ADP' && doc.value[head + 1] !== ',') head++;
  // (nor a day a source phrase was cut at: "emails released Thursday, which …")
  if (lex.documentNouns.has(doc.lower[head]!) || TIME_ADJUNCT.has(doc.lower[head]!)) return false;
  // (a share of records is records: "Half of the polls show Vale ahead")
  if (doc.lower[head + 1] === 'of') for (let t = head + 2; t < phrase.b; t++) if (lex.documentNouns.has(doc.lower[t]!)) return false;
  // (a phrase with a name is a person only when the lexicons read it so: "The Harbour Audit Office
  // showed a deficit" is a body reporting a finding, though `namesPeople` accepts its head noun)
  for (let t = phrase.a; t <= head; t++) if (doc.pos[t] === 'PROPN') return describeSource(doc.text.slice(doc.start[phrase.a]!, doc.end[head]!), '', '', lex)?.kind === 'person';
  return PERSON_PRONOUNS.has(doc.lower[head]!) || namesPeople(doc, lex, head);
}
