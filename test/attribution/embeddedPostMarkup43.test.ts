import { describe, expect, it } from 'vitest';
import { endBeforeMarkupTag, mayHoldMarkup } from '../../src/attribution/markupTags.js';
import { analyseChecked, attributionRows } from '../helpers.js';

// recall43: embedded posts pasted into plain text with their element and signature. Neither the
// tag nor the signature is part of a content or a source. Sentences written for this test; names
// and handles are invented.

describe('a markup tag pasted into the text ends the content and does not open the source', () => {
  it('a closing tag after the content, a stray empty tag, a tag after a quotation', () => {
    expect(attributionRows('<tweet id="2" author="@berg">Sharp critics of the levy want a new vote</tweet>.')).toEqual([['Sharp critics of the levy', 'want', 'a new vote']]);
    expect(attributionRows('Ruiz said the pier was unsafe<tweet/>. Berg left.')).toEqual([['Ruiz', 'said', 'the pier was unsafe']]);
    expect(attributionRows('Vale wrote that the pier was "a disgrace"</tweet>. Berg left.')).toEqual([['Vale', 'wrote', 'the pier was "a disgrace"']]);
    expect(attributionRows('<post data-author="@ruiz">Ruiz promises to fix the pier by May </post>')).toEqual([['Ruiz', 'promises', 'to fix the pier by May']]);
  });

  it('the content text and offsets agree after the cut', () => {
    const text = 'The board met.\n\n<tweet author="@vale">Vale says the levy is unfair</tweet>\n\nBerg left.';
    const [a] = analyseChecked(text).attributions;
    expect(a!.text).toBe('the levy is unfair');
    expect(text.slice(a!.start, a!.end)).toBe(a!.text);
    expect(a!.sourceSpan!.text).toBe('Vale');
    expect(text.slice(a!.sourceSpan!.start, a!.sourceSpan!.end)).toBe('Vale');
  });

  it('not: a "<" that compares, before a space or a digit, stays in the content', () => {
    expect(attributionRows('Vale said the count was 3<5 in the ward.')).toEqual([['Vale', 'said', 'the count was 3<5 in the ward']]);
    expect(attributionRows('Berg said that a < b held for every ward.')).toEqual([['Berg', 'said', 'a < b held for every ward']]);
  });
});

describe('fixAG: only a real tag cuts the content, not a "<" that compares or brackets a type or an address', () => {
  it('a comparison with letters, a generic type, an address in angle brackets stay in the content', () => {
    expect(attributionRows('Vale said the value of x<y in the model was wrong.')).toEqual([['Vale', 'said', 'the value of x<y in the model was wrong']]);
    expect(attributionRows('Ruiz argued that the rule if a<b then stop was sound.')).toEqual([['Ruiz', 'argued', 'the rule if a<b then stop was sound']]);
    expect(attributionRows('Berg said the generic type List<string> was fine.')).toEqual([['Berg', 'said', 'the generic type List<string> was fine']]);
    expect(attributionRows('Vale said the email <vale@tarn.gov> had been hacked.')).toEqual([['Vale', 'said', 'the email <vale@tarn.gov> had been hacked']]);
  });

  it('still cut: a closing tag glued to a word, an empty tag, an opening tag with or without attributes after a space', () => {
    expect(attributionRows('Ruiz said the levy was unfair</post>. Berg left.')).toEqual([['Ruiz', 'said', 'the levy was unfair']]);
    expect(attributionRows('Ruiz said the levy was unfair<br/> and Berg left.')).toEqual([['Ruiz', 'said', 'the levy was unfair']]);
    expect(attributionRows('Vale said the file used <html> headers and the pier was unsafe.')).toEqual([['Vale', 'said', 'the file used']]);
    expect(attributionRows('Vale said the pier was unsafe <post data-id="7"> and Berg left.')).toEqual([['Vale', 'said', 'the pier was unsafe']]);
  });

  it('the tag shapes one by one', () => {
    const end = (s: string) => endBeforeMarkupTag(s, 0, s.length);
    expect(end('the pier</tweet> was')).toBe(8);
    expect(end('the pier<tweet/> was')).toBe(8);
    expect(end('the pier <tweet author="x"> was')).toBe(8);
    expect(end('the pier <tweet> was')).toBe(8);
    expect(end('the pier x<tweet> was')).toBe(21);
    expect(end('the pier <tweet was')).toBe(19);
    expect(end('the pier </ tweet> was')).toBe(22);
    expect(end('the pier a<b and c>d was')).toBe(24);
  });
});

describe("a post's signature line ends the content", () => {
  it('"— Name (@handle) date" after the post text', () => {
    const text = 'The mayor spoke.\n\n<tweet author="@anavale">Vale says the pier is unsafe. — Ana Vale (@anavale) May 3, 2026</tweet>\n\nThe council met.';
    expect(attributionRows(text)).toEqual([['Vale', 'says', 'the pier is unsafe.']]);
    expect(attributionRows('Ruiz says the levy is unfair — Tom Ruiz (@tomruiz) June 2, 2025')).toEqual([['Ruiz', 'says', 'the levy is unfair']]);
  });

  it('not: a handle in brackets with no dash before it, or a dash too far before the handle', () => {
    expect(attributionRows('Vale said the pier, which Tom Ruiz (@tomruiz) inspected, was unsafe.')).toEqual([['Vale', 'said', 'the pier, which Tom Ruiz (@tomruiz) inspected, was unsafe']]);
    expect(endBeforeMarkupTag('the pier — and everything the harbour board and the clerks had built on it (@vale)', 0, 80)).toBe(80);
    expect(endBeforeMarkupTag('the pier — Ana Vale (@vale)', 0, 27)).toBe(8);
  });
});

describe('fixAG: one search per document tells whether any content may hold markup', () => {
  it('a "<" or a "(@" anywhere', () => {
    expect(mayHoldMarkup('Vale said the pier</tweet> was unsafe.')).toBe(true);
    expect(mayHoldMarkup('Vale said so — Ana Vale (@anavale) May 3')).toBe(true);
    expect(mayHoldMarkup('Vale said the pier was unsafe (and @vale agreed).')).toBe(false);
    expect(mayHoldMarkup('Vale said the pier was unsafe.')).toBe(false);
  });
});
