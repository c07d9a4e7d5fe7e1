// Writes the files derived from the default lexicons (npm run lexicons:readme): lexicons/README.md
// src/lexicons/defaultSpellings.ts (wink-nlp's normal form of their words),
// src/entities/defaultEntityWords.ts (the entity stage's compiled word sets) and
// src/lexicons/defaultMatcherFiling.ts (the default matchers' first-word filing).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DEFAULT_LEXICON_LIST } from '../src/lexicons/defaultLexicons.js';
import { lexiconCatalogueMarkdown } from '../src/lexicons/describeLexicons.js';
import { lexiconWords } from '../src/lexicons/lexiconMatcher.js';
import { MATCHER_KINDS } from '../src/lexicons/matcherKinds.js';
import { lexiconKind } from '../src/schema/lexicon.js';
import { defaultSpellingsModule } from '../src/lexicons/spellingNormalizer.js';
import { compileEntityLexicons } from '../src/entities/entityLexicons.js';
import { entityWordsModule } from '../src/entities/precomputedEntityWords.js';
import { matcherFilingModule } from '../src/lexicons/matcherFilingModule.js';

writeFileSync(new URL('../lexicons/README.md', import.meta.url), lexiconCatalogueMarkdown(DEFAULT_LEXICON_LIST));
console.log(`lexicons/README.md: ${DEFAULT_LEXICON_LIST.length} lexicons`);
writeFileSync(new URL('../src/lexicons/defaultSpellings.ts', import.meta.url), defaultSpellingsModule(lexiconWords(DEFAULT_LEXICON_LIST.filter((l) => MATCHER_KINDS.includes(lexiconKind(l))))));
console.log('src/lexicons/defaultSpellings.ts: written');
writeFileSync(new URL('../src/entities/defaultEntityWords.ts', import.meta.url), entityWordsModule(compileEntityLexicons(DEFAULT_LEXICON_LIST)));
console.log('src/entities/defaultEntityWords.ts: written');
// The AFINN-165 words as src/language/scoreSentiment.ts reads them (VALENCE), read here as JSON:
// tsx cannot import that JSON file as a module.
const afinn = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('sentiment/languages/en/labels.json'), 'utf8')) as Record<string, number>;
writeFileSync(new URL('../src/lexicons/defaultMatcherFiling.ts', import.meta.url), matcherFilingModule(new Map(Object.entries(afinn))));
console.log('src/lexicons/defaultMatcherFiling.ts: written');
