import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import { packageModel } from './stablePackageModel.js';
import coreData from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';
import { NLP_PIPE } from '../../src/document/nlpModel.js';
import { readCore, winkModel } from '../../src/document/winkModel.js';
import { trexWithoutWideCaseClasses, WIDE_CLASS_EQUIVALENTS } from '../../src/document/winkTrex.js';

// Web and mail addresses in several scripts, ports, paths, hosts next to punctuation.
const TEXT = [
  'Tarnow posted https://straße.example.de/weg?x=1 and ftp://Bücher.EXAMPLE.org:8080/a#b today.',
  'Okafor linked //ÄÖÜ-test.example.com, then http://пример.испытание/путь (and www.berg.co).',
  'Mail vale@example.org or Ruiz@Example.COM; see http://a-b--c.example.io:443 and http://x.y.',
  'Odd hosts: http://-bad.example.com http://ok.example.c0m http://ok.example.ĉom http://ok.k.',
].join('\n');

function tokensOf(model: unknown, text: string) {
  const nlp = winkNLP(model as never, NLP_PIPE as never);
  const tokens = nlp.readDoc(text).tokens();
  return { value: tokens.out(nlp.its.value as never), type: tokens.out(nlp.its.type as never) };
}

describe('the tokenizer patterns without wide case-closed classes', () => {
  it('match the same code units as the classes they replace, under a non-Unicode i flag', () => {
    for (const [wide, narrow] of WIDE_CLASS_EQUIVALENTS) {
      const a = new RegExp(`^${wide}$`, 'i');
      const b = new RegExp(`^${narrow}$`, 'i');
      for (let c = 0; c <= 0xffff; c++) {
        const ch = String.fromCharCode(c);
        if (a.test(ch) !== b.test(ch)) expect(`${wide} U+${c.toString(16)}`).toBe('the same');
      }
    }
  });

  it('change only the URL patterns, and leave the model data as it was', () => {
    const before = JSON.stringify(coreData.trex);
    const trex = trexWithoutWideCaseClasses(coreData.trex as never) as typeof coreData.trex;
    const changed = [...trex.ltc, ...trex.rtc].filter((e) => !coreData.trex.ltc.includes(e as never) && !coreData.trex.rtc.includes(e as never));
    expect(changed.length).toBe(2);
    for (const [source] of changed) expect(source).not.toContain('\\uFFFF');
    expect(JSON.stringify(coreData.trex)).toBe(before);
    expect(readCore().trex).toStrictEqual(trex);
  });

  it('tokenize web and mail addresses as the package\'s model does', () => {
    expect(tokensOf(winkModel, TEXT)).toStrictEqual(tokensOf(packageModel, TEXT));
  });
});
