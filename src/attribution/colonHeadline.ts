/**
 * "Ruiz: The bridge is safe", "TAPPER: …": a line that opens with a name and a colon attributes
 * the rest of the line to that name (headlines, captions, interview transcripts).
 */
import type { Cue } from './cue.js';
import { describeSource } from './describeSource.js';
import { isGivenName } from './peopleNouns.js';
import type { Relation } from './relation.js';
import { resolveSpeaker } from './speakerResolution.js';
import { quoteOpenedAt } from './speechQuotes.js';
import { relation, type StageContext } from './stageContext.js';
import { ARTICLES, hasVerb, isCap, isDash, isPluralNoun, isPossessive, isPunct, isQuoteMark } from './tokens.js';
import { lazyPattern } from '../document/segments/lazyPattern.js';
import { DAY_PARTS, PERIODIC_ADJECTIVES, WEEKDAYS } from './timeWords.js';

// (built on first use: V8 parses a `\p{...}` class of a literal when it compiles the module, used or not)
const WORD_INITIAL = lazyPattern(String.raw`(^|[\s-])(\p{L})`, 'gu');
const UPPER_WORD = lazyPattern(String.raw`^\p{Lu}+$`, 'u');

/** Labels that open a line with a colon and name no speaker ("Update:", "Watch:"). */
export const LABELS = /^(?:update|updated|watch|breaking|exclusive|video|videos|photo|photos|analysis|opinion|editorial|correction|note|source|sources|related|read|see|listen|live|quiz|q|a|editor|editors|transcript|full text|warning|spoiler|bottom line|why|what|how|when|where|who|the latest|timeline|explainer|factbox|fact check|recap|review|interview|podcast|profile|obituary|commentary|column|graphic|map|chart|slideshow|gallery|developing|alert|report|election|live blog|tl;dr|first|now|today|here)$/i;

/** Time words that make a title-case label of an issue ("Morning Email", "Weekly Update", "Sunday Briefing"). */
const ISSUE_TIMES = new Set<string>([...DAY_PARTS, ...WEEKDAYS, ...PERIODIC_ADJECTIVES]);

/** Labels that, opening the title line, stand for a source: "Report: Vale met donors" is what a report says. */
const TITLE_SOURCE_LABELS = new Set(['report']);

/** Lower-case words and marks that may join the capitalised words of a name ("Friends of the Harbour", "Vale & Ruiz", "St. Kilda"). */
const NAME_JOINING_WORDS = new Set(['and', 'of', 'the', 'for', '&', '.', '-']);

/** Words that stand before a lower-case title in a name ("former minister", "acting chief"). */
const TITLE_MODIFIERS = new Set(['former', 'acting', 'deputy', 'interim', 'then', 'senior', 'assistant', 'vice', 'outgoing', 'incoming']);

/**
 * "Ruiz: The bridge is safe", "Port Authority: No ships until Monday": a line that opens with
 * a name and a colon attributes what follows to that name (headlines, interview captions).
 */
