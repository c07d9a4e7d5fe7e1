export type PieceLabelKind = 'analysis' | 'opinion' | 'commentary' | 'editorial' | 'review' | 'explainer' | 'fact-check' | 'column';

export interface PieceLabel {
  kind: PieceLabelKind;
  /** The label as written ("Analysis:", "Opinion |"). */
  text: string;
}

const LABELS: [RegExp, PieceLabelKind][] = [
  [/^(?:news\s+)?analysis/i, 'analysis'],
  [/^(?:opinion|op-?ed|viewpoint|perspective|point\s+of\s+view)/i, 'opinion'],
  [/^(?:commentary|comment)/i, 'commentary'],
  [/^editorial/i, 'editorial'],
  [/^review/i, 'review'],
  [/^explainer/i, 'explainer'],
  [/^fact[\s-]?check/i, 'fact-check'],
  [/^column/i, 'column'],
];

/**
 * A genre label at the top of a piece: "Analysis: ...", "Opinion | ...", "COMMENTARY — ...",
 * or a line that is only the label. Such pieces are the writer's view as a whole; the label is
 * recorded in `provenance.label`.
 */
export function matchPieceLabel(line: string): PieceLabel | null {
  const m = /^((?:news\s+)?[A-Za-z][A-Za-z\s-]{1,20}?)\s*(?:[:|–—]\s*|\s-\s|$)/.exec(line.slice(0, 40));
  if (!m) return null;
  const head = m[1]!.trim();
  for (const [re, kind] of LABELS) {
    if (re.test(head) && head.split(/\s+/).length <= 3 && new RegExp(`^${re.source}$`, 'i').test(head)) {
      return { kind, text: m[0].trim() };
    }
  }
  return null;
}
