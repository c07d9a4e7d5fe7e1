import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module script without types
import { commonJsWrappers } from '../../scripts/check-package.mjs';
import { commonJsWrappersAsFunctions } from '../../scripts/coldStartPlugins.js';

const HELPER = 'var Y=(e,t)=>()=>(t||e((t={exports:{}}).exports,t),t.exports);';
const render = (code: string) => (commonJsWrappersAsFunctions.renderChunk as (code: string, info: { path: string }) => { code: string } | undefined)(code, { path: 'dist/chunk-X.js' });

describe('commonJsWrappersAsFunctions (the minified build writes CommonJS wrappers as functions)', () => {
  it('rewrites the helper calls whose argument is an arrow with a block body, and the code still runs', async () => {
    const code = `${HELPER}var A=Y((e,t)=>{t.exports={n:1}}),B=Y(e=>{e.k=2});export const out=[A().n,B().k];`;
    const out = render(code)!.code;
    expect(out).toBe(`${HELPER}var A=Y(function(e,t){t.exports={n:1}}),B=Y(function(e){e.k=2});export const out=[A().n,B().k];`);
    const mod = (await import(`data:text/javascript,${encodeURIComponent(out)}`)) as { out: number[] };
    expect(mod.out).toEqual([1, 2]);
  });

  it('leaves other calls and files without the helper alone', () => {
    expect(render(`${HELPER}var A=Z((e,t)=>{t.exports=1}),B=Y((e,t)=>t);`)).toBeUndefined();
    expect(render('var A=Y((e,t)=>{t.exports=1});')).toBeUndefined();
  });

  it('fails the build when the chunk has the helper\'s exports object in a shape it does not know', () => {
    const changed = 'var Y=(e,t)=>function(){return t||e((t={exports:{}}).exports,t),t.exports};var A=Y((e,t)=>{t.exports=1});';
    expect(() => render(changed)).toThrow(/shape commonJsWrappersAsFunctions does not know/);
  });
});

describe('commonJsWrappers (check-package counts the wrappers the plugin rewrote)', () => {
  const wrappers = (code: string) => commonJsWrappers(code) as { helper?: string; functions: number; arrows: number; unknownHelper: boolean };
  const chunk = `${HELPER}var A=Y((e,t)=>{t.exports={n:1}}),B=Y(e=>{e.k=2}),C=Y(()=>{});function f(Y){return Y(()=>{})}`;

  it('counts the wrappers written as functions after the plugin, and the arrows before it', () => {
    expect(wrappers(chunk)).toEqual({ helper: 'Y', functions: 0, arrows: 3, unknownHelper: false });
    expect(wrappers(render(chunk)!.code)).toEqual({ helper: 'Y', functions: 3, arrows: 0, unknownHelper: false });
  });

  it('tells a chunk without the helper from one whose helper changed shape', () => {
    expect(wrappers('var A=1;')).toEqual({ helper: undefined, functions: 0, arrows: 0, unknownHelper: false });
    expect(wrappers('var Y=(e,t)=>function(){return t||e((t={exports:{}}).exports,t),t.exports};').unknownHelper).toBe(true);
  });
});
