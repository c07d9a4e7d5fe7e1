/** Renders rows as a plain-text table with padded columns; numbers are right-aligned. */
export function textTable(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, c) => cells.reduce((w, r) => Math.max(w, (r[c] ?? '').length), 0));
  const numeric = header.map((_, c) => rows.length > 0 && rows.every((r) => typeof r[c] === 'number' || /^-?[\d.,]+%?$/.test(String(r[c] ?? ''))));
  const line = (r: string[]) =>
    r.map((cell, c) => (numeric[c] && c > 0 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd();
  return [line(cells[0]!), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

