import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getManifest } from 'workbox-build';
import {
  PRECACHE_BUDGET_BYTES,
  formatMegabytes,
  precacheGlobs,
  precacheReport,
} from '~/pwa/precache';

// A small built site on disk, with the kinds of files a real build has.
const root = mkdtempSync(join(tmpdir(), 'podnet-precache-'));
const files = [
  'index.html',
  '404.html',
  'offline/index.html',
  'lessons/foundations/network-model/index.html',
  '_astro/site.Ab12Cd.js',
  '_astro/site.Ab12Cd.js.map',
  '_astro/Base.Xy.css',
  'fonts/body.woff2',
  'icons/icon-192.png',
  'manifest.webmanifest',
  'favicon.svg',
  'sw.js',
  'sitemap-index.xml',
  'sitemap-0.xml',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/wasm.en.pagefind',
  'pagefind/pagefind.en_abc.pf_meta',
  'pagefind/index/en_1.pf_index',
  'pagefind/fragment/en_2.pf_fragment',
  'exports/index.html',
  'exports/podnet-saa-c03.gift.txt',
  'exports/podnet-all.gift.txt',
  'exports/podnet-all.qti.zip',
];
for (const file of files) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), `contents of ${file}`);
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('precacheGlobs', () => {
  it('precaches every page and asset and the search index, and nothing else', async () => {
    const { manifestEntries, warnings } = await getManifest({
      globDirectory: root,
      ...precacheGlobs(),
    });
    expect(warnings).toEqual([]);
    const urls = (manifestEntries ?? []).map((e) => (typeof e === 'string' ? e : e.url)).sort();
    expect(urls).toEqual(
      [
        '404.html',
        '_astro/Base.Xy.css',
        '_astro/site.Ab12Cd.js',
        'exports/index.html',
        'favicon.svg',
        'fonts/body.woff2',
        'icons/icon-192.png',
        'index.html',
        'lessons/foundations/network-model/index.html',
        'manifest.webmanifest',
        'offline/index.html',
        'pagefind/fragment/en_2.pf_fragment',
        'pagefind/index/en_1.pf_index',
        'pagefind/pagefind-entry.json',
        'pagefind/pagefind-worker.js',
        'pagefind/pagefind.en_abc.pf_meta',
        'pagefind/pagefind.js',
        'pagefind/wasm.en.pagefind',
      ].sort(),
    );
  });

  it('gives hashed bundles no revision and every other file one', async () => {
    const { manifestEntries } = await getManifest({ globDirectory: root, ...precacheGlobs() });
    const entries = (manifestEntries ?? []).flatMap((e) => (typeof e === 'string' ? [] : [e]));
    const revision = (url: string) => entries.find((e) => e.url === url)?.revision;
    expect(revision('_astro/site.Ab12Cd.js')).toBeNull();
    expect(revision('index.html')).toMatch(/^[0-9a-f]{32}$/);
    expect(revision('pagefind/pagefind-entry.json')).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('precacheReport', () => {
  it('prints the count and size against the budget', () => {
    const report = precacheReport({ count: 41, size: 776_000, warnings: [] });
    expect(report.summary).toBe('precache: 41 files, 0.74 MB (budget 15.00 MB)');
    expect(report.problems).toEqual([]);
  });

  it('fails over budget, on workbox warnings and on an empty precache', () => {
    const over = precacheReport({ count: 3, size: PRECACHE_BUDGET_BYTES * 1.2, warnings: [] });
    expect(over.problems).toEqual(['the precache is 18.00 MB, over its budget of 15.00 MB']);
    expect(
      precacheReport({ count: 3, size: PRECACHE_BUDGET_BYTES, warnings: [] }).problems,
    ).toEqual([]);
    const warned = precacheReport({ count: 3, size: 10, warnings: ['big.bin is too large'] });
    expect(warned.problems).toEqual(['big.bin is too large']);
    expect(precacheReport({ count: 0, size: 0, warnings: [] }).problems).toHaveLength(1);
  });

  it('formats bytes as megabytes', () => {
    expect(formatMegabytes(1024 * 1024 * 1.5)).toBe('1.50 MB');
  });
});
