import { describe, expect, it } from 'vitest';
import { comparisonCoreModules, comparisonModules, exportedFunctions, isComparisonModule } from '../../scripts/lazyComparison.js';

// cold11: the ES module build loads the comparison and report code from dist/comparison-library.cjs
// on first use; the core's modules it imports are handed over, never copied.
describe('lazy comparison code (scripts/lazyComparison.ts)', () => {
  it('takes src/compare and src/report except what the core and the Node entries use eagerly', () => {
    const modules = comparisonModules();
    expect(modules).toContain('src/compare/compareArticles.ts');
    expect(modules).toContain('src/report/html/styles.ts');
    expect(modules).toContain('src/measures/formatMeasure.ts');
    for (const eager of ['src/report/resultTables.ts', 'src/report/csvLibrary.ts', 'src/report/csvCode.ts', 'src/measures/measureValues.ts']) {
      expect(modules).not.toContain(eager);
    }
    expect(isComparisonModule(`${process.cwd()}/src/compare/statistics.ts`)).toBe(true);
    expect(isComparisonModule(`${process.cwd()}/src/errors.ts`)).toBe(false);
  });

  it('hands over the core modules the comparison code imports (value imports only, TypeScript only)', () => {
    const core = comparisonCoreModules();
    expect(core).toContain('src/errors.ts');
    expect(core).toContain('src/schema/comparison.ts');
    expect(core).toContain('src/report/csvLibrary.ts');
    expect(core.every((key) => /^src\/.*\.ts$/.test(key) && !isComparisonModule(`${process.cwd()}/${key}`))).toBe(true);
    // Imported for its types only: erased, nothing to hand over.
    expect(core).not.toContain('src/schema/articleAnalysis.ts');
  });

  it('forwards exported functions, re-exported ones included, and no other values', () => {
    expect(exportedFunctions('src/report/markdownReport.ts')).toEqual(['markdownReport', 'inline']);
    // REPORT_SECTIONS is a constant: an import of it from outside would fail the build.
    expect(exportedFunctions('src/report/htmlReport.ts')).toEqual(['renderHtmlReport']);
  });
});
