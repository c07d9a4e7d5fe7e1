import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse } from '../helpers.js';

// fixR: "Berg studies claims that …": the plural-looking word right after a name is the name's verb, and the -s
// word after it its object noun, no verb with "Berg studies" as its subject. Every sentence is written for these
// tests; names and places are invented.

const sourcesOf = (text: string) => analyse(text).attributions.map((a) => a.sourceSpan?.text ?? null);

describe('an -s noun after a name and a plural noun', () => {
  it('"Berg studies claims that …": "Berg studies" is no source', () => {
    expect(sourcesOf('The harbour opened in May. Berg studies claims that the levy failed.')).not.toContain('Berg studies');
  });

  it('a name alone before the -s verb, and a noun phrase before it, stay its source', () => {
    expect(sourcesOf('The harbour opened in May. Berg claims that the levy failed.')).toEqual(['Berg']);
    expect(sourcesOf('The harbour opened in May. The Berg report claims that the levy failed.')).toEqual(['The Berg report']);
  });
});
