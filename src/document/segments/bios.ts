import { MAX_SHAPE_CHARS, PERSON_NAME } from './lineShape.js';
import { lazyPattern } from './lazyPattern.js';

const BIO_START = lazyPattern(String.raw`^(${PERSON_NAME})\s+(?:is|was|has\s+been|covers|writes|reports|edits|leads|joined|serves|works)\b`, 'u');
const JOURNALISM = /\b(?:journalist|reporter|correspondent|bureau\s+chief|editor|writer|columnist|contributor|producer|photographer|videographer|anchor|host|fellow|author\s+of|covers|covering|writes\s+(?:about|on|for)|reports\s+(?:on|for)|reporting\s+(?:on|for)|newsroom|freelance|staff)\b/i;

/**
 * An author bio: "<Full Name> is the ... bureau chief for ...", "<Full Name> covers ...".
 * Shape alone is not enough (a story paragraph can begin "Varga is under pressure"), so the
 * caller only accepts a bio in the trailing furniture after the story. Returns the name.
 */
export function matchBio(line: string, wordCount: number): { name: string } | null {
  if (line.length > MAX_SHAPE_CHARS || wordCount > 70) return null;
  // The cheap test first: BIO_START (Unicode classes, see `lazyPattern`) is built only when a line has a journalism word.
  if (!JOURNALISM.test(line)) return null;
  const m = BIO_START().exec(line);
  return m ? { name: m[1]! } : null;
}
