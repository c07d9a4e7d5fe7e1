import { describe, expect, it } from 'vitest';
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
});
