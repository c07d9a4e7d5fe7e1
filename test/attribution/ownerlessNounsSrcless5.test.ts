import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, sourcelessByCue } from '../helpers.js';

// Reporting nouns held by no one named (issue 10, eighteenth round). Every sentence is written
// for these tests; names, places and bodies are invented.

describe('an ownerless noun in an opening "amid" phrase', () => {
  it('"Amid fears that …, residents fled": the reported clause ends at the comma before the main clause', () => {
    const x = sourcelessByCue('Amid fears that the old dam would give way, hikers left the canyon early.', 'fears');
    expect(x.text).toBe('the old dam would give way');
    const y = sourcelessByCue('Amid rumours that the bakery would shut, neighbours queued for bread.', 'rumours');
    expect(y.text).toBe('the bakery would shut');
  });

  it('a reporting verb in the main clause after an "amid" phrase keeps its own clause, not the phrase', () => {
    const a = analyse('Amid the clatter of the looms, Tarnow said the mill would keep its night shift.');
    expect(a.attributions).toHaveLength(1);
    expect(a.attributions[0]!.text).toBe('the mill would keep its night shift');
  });
});
