import { describe, expect, it } from 'vitest';
import { isListItem } from '../../src/document/segments/lineShape.js';

// isListItem tests the first character by char code before its pattern (perf29): it must answer as
// the pattern alone. Lines invented.
const PATTERN = /^(?:[-–—•*·▪◦●■]|\d{1,2}[.)])\s+\S/u;
const LINES = ['', '-', '- ', '- levy', '– tram fare', '— Vale', '• harbour', '* orchard', '· Ruiz', '▪ Berg', '◦ Dara', '● Okafor',
  '■ port', '1. Vale spoke', '12) the levy', '123. too long', '1.levy', '2)  x', '7 harbour', '-levy', 'Vale said', 'vale', '“Quote”',
  '１. wide digit', '٣. other digit', '-\u00a0levy', '•\tlevy', '10.', '9. ', ' - levy', '→ arrow'];

describe('isListItem', () => {
  it('answers as its pattern', () => {
    for (const line of LINES) expect(isListItem(line), line).toBe(PATTERN.test(line));
  });
  it('reads bullets and numbered items, not prose', () => {
    expect(isListItem('• The harbour reopens')).toBe(true);
    expect(isListItem('3) Vale resigns')).toBe(true);
    expect(isListItem('Vale resigns')).toBe(false);
  });
});
