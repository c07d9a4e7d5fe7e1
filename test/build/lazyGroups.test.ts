import { describe, expect, it } from 'vitest';
import { COMPARISON_GROUP, EXTRACT_GROUP, exportedFunctions, groupCoreModules, groupModules, groupOf, inGroup } from '../../scripts/lazyGroups.js';

// cold11, cold12: the ES module build loads the comparison and report code and the extraction code
// from dist/comparison-library.cjs and dist/extract-library.cjs on first use; the core's modules
// they import are handed over, never copied.
describe('lazy groups of our code (scripts/lazyGroups.ts)', () => {
  it('takes src/compare and src/report except what the core and the Node entries use eagerly', () => {
    const modules = groupModules(COMPARISON_GROUP);
    expect(modules).toContain('src/compare/compareArticles.ts');
    expect(modules).toContain('src/report/html/styles.ts');
    expect(modules).toContain('src/measures/formatMeasure.ts');
    for (const eager of ['src/report/resultTables.ts', 'src/report/csvLibrary.ts', 'src/report/csvCode.ts', 'src/measures/measureValues.ts']) {
      expect(modules).not.toContain(eager);
    }
    expect(inGroup(COMPARISON_GROUP, `${process.cwd()}/src/compare/statistics.ts`)).toBe(true);
    expect(inGroup(COMPARISON_GROUP, `${process.cwd()}/src/errors.ts`)).toBe(false);
  });

  it('takes src/extract except what every analysis runs, the public constant and the HTML libraries', () => {
    const modules = groupModules(EXTRACT_GROUP);
    expect(modules).toContain('src/extract/extractArticle.ts');
    expect(modules).toContain('src/extract/pageMetadata.ts');
    for (const eager of ['src/extract/articleSource.ts', 'src/extract/looksLikeHtml.ts', 'src/extract/extractLimits.ts', 'src/extract/htmlLibraries.ts', 'src/extract/htmlLibraryCode.ts']) {
      expect(modules).not.toContain(eager);
    }
    expect(groupOf(`${process.cwd()}/src/extract/findStandfirst.ts`)).toBe(EXTRACT_GROUP);
    expect(groupOf(`${process.cwd()}/src/extract/articleSource.ts`)).toBeUndefined();
  });

  it('hands over the core modules a group imports (value imports only, TypeScript only)', () => {
    const core = groupCoreModules(COMPARISON_GROUP);
    expect(core).toContain('src/errors.ts');
    expect(core).toContain('src/schema/comparison.ts');
    expect(core).toContain('src/report/csvLibrary.ts');
    expect(core.every((key) => /^src\/.*\.ts$/.test(key) && groupOf(`${process.cwd()}/${key}`) === undefined)).toBe(true);
    // Imported for its types only: erased, nothing to hand over.
    expect(core).not.toContain('src/schema/articleAnalysis.ts');
    // The extraction code gets the HTML libraries' facade (loaded on first use on its own), not their code.
    const extractCore = groupCoreModules(EXTRACT_GROUP);
    expect(extractCore).toContain('src/extract/htmlLibraries.ts');
    expect(extractCore).toContain('src/extract/extractLimits.ts');
    expect(extractCore).not.toContain('src/extract/htmlLibraryCode.ts');
  });

  it('forwards exported functions, re-exported ones included, and no other values', () => {
    expect(exportedFunctions('src/report/markdownReport.ts')).toEqual(['markdownReport', 'inline']);
    // REPORT_SECTIONS is a constant: an import of it from outside would fail the build.
    expect(exportedFunctions('src/report/htmlReport.ts')).toEqual(['renderHtmlReport']);
    expect(exportedFunctions('src/extract/extractArticle.ts')).toEqual(['extractArticle']);
  });
});
