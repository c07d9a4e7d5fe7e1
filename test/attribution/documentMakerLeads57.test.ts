import { describe, expect, it } from 'vitest';
import { analyseChecked, attributionByCue, sourceKindOf } from '../helpers.js';

// The kind of a source that is a document with its maker after "by" (issue 10, leads57). Every sentence is written
// for these tests; names and places are invented.

/** Source text, source kind and cue class of the relation whose cue is `cue`. */
const sourceOf = (text: string, cue: string) => {
  const a = analyseChecked(text);
  const x = attributionByCue(a, cue);
  return [x.sourceSpan?.text ?? null, sourceKindOf(a, x), x.cueClass];
};

describe('"A survey by the Harbour Times found …": the document speaks, whoever made it', () => {
  // (was «media», «unnamed», «person»: the kind of the maker after "by")
  it('a document noun before "by" makes the source a document, as "A Harbour Times survey" is', () => {
    expect(sourceOf('A survey by the Harbour Times found that most voters oppose the levy.', 'found')).toEqual(['A survey by the Harbour Times', 'document', 'document']);
    expect(sourceOf('A Harbour Times survey found that most voters oppose the levy.', 'found')).toEqual(['A Harbour Times survey', 'document', 'document']);
    expect(sourceOf('A survey by the city found that most voters oppose the levy.', 'found')).toEqual(['A survey by the city', 'document', 'document']);
    expect(sourceOf('A new study by Ana Vale found that the pier was unsafe.', 'found')).toEqual(['A new study by Ana Vale', 'document', 'document']);
  });

  it('negative: the maker alone, or people described with "by", keep their own kind', () => {
    expect(sourceOf('The Harbour Times found that most voters oppose the levy.', 'found').slice(0, 2)).toEqual(['The Harbour Times', 'media']);
    expect(sourceOf('Officials appointed by Vale said the pier was unsafe.', 'said').slice(0, 2)).toEqual(['Officials appointed by Vale', 'unnamed']);
    expect(sourceOf('Ana Vale said the pier was unsafe.', 'said').slice(0, 2)).toEqual(['Ana Vale', 'person']);
  });
});
