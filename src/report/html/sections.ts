/**
 * The sections of the HTML report, in page order (the article texts follow them). To add a
 * section: write `sections/<name>.ts` exporting a render function `(ctx: ReportContext) => string`
 * (and its CSS, if it needs any), then add one entry here; the navigation bar follows this list.
 */
import type { ReportSection } from './layout.js';
import { renderCoverage } from './sections/coverage.js';
import { renderDiscrepancies } from './sections/discrepancies.js';
import { entityMatrixCss, renderEntityMatrix } from './sections/entities.js';
import { renderHeatmap } from './sections/frames.js';
import { renderBarCharts } from './sections/language.js';
import { renderLegend } from './sections/legend.js';
import { renderMeasureTable } from './sections/measures.js';
import { renderOverview } from './sections/overview.js';
import { renderSharedQuotes } from './sections/sharedQuotes.js';
import { renderSimilarity } from './sections/similarity.js';
import { renderSourceProfiles } from './sections/sources.js';
import { renderTerms } from './sections/terms.js';

export const REPORT_SECTIONS: readonly ReportSection[] = [
  { id: 'overview', heading: 'Articles', nav: 'Articles', render: renderOverview },
  { id: 'frames', heading: 'Frames', nav: 'Frames', render: renderHeatmap },
  { id: 'language', heading: 'Language and attribution', nav: 'Language', render: renderBarCharts },
  { id: 'sources', heading: 'Who speaks: sources and stance', nav: 'Sources', render: renderSourceProfiles },
  { id: 'measures', heading: 'All measures', nav: 'All measures', render: renderMeasureTable },
  { id: 'quotes', heading: 'Shared quotations', nav: 'Shared quotes', render: renderSharedQuotes },
  { id: 'entities', heading: 'Entities across articles', nav: 'Entities', render: renderEntityMatrix, css: entityMatrixCss },
  { id: 'discrepancies', heading: 'Discrepancies', nav: 'Discrepancies', render: renderDiscrepancies },
  { id: 'coverage', heading: 'Coverage', nav: 'Coverage', render: renderCoverage },
  { id: 'similarity', heading: 'Similarity and divergence', nav: 'Similarity', render: renderSimilarity },
  { id: 'terms', heading: 'Distinctive terms', nav: 'Terms', render: renderTerms },
  { id: 'legend', heading: 'Highlight legend', nav: 'Legend', render: renderLegend },
];