export function colonHeadline(ctx: StageContext, ts: number, te: number): Relation | null {
  const { doc } = ctx;
  ts = afterLeadingLabel(doc, ts, te);
  let c = ts;
  // (a party and state label may stand before the colon, "Rep. Ann Gold (R-Ohio):", the tokenizer
  // sometimes gluing its closing parenthesis to the colon)
  while (c < te && c - ts < 12 && doc.value[c] !== ':' && doc.value[c] !== '):') c++;
  if ((doc.value[c] !== ':' && doc.value[c] !== '):') || c === ts || c + 2 >= te) return null;
  const nameEnd = partyLabelStart(doc, ts, c);
  if (nameEnd < 0) return null;
  // a first name the tagger reads as a verb at the start of a line ("Sue Lee: “…”", "Will Hurd: “…”") is still a
  // name: a capitalised base form, then a name, then the colon and a quotation (which an imperative label,
  // "Vote Now: …", "Meet Ana Ruiz: …", seldom has)
  const verbLikeFirstName = (t: number) => t === ts && nameEnd - ts === 2 && doc.lemma[t] === doc.lower[t] && doc.pos[t + 1] === 'PROPN' && isQuoteMark(doc, c + 1);
  // (a lower-case title inside the name, "Former minister Ana Ruiz:", when a capitalised name ends it)
  const lowerTitle = (t: number) => t > ts && isCap(doc, nameEnd - 1) && titleWordAt(doc, ctx.lex.titles, t);
  // a capitalised base form after a singular capitalised noun inside the name is a noun the tagger read as a verb
  // ("Harbour Watch:", "Coast Guard:"): a bare verb cannot agree with a singular subject; not after "and"
  // ("Vale and Ruiz Clash:")
  // (nor after a time word: "Morning Email:", "Weekly Update:" are a periodical's labels)
  let joined = false;
  // in the title line a sentence-case headline leaves the rest of a name lower case ("Vale camp:", "Harbour board
  // report:"), and names whom the speaker addresses or where ("Vale to port workers:", "Vale at summit:"): the
  // source ends before "to" or "at"
  const titleLine = doc.lineOf[ts] === 0;
  // (after a name, not a possessive determiner: "Her tweet: …" is an owned message, quoteBinding's)
  const lowerNoun = (t: number) => titleLine && t > ts && doc.pos[ts] === 'PROPN' && doc.pos[t] === 'NOUN';
  let sourceEnd = nameEnd;
  const nounReadAsVerb = (t: number) => t > ts && !joined && !ISSUE_TIMES.has(doc.lower[t - 1]!) && doc.pos[t] === 'VERB' && doc.lemma[t] === doc.lower[t] && isCap(doc, t) && isCap(doc, t - 1) && (doc.pos[t - 1] === 'PROPN' || doc.pos[t - 1] === 'NOUN') && !isPluralNoun(doc, t - 1);
  // (a given name the tagger read as a verb between two capitalised names is a middle name: "Anna Rose Vale:")
  const middleNameReadAsVerb = (t: number) => t > ts && t + 1 < nameEnd && doc.pos[t] === 'VERB' && ctx.lex.givenNames.has(doc.lower[t]!) && isCap(doc, t) && doc.pos[t - 1] === 'PROPN' && isCap(doc, t - 1) && doc.pos[t + 1] === 'PROPN' && isCap(doc, t + 1);
  // (a surname the tagger read as a past verb after a given name, before the colon and a quotation, ends the
  // name: "Dara Rose: “…”", "Lena Fell: “…”"; the given name keeps "Vale Wins: …", a headline's verb, out)
  const surnameReadAsVerb = (t: number) => t > ts && t === nameEnd - 1 && doc.pos[t] === 'VERB' && isCap(doc, t) && doc.pos[t - 1] === 'PROPN' && isCap(doc, t - 1) && isQuoteMark(doc, c + 1) && isGivenName(ctx.lex, doc.lower[t - 1]!);
  for (let t = ts; t < nameEnd; t++) {
    if (doc.lower[t] === 'and' || doc.lower[t] === '&') joined = true;
    const addressee = titleLine && t > ts && sourceEnd === nameEnd && (doc.lower[t] === 'to' || doc.lower[t] === 'at') && isCap(doc, t - 1);
    if (addressee) sourceEnd = t;
    if (!(isCap(doc, t) || NAME_JOINING_WORDS.has(doc.lower[t]!) || lowerTitle(t) || lowerNoun(t) || addressee) || ctx.quotes.inQuote[t]! >= 0 || ((doc.pos[t] === 'VERB' || doc.pos[t] === 'AUX') && !verbLikeFirstName(t) && !nounReadAsVerb(t) && !middleNameReadAsVerb(t) && !surnameReadAsVerb(t)) || isPossessive(doc, t)) return null;
  }
  const prefix = doc.text.slice(doc.start[ts]!, doc.end[nameEnd - 1]!);
  if (LABELS.test(prefix) && !(titleLine && TITLE_SOURCE_LABELS.has(prefix.toLowerCase()))) return null;
  // "TAPPER: ..." in an interview transcript; elsewhere capitals before a colon are a dateline or a label
  const capitals = prefix === prefix.toUpperCase();
  // (in the title line a short acronym is an outlet or agency: "AP: …", "WSJ editorial: …")
  const acronym = titleLine && doc.pos[ts] === 'PROPN' && doc.value[ts]!.length <= 3;
  if (capitals && !acronym && (!ctx.transcript || nameEnd - ts > 3)) return null;
  const spoken = capitals && !acronym ? prefix.toLowerCase().replace(WORD_INITIAL(), (_, p: string, l: string) => p + l.toUpperCase()) : prefix;
  // a single name is a speaker when known already, or in the title line ("Varga: ‘We will finish the bridge’")
  const title = titleLine && (doc.pos[ts] === 'PROPN' || TITLE_SOURCE_LABELS.has(doc.lower[ts]!));
  if (nameEnd - ts === 1 && !ctx.transcript && !title && !ctx.registry.bySurnameKey(prefix, doc.start[ts]!) && !ctx.registry.byOrganizationKey(prefix, doc.start[ts]!)) return null;
  // what follows must be said, not a figure: "Okafor: 1,482."
  const line = doc.lines[doc.lineOf[c]!]!;
  let words = 0;
  for (let t = c + 1; t < line.tokenEnd && words < 3; t++) if (doc.isWord[t] && doc.pos[t] !== 'NUM') words++;
  // (a headline may open with a figure: "Poll: 3 harbour races are tight")
  if (words < 3 || (doc.pos[c + 1] === 'NUM' && !titleLine)) return null;
  // (what a name says is a clause, "Vale: The levy will pass"; an article and a verbless noun phrase are the
  // topic of a heading, "Vale and Ruiz: A long rivalry"; headline ellipsis with no article, "Vale: Levy dead",
  // stays speech)
  if (ARTICLES.has(doc.lower[c + 1]!) && !hasVerb(doc, c + 1, line.tokenEnd)) return null;
  const source = { a: ts, b: sourceEnd };
  const sourceText = sourceEnd === nameEnd ? spoken : doc.text.slice(doc.start[ts]!, doc.end[sourceEnd - 1]!);
  const desc = describeSource(sourceText, '', '', ctx.lex);
  // (a report or poll is a source only in the title line: "Report: …"; elsewhere "Memo: …" labels a document)
  if (!desc || (desc.kind === 'document' && !titleLine)) return null;
  const entity = resolveSpeaker(ctx.registry, ctx.lex, desc, { offset: doc.start[c]!, text: sourceText, sentenceStart: doc.start[ts]! });
  const a = c + 1;
  const cue: Cue = { type: 'phrase', tokStart: c, tokEnd: c + 1, head: c, lemma: ':', stance: 'neutral', cueClass: 'speech', negated: false, sentence: doc.sentenceOf[c]! };
  // the whole line is what the named one says; no cue inside it speaks for anyone else
  ctx.turn = { a, b: line.tokenEnd };
  // "Ana Ruiz: “The plan will fail.”": a closed quotation that fills the rest of the line is the
  // name's own words, direct
  const q = quoteOpenedAt(doc, ctx.quotes, a);
  if (q && q.span.closed) {
    let t = q.t1;
    while (t < line.tokenEnd && isPunct(doc, t)) t++;
    // (or runs up to the next speaker's turn on the same line: `Berg: “…” Vale: “…”`)
    if (t === line.tokenEnd || nextTurnAt(ctx, t, line.tokenEnd)) {
      if (t < line.tokenEnd) ctx.turn = { a, b: t };
      return relation(cue, { a: c, b: c + 1 }, source, entity, { a: q.t0, b: q.t1 }, [{ start: q.span.start, end: q.span.end }]);
    }
  }
  let b = line.tokenEnd;
  while (b > a && isPunct(doc, b - 1) && !isQuoteMark(doc, b - 1)) b--;
  return relation(cue, { a: c, b: c + 1 }, source, entity, { a, b });
}

