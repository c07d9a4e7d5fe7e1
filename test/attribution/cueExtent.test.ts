import { describe, expect, it } from 'vitest';
import { analyseChecked as analyse, attributionByCue as byCue } from '../helpers.js';

// Which words the shown cue covers (issue 10, ninth round): the words that link a cue to its
// content belong to the cue. Every sentence is written for these tests; names and places are invented.

describe('the preposition a cue governs its content with', () => {
  it('goes to the cue, and the content starts after it', () => {
    const a = analyse('Councillor Ana Vale has been critical of the new toll on the harbour bridge.');
    expect(byCue(a, 'has been critical of')).toMatchObject({ text: 'the new toll on the harbour bridge', sourceSpan: { text: 'Councillor Ana Vale' } });
    const b = analyse('The fishermen’s union called for a recount of the harbour vote.');
    expect(byCue(b, 'called for').text).toBe('a recount of the harbour vote');
    const c = analyse('Residents complained about the noise from the night shift at the port.');
    expect(byCue(c, 'complained about').text).toBe('the noise from the night shift at the port');
  });

  it('works for a reporting noun too ("questions about whether …")', () => {
    const a = analyse('There are growing questions about whether the ferry will run next winter.');
    const x = a.attributions.find((r) => r.cue.endsWith('questions about'));
    expect(x?.text).toBe('whether the ferry will run next winter');
  });

  it('leaves "to" and a speech verb’s "of" (a topic, not the content) outside the cue', () => {
    const a = analyse('Vale wants to endorse the harbour plan before the vote.');
    expect(byCue(a, 'wants').text).toBe('to endorse the harbour plan before the vote');
    const b = analyse('Berg said of the council: “They never listen to us.”');
    expect(b.attributions.some((x) => /^said of\b/.test(x.cue) && x.text.startsWith('the council'))).toBe(false);
  });

  it('a content of one or two words shows its preposition with the cue too ("asked about | it")', () => {
    const a = analyse('Ruiz asked about it.');
    expect(byCue(a, 'asked about').text).toBe('it');
  });
});

describe('the colon that introduces the content', () => {
  it('is part of the cue before a quotation and before a clause', () => {
    const a = analyse('Mayor Ruiz said: “We will rebuild the pier before the summer.”');
    expect(byCue(a, 'said:')).toMatchObject({ mode: 'direct', text: 'We will rebuild the pier before the summer.' });
    const b = analyse('The memo concluded: the port must close for two weeks.');
    expect(byCue(b, 'concluded:').text).toBe('the port must close for two weeks');
  });

  it('is not taken when the content comes before the cue', () => {
    const a = analyse('“The pier is safe,” Ruiz said: nobody answered her.');
    expect(a.attributions.some((x) => x.cue === 'said:')).toBe(false);
  });
});

describe('the verb group around an infinitive cue', () => {
  it('shows "to" before a reporting verb that has no finite verb of its own', () => {
    const a = analyse('She was the first mayor to endorse the harbour plan.');
    expect(byCue(a, 'to endorse').text).toBe('the harbour plan');
  });

  it('shows the verb that carries the act on ("continued to insist", "failed to mention") and "now"', () => {
    const a = analyse('Ruiz continued to insist that the bridge was safe.');
    expect(byCue(a, 'continued to insist')).toMatchObject({ text: 'the bridge was safe', sourceSpan: { text: 'Ruiz' } });
    const b = analyse('Berg now says the ferry will not run in winter.');
    expect(byCue(b, 'now says').text).toBe('the ferry will not run in winter');
  });
});

describe('a cue in the opening phrase does not take the main clause’s own attribution', () => {
  it('"Lashing out, Ruiz said …", "With … ruled out, Berg said …": the main clause’s verb is the cue', () => {
    const a = analyse('Lashing out, Ruiz said the council’s plan was a disgrace.');
    expect(byCue(a, 'said')).toMatchObject({ text: 'the council’s plan was a disgrace', sourceSpan: { text: 'Ruiz' } });
    expect(a.attributions.some((x) => x.cue === 'Lashing out')).toBe(false);
    const b = analyse('With the toll vote ruled out, Berg said he had two options left.');
    expect(byCue(b, 'said')).toMatchObject({ text: 'he had two options left', sourceSpan: { text: 'Berg' } });
    expect(b.attributions).toHaveLength(1);
  });

  it('not "As the Courier reported, …" nor "According to the Courier, …": those attribute the main clause', () => {
    expect(byCue(analyse('As the Courier reported, the council agreed to close the pier.'), 'reported').text).toBe('the council agreed to close the pier');
    expect(byCue(analyse('According to the Courier, Ruiz said the pier would close.'), 'According to').text).toBe('Ruiz said the pier would close');
  });
});
