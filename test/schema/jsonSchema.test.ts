import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analyzeArticle, ArticleAnalysisSchema, compareArticles, ComparisonSchema } from '../../src/index.js';

// The JSON Schemas shipped in dist/schema/ are generated exactly like this (scripts/json-schema.ts).
const ajv = new Ajv2020({ strict: false, allErrors: true });
const analysisSchema = z.toJSONSchema(ArticleAnalysisSchema, { io: 'output' });
const comparisonSchema = z.toJSONSchema(ComparisonSchema, { io: 'output' });

describe('JSON Schema of the output', () => {
  const a = analyzeArticle({ id: 'a', text: '“We will rebuild,” Mayor Ana Ruiz said. Police arrested three suspects after the invasion.' });
  const b = analyzeArticle({ id: 'b', text: 'The mayor said the bridge would be rebuilt. Critics called it a disaster.' });

  it('accepts real analyses and comparisons', () => {
    const validAnalysis = ajv.compile(analysisSchema);
    expect(validAnalysis(JSON.parse(JSON.stringify(a))), JSON.stringify(validAnalysis.errors)).toBe(true);
    const validComparison = ajv.compile(comparisonSchema);
    expect(validComparison(JSON.parse(JSON.stringify(compareArticles([a, b])))), JSON.stringify(validComparison.errors)).toBe(true);
  });

  it('rejects an analysis with a wrong field, as the zod schema does', () => {
    const validAnalysis = ajv.compile(analysisSchema);
    const broken = { ...JSON.parse(JSON.stringify(a)), schemaVersion: 2 };
    expect(validAnalysis(broken)).toBe(false);
    expect(ArticleAnalysisSchema.safeParse(broken).success).toBe(false);
  });
});
