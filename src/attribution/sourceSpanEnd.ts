import type { SlantDocument } from '../document/readDocument.js';
import type { TokenRange } from './nounPhrases.js';
import { isSetOffDash } from './tokens.js';

/**
 * Source range `r` without the dash that closes an aside around it ("Vale's running mate — Tarn Gov. Ana Vale — has
 * said": the source is «Tarn Gov. Ana Vale», not «… Vale —»). The dash marks where the aside ends; it names no one.
 */
export function withoutClosingDash(doc: SlantDocument, r: TokenRange): TokenRange {
  let b = r.b;
  while (b - r.a > 1 && isSetOffDash(doc, b - 1)) b--;
  return b === r.b ? r : { ...r, b };
}
