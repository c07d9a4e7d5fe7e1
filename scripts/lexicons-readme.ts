// Writes the files derived from the default lexicons (npm run lexicons:readme): lexicons/README.md
// and src/lexicons/defaultSpellings.ts (wink-nlp's normal form of their words).
import { writeFileSync } from 'node:fs';
import { DEFAULT_LEXICON_LIST } from '../src/lexicons/defaultLexicons.js';
import { lexiconCatalogueMarkdown } from '../src/lexicons/describeLexicons.js';
import { lexiconWords } from '../src/lexicons/lexiconMatcher.js';
import { MATCHER_KINDS } from '../src/lexicons/matcherKinds.js';
import { lexiconKind } from '../src/schema/lexicon.js';
import { defaultSpellingsModule } from '../src/lexicons/spellingNormalizer.js';

writeFileSync(new URL('../lexicons/README.md', import.meta.url), lexiconCatalogueMarkdown(DEFAULT_LEXICON_LIST));
console.log(`lexicons/README.md: ${DEFAULT_LEXICON_LIST.length} lexicons`);
writeFileSync(new URL('../src/lexicons/defaultSpellings.ts', import.meta.url), defaultSpellingsModule(lexiconWords(DEFAULT_LEXICON_LIST.filter((l) => MATCHER_KINDS.includes(lexiconKind(l))))));
console.log('src/lexicons/defaultSpellings.ts: written');
