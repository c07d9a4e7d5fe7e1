import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/document/readDocument.js';
import { DEFAULT_ATTRIBUTION_LEXICONS } from '../../src/attribution/attributionLexicons.js';
import { noteMentions } from '../../src/attribution/mentions.js';
import { SourceRegistry } from '../../src/attribution/sourceRegistry.js';

// `noteMentions` skips capitalised function words, weekdays and months (by word id, with the
// string test as the fallback). Names and places are invented.

function noted(text: string): (string | null)[] {
  const doc = readDocument(text);
  const reg = new SourceRegistry();
  for (const s of doc.sentences) noteMentions(doc, reg, DEFAULT_ATTRIBUTION_LEXICONS, s.tokenStart, s.tokenEnd, () => false);
  return reg.mentions.map((m) => m.entity.name);
}

describe('noteMentions and words that are no names', () => {
  it('notes a two-word name after a capitalised function word, and no weekday or month', () => {
    const names = noted('On Tuesday Marta Vell spoke. In March Colm Devereaux left. The Kestra Board met.');
    expect(names).toContain('Marta Vell');
    expect(names).toContain('Colm Devereaux');
    expect(names.some((n) => n !== null && /Tuesday|March|^On |^In /.test(n))).toBe(false);
  });

  it('skips a function word written in capitals before a name', () => {
    const a = noted('THE Marta Vell spoke. THEY met Colm Devereaux.');
    expect(a).toContain('Marta Vell');
    expect(a.some((n) => n !== null && /^(?:THE|THEY)\b/.test(n))).toBe(false);
  });
});
