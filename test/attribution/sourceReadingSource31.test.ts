import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Sources of the twenty-ninth attribution round (issue 10). Every sentence is written for these tests.

describe('a participle of belief or hope right after a thing the verb before it takes', () => {
  it('holds the state of mind of that verb\'s subject, not the thing', () => {
    expect(byCue(analyse('Ruiz entered the meeting believing she had the votes.'), 'believing').sourceSpan?.text).toBe('Ruiz');
    expect(byCue(analyse('Okafor signed the lease hoping the orchard would pay.'), 'hoping').sourceSpan?.text).toBe('Okafor');
    expect(byCue(analyse('Ruiz went into the meeting expecting to win.'), 'expecting').sourceSpan?.text).toBe('Ruiz');
  });

  it('after people the verb takes, the people hold it', () => {
    expect(byCue(analyse('The levy angered growers fearing the harbour would close.'), 'fearing').sourceSpan?.text).toBe('growers');
    expect(byCue(analyse('The fare rise surprised riders expecting a cut.'), 'expecting').sourceSpan?.text).toBe('riders');
  });
});
