import { describe, expect, it } from 'vitest';
import { gzipSize, weighPage } from '../../budget/page-weight.ts';

const files: Record<string, string> = {
  '/_astro/site.js': 'import{a}from"./store.js";a();const open=()=>import(`./search.js`);',
  '/_astro/search.js': 'export const s=' + '3,'.repeat(400) + 'import("/pagefind/pagefind.js");',
  '/pagefind/pagefind.js': 'export const p=' + '4,'.repeat(300) + '4;',
  '/_astro/store.js': 'export const a=()=>1;',
  '/_astro/client.js': 'import"./react.js";export default 1;',
  '/_astro/react.js': 'export const r=' + '"x"'.repeat(200) + ';',
  '/_astro/Sim.js': 'import{r}from"./react.js";const lazy=()=>import("./heavy.js");export{lazy};',
  '/_astro/heavy.js': 'export const h=' + '1,'.repeat(500) + 'import(`./lazier.js`);',
  '/_astro/lazier.js': 'export const l=' + '2,'.repeat(300) + '2;',
  '/_astro/Eager.js': 'export{e as default}from"./eager-code.js";',
  '/_astro/eager-code.js': 'const e=' + '7,'.repeat(100) + '7;export{e};',
  '/_astro/page.css': 'body{color:red}',
  '/img/a.png': 'PNGDATA',
};
const read = (url: string) => (files[url] === undefined ? undefined : Buffer.from(files[url]));
const size = (...urls: string[]) => urls.reduce((sum, u) => sum + gzipSize(files[u] ?? ''), 0);

const html = `<html><head><link rel="stylesheet" href="/_astro/page.css">
<script type="module" src="/_astro/site.js"></script><script>document.documentElement.dataset.theme='dark'</script>
<script type="application/ld+json">{"a":1}</script></head><body>
<astro-island component-url="/_astro/Sim.js" renderer-url="/_astro/client.js" client="visible"></astro-island>
<astro-island component-url="/_astro/Eager.js" renderer-url="/_astro/client.js" client="idle"></astro-island>
<img src="/img/a.png" alt=""></body></html>`;

describe('weighPage', () => {
  const weight = weighPage(html, '/lessons/x/', read);

  it('counts module scripts, inline scripts and eager islands (through re-exports) before interaction, once each', () => {
    const inline = weight.assets.find((a) => a.kind === 'inline')?.bytes ?? 0;
    expect(inline).toBeGreaterThan(0);
    expect(weight.jsInitial).toBe(
      size(
        '/_astro/site.js',
        '/_astro/store.js',
        '/_astro/client.js',
        '/_astro/react.js',
        '/_astro/Eager.js',
        '/_astro/eager-code.js',
      ) + inline,
    );
  });

  it('adds visible islands, with what they import statically, to the total', () => {
    expect(weight.jsTotal - weight.jsInitial).toBe(size('/_astro/Sim.js'));
  });

  it('counts every dynamic import (quoted or template literal), from a page script or an island, as on demand', () => {
    expect(weight.jsOnDemand).toBe(
      size('/_astro/search.js', '/pagefind/pagefind.js', '/_astro/heavy.js', '/_astro/lazier.js'),
    );
    expect(weight.jsAll).toBe(weight.jsTotal + weight.jsOnDemand);
  });

  it('counts a chunk that an island imports statically with the island, even when it is also loaded on demand', () => {
    const shared: Record<string, string> = {
      '/_astro/A.js': 'const x=()=>import("./shared.js");',
      '/_astro/B.js': 'import{s}from"./shared.js";',
      '/_astro/shared.js': 'export const s=' + '5,'.repeat(200) + '5;',
    };
    const readShared = (url: string) =>
      shared[url] === undefined ? undefined : Buffer.from(shared[url]);
    const page = weighPage(
      `<astro-island component-url="/_astro/A.js" client="visible"></astro-island>
<astro-island component-url="/_astro/B.js" client="visible"></astro-island>`,
      '/',
      readShared,
    );
    expect(page.assets.find((a) => a.url === '/_astro/shared.js')?.kind).toBe('jsLazy');
    expect(page.jsOnDemand).toBe(0);
  });

  it('weighs CSS, images and the HTML itself', () => {
    expect(weight.css).toBe(size('/_astro/page.css'));
    expect(weight.images).toBe(size('/img/a.png'));
    expect(weight.html).toBe(gzipSize(html));
  });

  it('skips assets missing from the build instead of failing', () => {
    const page = weighPage('<script type="module" src="/gone.js"></script>', '/', read);
    expect(page.jsTotal).toBe(0);
  });
});
