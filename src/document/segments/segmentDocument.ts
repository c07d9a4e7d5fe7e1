import type { SlantDocument } from '../readDocument.js';
import { matchBoilerplate, matchCaption, matchInsert, matchRepublishNotice, type RuleHit } from './boilerplateRules.js';
import { matchByline } from './bylines.js';
import { matchBio } from './bios.js';
import { matchHeading } from './headings.js';
import { matchEditorialLabel } from './editorialNotes.js';
import { matchPieceLabel } from './pieceLabels.js';
import { isListItem } from './lineShape.js';
import type { Provenance, Segment, SegmentKind } from '../../schema/articleAnalysis.js';
import { startsWithUpper } from '../letterRuns.js';
import { anchorShape } from '../shapeAnchor.js';
import { lazyPattern } from './lazyPattern.js';

// (built on first use: V8 parses a `\p{...}` class of a literal when it compiles the module, used or not)
const SPEAKER_COLON = lazyPattern(String.raw`^[\p{Lu}][\p{L}.'’\s-]{0,40}:\s`, 'u');
const LONG_LETTER_RUN = lazyPattern(String.raw`\p{L}{4,}`, 'gu');

export interface Segmentation {
  segments: Segment[];
  provenance: Provenance;
}

/** Segment kinds whose words are analysed; the others are kept but excluded from every measure. */
export const ANALYSED_KINDS: ReadonlySet<SegmentKind> = new Set(['body', 'heading', 'editorial']);

/** Kinds that may trail after the story (or precede it) as site furniture. */
const FURNITURE: ReadonlySet<SegmentKind> = new Set(['boilerplate', 'byline', 'bio', 'caption', 'insert']);

interface Draft {
  line: number;
  start: number;
  end: number;
  text: string;
  words: number;
  kind: SegmentKind | null;
  reason: string;
  hit: RuleHit | null;
  authors: string[] | undefined;
  /**
   * Computed lazily: only lines at the top or in the trailing furniture need them (undefined
   * until then; every field is set when a draft is made, so all drafts share one hidden class,
   * which V8 keeps between documents: one added later made a map that died, see bench/HISTORY.md).
   */
  bioName: string | null | undefined;
  republish: RuleHit | null | undefined;
}

/**
 * Puts every non-blank line of the document into exactly one segment, using the shape of the
 * line, cue phrases and its position in the article (no lists of outlets), and reads the
 * article's provenance (original outlet and title, authors, genre label) off the furniture.
 *
 * @example
 * ```ts
 * const { segments } = segmentDocument(readDocument('Rain fell.\nThe post Rain appeared first on Daily X.'));
 * segments.map((s) => s.kind) // ['body', 'boilerplate']
 * ```
 */