/**
 * A lower-case title word inside a name before a colon: "minister", "former", or the noun after a
 * title's "of" ("Former secretary of state Ana Vale:").
 */
export function titleWordAt(doc: StageContext['doc'], titles: ReadonlyMap<string, string>, t: number): boolean {
  const lower = doc.lower;
  return titles.has(lower[t]!) || TITLE_MODIFIERS.has(lower[t]!) || (lower[t - 1] === 'of' && doc.pos[t] === 'NOUN' && titles.has(lower[t - 2] ?? ''));
}

/**
 * Does a further speaker's turn open at `t`: a name of at most eight words, capitalised but for
 * joining and title words, that ends capitalised before a colon and an opening quotation mark
 * (`… ” Ana Vale: “…”`, `… ” Former minister Ana Vale: “…”`)?
 */
function nextTurnAt(ctx: StageContext, t: number, end: number): boolean {
  const { doc } = ctx;
  if (!isCap(doc, t)) return false;
  for (let k = t + 1; k < end && k - t <= 8; k++) {
    if (doc.value[k] === ':') return isQuoteMark(doc, k + 1) && isCap(doc, k - 1);
    if (!isCap(doc, k) && !NAME_JOINING_WORDS.has(doc.lower[k]!) && !titleWordAt(doc, ctx.lex.titles, k)) return false;
  }
  return false;
}

/**
 * "EXCLUSIVE – Ana Ruiz: …", "Update — Port Board: …": a label and a dash before the name open the line; the
 * name starts after the dash. `ts` when no such label leads.
 */
function afterLeadingLabel(doc: StageContext['doc'], ts: number, te: number): number {
  for (let d = ts + 1; d < te && d - ts <= 2; d++) {
    if (!isDash(doc, d)) continue;
    const label = doc.text.slice(doc.start[ts]!, doc.end[d - 1]!);
    return LABELS.test(label) || (d - ts === 1 && label.length > 2 && label === label.toUpperCase() && UPPER_WORD().test(label)) ? d + 1 : ts;
  }
  return ts;
}

/**
 * Where the name before the colon at `c` ends: at `c`, or before a parenthesised party and state
 * label ("(R-Ohio)", "(D)"); -1 when the colon is glued to a parenthesis that closes no such label.
 */
function partyLabelStart(doc: StageContext['doc'], ts: number, c: number): number {
  const glued = doc.value[c] === '):';
  if (!glued && doc.value[c - 1] !== ')') return c - ts <= 7 ? c : -1;
  const close = glued ? c : c - 1;
  let p = close - 1;
  while (p > ts && close - p <= 5 && doc.value[p] !== '(' && (isCap(doc, p) || /^[-.]$/.test(doc.value[p]!))) p--;
  return doc.value[p] === '(' && p > ts && p - ts <= 7 ? p : -1;
}
