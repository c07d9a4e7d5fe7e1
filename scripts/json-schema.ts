// Writes the JSON Schemas of the output (generated from the zod schemas) into dist/schema/, for
// users in other languages. Runs as part of `npm run build`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ArticleAnalysisSchema } from '../src/schema/articleAnalysis.js';
import { ComparisonSchema } from '../src/schema/comparison.js';
import { LexiconSchema } from '../src/schema/lexicon.js';

const dir = new URL('../dist/schema/', import.meta.url);
mkdirSync(dir, { recursive: true });
const schemas = { 'article-analysis': ArticleAnalysisSchema, comparison: ComparisonSchema, lexicon: LexiconSchema } as const;
for (const [name, schema] of Object.entries(schemas)) {
  const json = { title: `slantwise ${name}`, ...z.toJSONSchema(schema, { io: 'output' }) };
  writeFileSync(new URL(`${name}.schema.json`, dir), `${JSON.stringify(json, null, 2)}\n`);
}
console.log(`dist/schema: ${Object.keys(schemas).join(', ')}`);