export function segmentDocument(doc: SlantDocument, outlet?: string): Segmentation {
  const drafts: Draft[] = [];
  // (a loop, not a callback: a closure made per document loses its optimised code at each memory-reducing GC)
  for (let index = 0; index < doc.lines.length; index++) {
    const l = doc.lines[index]!;
    if (l.blank) continue;
    const text = doc.text.slice(l.start, l.end);
    const shape = doc.normalized.slice(l.start, l.end);
    const first = drafts.length === 0;
    let words = 0;
    for (let k = l.tokenStart; k < l.tokenEnd; k++) words += doc.isWord[k]!;
    // "Opinion | Title" at the top is a genre label, not a "caption | Outlet" line.
    const labelled = drafts.length < 3 && matchPieceLabel(shape) !== null;
    const hit = matchBoilerplate(shape, words) ?? matchByline(shape, words) ?? (labelled ? null : matchCaption(shape, words)) ?? matchInsert(shape, words, first);
    const authors = hit && 'authors' in hit ? (hit as RuleHit & { authors: string[] }).authors : undefined;
    drafts.push({ line: index, start: l.start, end: l.end, text, words, kind: hit?.kind ?? null, reason: hit?.reason ?? '', hit, authors, bioName: undefined, republish: undefined });
  }
  const n = drafts.length;

  // Trailing furniture: walk back from the end over footers, bylines, bios and notices.
  let tailStart = n;
  for (let i = n - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if ((d.kind && FURNITURE.has(d.kind)) || bioOf(doc, d) || republishOf(doc, d)) tailStart = i;
    else break;
  }
  for (let i = 0; i < Math.min(3, n); i++) furnitureLine(doc, drafts, i, tailStart);
  for (let i = Math.max(3, tailStart); i < n; i++) furnitureLine(doc, drafts, i, tailStart);

  // A genre label on the first story line.
  const provenance: Provenance = {};
  const firstStory = drafts.findIndex((d) => d.kind === null);
  if (firstStory >= 0 && firstStory <= 2) {
    const d = drafts[firstStory]!;
    const label = matchPieceLabel(shapeOf(doc, d));
    if (label) {
      // (one literal, not a spread: a spread's hidden class dies between documents, see `anchorShape`)
      provenance.label = { kind: label.kind, text: label.text, start: d.start, end: d.start + label.text.length };
      const rest = shapeOf(doc, d).slice(label.text.length).trim();
      const asHeading = rest === '' || matchHeading(rest, true) !== null;
      Object.assign(d, { kind: asHeading ? 'heading' : 'body', reason: 'piece-label' });
    }
  }

  markEditorialNote(doc, drafts, tailStart);

  // Headings need story text after them; remember, per line, whether any follows.
  const storyFollows: boolean[] = new Array(n).fill(false);
  for (let i = n - 2; i >= 0; i--) {
    const next = drafts[i + 1]!;
    storyFollows[i] = storyFollows[i + 1]! || next.kind === null || next.kind === 'body';
  }
  let storySeen = false;
  let bylineSeen = false;
  for (let i = 0; i < n; i++) {
    const d = drafts[i]!;
    if (d.kind === null) {
      const shape = shapeOf(doc, d);
      // The headline comes before the byline; a line after it, or after a caption, that opens the
      // story is its first paragraph, even when it is one short sentence.
      const heading = storyFollows[i] ? (matchHeading(shape, !storySeen && !bylineSeen) ?? (storySeen ? sentenceHeadingAfterCaption(drafts, i, shape) : null)) : null;
      if (heading) Object.assign(d, { kind: 'heading', reason: heading });
      else Object.assign(d, { kind: 'body', reason: isListItem(shape) ? 'list-item' : 'paragraph' });
    }
    if (!FURNITURE.has(d.kind!) && d.reason !== 'piece-label') storySeen = true;
    if (d.kind === 'byline') bylineSeen = true;
  }

  readProvenance(doc, drafts, provenance, outlet);
  const segments: Segment[] = drafts.map((d) => ({ kind: d.kind!, start: d.start, end: d.end, text: d.text, reason: d.reason, line: d.line }));
  return { segments, provenance };
}

// (module functions of the document and a draft, not closures made per document: a closure's
// optimised code is dropped at a memory-reducing GC and compiled again, perf76)
/** The normalised text of a draft's line, which the rules read. */
function shapeOf(doc: SlantDocument, d: Draft): string {
  return doc.normalized.slice(d.start, d.end);
}

/** A draft's republish notice (`matchRepublishNotice`), read once. */
function republishOf(doc: SlantDocument, d: Draft): RuleHit | null {
  return d.republish === undefined ? (d.republish = matchRepublishNotice(shapeOf(doc, d), d.words)) : d.republish;
}

/** The name of an author bio on a line no rule has claimed (`matchBio`), read once; null when none. */
function bioOf(doc: SlantDocument, d: Draft): string | null {
  return d.bioName === undefined ? (d.bioName = d.kind === null ? (matchBio(shapeOf(doc, d), d.words)?.name ?? null) : null) : d.bioName;
}

/** Marks line `i`, at the top (after furniture only) or in the trailing furniture, as a republish notice or an author bio. */
function furnitureLine(doc: SlantDocument, drafts: Draft[], i: number, tailStart: number): void {
  const d = drafts[i]!;
  const inTail = i >= tailStart;
  const atTop = i < 3 && drafts.slice(0, i).every((p) => p.kind !== null && FURNITURE.has(p.kind));
  if (!inTail && !atTop) return;
  const notice = republishOf(doc, d);
  if (d.kind === null && notice) Object.assign(d, { kind: 'boilerplate', reason: notice.reason, hit: notice });
  if (d.kind === null && inTail && bioOf(doc, d)) Object.assign(d, { kind: 'bio', reason: 'author-bio' });
}

