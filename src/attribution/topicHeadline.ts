/**
 * "Vale On Why The Harbour Needs A Levy", "Okafor on how tram fares are set": a heading that opens with
 * a name, then "on" and an indirect question, gives what the named one says on it (interviews, lists of
 * remarks, headlines).
 */
import type { Cue } from './cue.js';
import { describeSource } from './describeSource.js';
import type { Relation } from './relation.js';
import { resolveSpeaker } from './speakerResolution.js';
import { relation, type StageContext } from './stageContext.js';
import { isCap, isDigitRun, isPunct, isQuoteMark, WH_SUBJECTS } from './tokens.js';

/** The most words of the name before "on". */
const MAX_NAME_WORDS = 4;
/** The fewest words of the question after the wh-word. */
const MIN_QUESTION_WORDS = 2;
/** The most digits of a list number before the name ("3 Dara Okafor On How …"). */
const MAX_LIST_NUMBER_DIGITS = 3;

/**
 * "Vale On Why The Harbour Needs A Levy", "3 Dara Okafor On How Fares Are Set": a line opening with a
 * capitalised name (after a list number, if any), then "on", a wh-word and a clause, attributes the
 * question to the name, with "on" as the cue. Only at a line's start, with nothing but the name before
 * "on" (a sentence with a verb before "on" is a sentence: "Vale spoke on why …" is the verb's), a single
 * word only when the article names that person, several only when they open with a given name or the article
 * names the last one, and no colon in the rest of the line. Only a line that is one sentence (a heading by
 * itself): a paragraph opening "Vale on why …" goes on with sentences of its own, whose cues stay theirs.
 */
export function topicHeadline(ctx: StageContext, ts: number, te: number): Relation | null {
  const { doc } = ctx;
  let n = ts;
  if (doc.pos[n] === 'NUM' && isDigitRun(doc.value[n], 1, MAX_LIST_NUMBER_DIGITS)) n++;
  let on = n;
  while (on < te && on - n < MAX_NAME_WORDS && doc.pos[on] === 'PROPN' && isCap(doc, on)) on++;
  if (on === n || on >= te || doc.lower[on] !== 'on' || !WH_SUBJECTS.has(doc.lower[on + 1] ?? '')) return null;
  const line = doc.lines[doc.lineOf[ts]!]!;
  // (a heading is its line: another sentence after this one makes the line a paragraph)
  if (te < line.tokenEnd) return null;
  let b = te;
  while (b > on + 2 && isPunct(doc, b - 1) && !isQuoteMark(doc, b - 1)) b--;
  let words = 0;
  for (let t = on + 2; t < b; t++) {
    if (doc.value[t] === ':') return null;
    if (doc.isWord[t]) words++;
  }
  if (words < MIN_QUESTION_WORDS) return null;
  const sourceText = doc.text.slice(doc.start[n]!, doc.end[on - 1]!);
  // (capitalised words are a name only when the article names that person, or the first is a given name:
  // "Pressure on how …", "New Rules On How …" are topics)
  const last = on - 1;
  const named = ctx.registry.bySurnameKey(on - n === 1 ? sourceText : doc.value[last]!, doc.start[n]!) || namedAgainSoon(doc, last, line.tokenEnd);
  if (!named && !(on - n > 1 && ctx.lex.givenNames.has(doc.lower[n]!))) return null;
  const desc = describeSource(sourceText, '', '', ctx.lex);
  if (!desc || desc.kind !== 'person') return null;
  const entity = resolveSpeaker(ctx.registry, ctx.lex, desc, { offset: doc.start[on]!, text: sourceText, sentenceStart: doc.start[ts]! });
  const cue: Cue = { type: 'phrase', tokStart: on, tokEnd: on + 1, head: on, lemma: 'on', stance: 'neutral', cueClass: 'speech', negated: false, sentence: doc.sentenceOf[on]! };
  // the rest of the heading is the question the named one answers: no cue inside it speaks for anyone else
  ctx.turn = { a: on + 1, b: te };
  return relation(cue, { a: on, b: on + 1 }, { a: n, b: on }, entity, { a: on + 1, b });
}

/** How many tokens after the heading a single-word name is looked for again. */
const NAME_AGAIN_WINDOW = 400;

/**
 * Is the capitalised word at `k` written again, capitalised and read as a name inside a sentence, within the next
 * `NAME_AGAIN_WINDOW` tokens from `from` ("Vale on why …" then "Dara Vale said …")? A bounded look ahead.
 */
function namedAgainSoon(doc: StageContext['doc'], k: number, from: number): boolean {
  const id = doc.lowerId[k]!;
  const word = doc.lower[k]!;
  const end = Math.min(doc.tokenCount, from + NAME_AGAIN_WINDOW);
  // (not opening a sentence, where a capitalised noun is read as a name too: "Pressure mounted.")
  for (let t = from; t < end; t++) if ((id >= 0 ? doc.lowerId[t] === id : doc.lower[t] === word) && doc.pos[t] === 'PROPN' && isCap(doc, t) && doc.sentences[doc.sentenceOf[t]!]!.tokenStart !== t) return true;
  return false;
}
