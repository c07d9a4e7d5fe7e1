import { MAX_SHAPE_CHARS } from './lineShape.js';
import { spaceSplitCount } from '../letterRuns.js';
import { lazyPattern } from './lazyPattern.js';
import { charCodeAt } from '../charCodes.js';

/** How an editor's note announced itself. */
export type EditorialLabelKind = 'editor-note-label' | 'editor-initials-label' | 'editor-name-label' | 'correction-note';

const EXPLICIT = /^(?:an?\s+)?(?:editor['’]?s['’]?\s+note|ed\.?\s+note|editorial\s+note|note\s+from\s+the\s+editors?|publisher['’]?s\s+note|editor['’]?s\s+comment)\s*(?:[:.–—-]|$)/i;
const CORRECTION = /^(?:correction|clarification|update|updated)\s*(?:\([^)]{0,40}\))?\s*:/i;
const INITIALS = lazyPattern(String.raw`^((?:\p{Lu}\.?\s?){1,3})\s*:\s*(.*)$`, 'u');
const NAME = lazyPattern(String.raw`^(\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){1,2})\s*:\s*(.*)$`, 'u');
const FIRST_PERSON = lazyPattern(String.raw`(?:^|[^\p{L}'’])(?:I|I['’]m|I['’]ve|I['’]d|I['’]ll|me|my|mine|myself|we|we['’]re|we['’]ve|us|our)(?![\p{L}'’])`, 'iu');

/** Text with quotations removed (one linear pass), so a quoted "we" is not read as the editor's voice. */
function withoutQuotes(text: string): string {
  let out = '';
  let inside = false;
  for (const ch of text) {
    if (ch === '“' || ch === '”' || ch === '"') {
      inside = ch === '“' ? true : ch === '”' ? false : !inside;
      out += ' ';
    } else if (ch === '\n') {
      inside = false; // an unclosed quotation ends with its paragraph
      out += ch;
    } else out += inside ? ' ' : ch;
  }
  return out;
}

/**
 * Does this line open an editor's note? Explicit labels ("Editor's note:", "Ed. note:") always
 * do; initials or a name followed by a colon ("M.K.:", "Jane Moss:") do only when what follows
 * (`noteText`: the rest of the line and the lines after it) is written in the first person,
 * which separates an editor's aside from an interview transcript or a quoted speaker.
 */
export function matchEditorialLabel(line: string, noteText: () => string): EditorialLabelKind | null {
  if (line.length > MAX_SHAPE_CHARS * 4) return null;
  if (EXPLICIT.test(line)) return 'editor-note-label';
  if (CORRECTION.test(line)) return 'correction-note';
  const head = line.slice(0, MAX_SHAPE_CHARS);
  // Both patterns need an upper-case first letter and, before the first colon, at most three
  // words (initials or a name): test those first, so that their Unicode classes are compiled
  // (about 3 ms on a cold start) only for lines that may match.
  const first = charCodeAt(head, 0);
  const colon = head.indexOf(':');
  if ((first < 128 && !(first >= 65 && first <= 90)) || colon < 0 || spaceSplitCount(head, colon) > 3) return null;
  const initials = INITIALS().exec(head);
  const name = initials ? null : NAME().exec(head);
  const hit = initials ?? name;
  if (!hit) return null;
  if (/^[“"‘']/.test(hit[2]!)) return null; // "Ruiz: “...”" is a quoted speaker
  if (!FIRST_PERSON().test(withoutQuotes(noteText().slice(0, 4000)))) return null;
  return initials ? 'editor-initials-label' : 'editor-name-label';
}