/**
 * Sites that set a photo and its caption above each section often follow the caption with the
 * section's headline written as a short sentence ("The ministry confirms the news."). Such a
 * line — one short sentence, no quotation, right after a caption and before a longer
 * paragraph — is a heading; the same sentence elsewhere stays body.
 */
function sentenceHeadingAfterCaption(drafts: Draft[], i: number, shape: string): string | null {
  const prev = drafts[i - 1];
  const next = drafts[i + 1];
  if (!prev || prev.kind !== 'caption' || !next || next.kind !== null) return null;
  const d = drafts[i]!;
  if (d.words > 12 || d.words < 3 || /["“”]/.test(shape) || !startsWithUpper(shape) || /[.!?].+[.!?]$/.test(shape)) return null;
  return next.words >= 2 * d.words ? 'subheading-after-caption' : null;
}

/**
 * "Name: ..." (`/^[\p{Lu}][\p{L}.'’\s-]{0,40}:\s/u`). The label's characters exclude ":", so
 * its colon is the line's first, after at most 41 code points (82 UTF-16 units with astral
 * letters): a line whose first colon is later (most lines have none) is rejected without the
 * backtracking scan of the expression.
 */
function isColonLabel(shape: string): boolean {
  const colon = shape.indexOf(':');
  return colon >= 1 && colon <= 82 && SPEAKER_COLON().test(shape);
}

/**
 * Finds an editor's note and marks it, from its label to the trailing furniture, as
 * `editorial`. A note at the very top ("Editor's note: this story was updated") covers only its
 * own line (and the next, when the label stands alone).
 */
function markEditorialNote(doc: SlantDocument, drafts: Draft[], tailStart: number): void {
  const n = drafts.length;
  // Both asked only of a line with an editor's label (few documents have one): counted then, once.
  // An interview transcript ("Ruiz: ...", "Q: ...") is many name-colon lines, not a note.
  let colonLabelCount = -1;
  const colonLabels = () => (colonLabelCount >= 0 ? colonLabelCount : (colonLabelCount = drafts.filter((d) => isColonLabel(shapeOf(doc, d))).length));
  // "Ana Ruiz: ..." where Ana Ruiz is the byline's author is the author speaking, not an editor.
  let authors: Set<string> | undefined;
  const bylineAuthors = () => (authors ??= new Set(drafts.flatMap((d) => (d.kind === 'byline' ? (d.authors ?? []) : [])).map((a) => a.toLowerCase())));
  let storyBefore = false;
  for (let i = 0; i < n; i++) {
    const d = drafts[i]!;
    if (d.kind !== null && d.kind !== 'body') continue;
    const noteEnd = i < tailStart ? tailStart : n;
    // (a module function bound to this line's stretch, not a closure made per line: see `shapeOf`)
    const noteText = noteTextOf.bind(null, doc, drafts, i, Math.min(noteEnd, i + 8));
    const appended = storyBefore;
    storyBefore = true;
    const kind = matchEditorialLabel(shapeOf(doc, d), noteText);
    if (!kind) continue;
    if ((kind === 'editor-initials-label' || kind === 'editor-name-label') && (!appended || colonLabels() >= 3)) continue;
    if (kind === 'editor-name-label' && bylineAuthors().has(shapeOf(doc, d).slice(0, shapeOf(doc, d).indexOf(':')).trim().toLowerCase())) continue;
    Object.assign(d, { kind: 'editorial', reason: kind });
    if (!appended || kind === 'correction-note') {
      const labelOnly = shapeOf(doc, d).replace(/^[^:.–—-]*[:.–—-]\s*/, '') === '';
      const next = drafts[i + 1];
      if (labelOnly && next && next.kind === null) Object.assign(next, { kind: 'editorial', reason: 'editor-note-continuation' });
      continue;
    }
    for (let j = i + 1; j < noteEnd; j++) {
      const c = drafts[j]!;
      if (c.kind !== null && FURNITURE.has(c.kind)) continue;
      Object.assign(c, { kind: 'editorial', reason: isListItem(shapeOf(doc, c)) ? 'editor-note-list-item' : 'editor-note-continuation' });
    }
    return;
  }
}

/** What follows an editor's label: drafts [from, to) joined by line breaks, up to the first line's first colon removed. */
function noteTextOf(doc: SlantDocument, drafts: Draft[], from: number, to: number): string {
  return drafts.slice(from, to).map((d) => shapeOf(doc, d)).join('\n').replace(/^[^:]*:/, '');
}

/** Words of an outlet's name that tell it apart ("Gazette" in "Valley Gazette Media Group"), not the generic ones. */
function distinctiveWords(name: string): string[] {
  return (name.toLowerCase().match(LONG_LETTER_RUN()) ?? []).filter((w) => !GENERIC_OUTLET_WORDS.has(w));
}
const GENERIC_OUTLET_WORDS = new Set(['news', 'media', 'group', 'daily', 'times', 'post', 'press', 'online', 'network', 'publishing', 'publications', 'limited', 'company', 'corporation', 'rights', 'reserved', 'all']);

/** Two names of the same outlet: "Valley Gazette" and "Gazette Publishing Ltd" share a distinctive word. */
function sameOutlet(a: string, b: string): boolean {
  const wa = distinctiveWords(a);
  const wb = new Set(distinctiveWords(b));
  return wa.length === 0 || wb.size === 0 ? a.trim().toLowerCase() === b.trim().toLowerCase() : wa.some((w) => wb.has(w));
}

function readProvenance(doc: SlantDocument, drafts: Draft[], provenance: Provenance, outlet?: string): void {
  const authors: string[] = [];
  const seen = new Set<string>();
  const addAuthor = (name: string) => {
    const key = name.toLowerCase().replace(/\s+/g, ' ');
    if (!seen.has(key)) {
      seen.add(key);
      authors.push(name);
    }
  };
  let syndicated = false;
  let copyrightHolder: string | undefined;
  for (const d of drafts) {
    const cap = d.hit?.captured;
    if (d.reason === 'syndication-footer' && cap) {
      provenance.originalTitle ??= cap.title;
      provenance.originalOutlet ??= cap.outlet;
      syndicated = true;
    } else if ((d.reason === 'republish-notice' || d.reason === 'source-credit') && d.kind === 'boilerplate') {
      syndicated = true;
      if (cap?.outlet) provenance.originalOutlet ??= cap.outlet;
    } else if (d.reason === 'original-source-link') {
      syndicated = true;
    }
    // A notice can share its line with a copyright statement or a byline; read it whichever rule won.
    const notice = d.kind === 'boilerplate' || d.kind === 'byline' ? (d.republish ?? matchRepublishNotice(shapeOf(doc, d), d.words)) : null;
    if (notice?.captured) {
      syndicated = true;
      if (notice.captured.outlet) provenance.originalOutlet ??= notice.captured.outlet;
      if (notice.captured.syndicator) provenance.syndicator ??= notice.captured.syndicator;
    }
    if (d.reason === 'copyright-notice' && cap?.outlet) copyrightHolder ??= cap.outlet;
    if (d.kind === 'byline') d.authors?.forEach(addAuthor);
    if (d.kind === 'bio' && d.bioName) addAuthor(d.bioName);
  }
  // A copyright line naming another site than the one publishing the text: the text is that site's.
  if (copyrightHolder && !syndicated && outlet && !sameOutlet(copyrightHolder, outlet)) syndicated = true;
  if (syndicated && copyrightHolder) provenance.originalOutlet ??= copyrightHolder;
  if (!provenance.syndicator && provenance.originalOutlet && outlet && !sameOutlet(outlet, provenance.originalOutlet)) {
    provenance.syndicator = outlet;
  }
  if (authors.length > 0) provenance.authors = authors;
}

// Provenance gets its keys one by one after its literal (`{}`), so its hidden classes are reached
// only by transitions and die between documents: one example of each, in the order
// `segmentDocument` and `readProvenance` add the keys, kept (see `anchorShape`).
const PROVENANCE_KEYS = ['originalTitle', 'originalOutlet', 'syndicator', 'authors'] as const;
for (let label = 0; label < 2; label++) {
  for (let keys = 1 - label; keys < 1 << PROVENANCE_KEYS.length; keys++) {
    const p: Provenance = {};
    if (label) p.label = { kind: 'analysis', text: '', start: 0, end: 0 };
    PROVENANCE_KEYS.forEach((key, i) => {
      if (keys & (1 << i)) {
        if (key === 'authors') p.authors = [''];
        else p[key] = '';
      }
    });
    anchorShape(p);
  }
}
