// Writes lexicons/README.md from the default lexicons (npm run lexicons:readme).
import { writeFileSync } from 'node:fs';
import { DEFAULT_LEXICON_LIST } from '../src/lexicons/defaultLexicons.js';
import { lexiconCatalogueMarkdown } from '../src/lexicons/describeLexicons.js';

writeFileSync(new URL('../lexicons/README.md', import.meta.url), lexiconCatalogueMarkdown(DEFAULT_LEXICON_LIST));
console.log(`lexicons/README.md: ${DEFAULT_LEXICON_LIST.length} lexicons`);
