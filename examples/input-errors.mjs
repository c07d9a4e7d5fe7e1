// Bad input gets a typed error that names the field; a batch keeps going past it.
import { analyzeArticle, SlantwiseInputError } from 'slantwise';

const records = [
  { id: 'ok', text: 'The council voted on Monday to close the bridge.' },
  { id: 'empty', text: '   ' },
  { id: 'wrong-type', text: 42 },
  { id: 'too-long', text: 'word '.repeat(100) },
];
for (const record of records) {
  try {
    const a = analyzeArticle(record, { maxChars: 200 });
    console.log(`${record.id}: ${a.segments.length} segment(s)`);
  } catch (error) {
    if (!(error instanceof SlantwiseInputError)) throw error;
    console.log(`${record.id}: ${error.code} – ${error.message}`);
  }
}
