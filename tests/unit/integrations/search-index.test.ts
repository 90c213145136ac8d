import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '~/integrations/search-index';
import { SEARCH_RECORDS_FILE, type SearchRecord } from '~/search/records';

// A one-page built site and one quiz record, indexed by the real Pagefind.
const root = mkdtempSync(join(tmpdir(), 'podnet-search-index-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('writeSearchIndex', () => {
  it('indexes pages and records, keeps only the runtime Podnet loads, and removes the records', async () => {
    writeFileSync(
      join(root, 'index.html'),
      '<!doctype html><html lang="en"><head><title>Pods</title></head><body><main data-pagefind-body><h1>Pods</h1><p>Every pod gets its own IP address.</p></main></body></html>',
    );
    const records: SearchRecord[] = [
      {
        url: '/lessons/x/#question-q1',
        content: 'Which component assigns pod IPs?',
        language: 'en',
        meta: { title: 'Quiz question 1', section: 'X', kind: 'question' },
      },
    ];
    writeFileSync(join(root, SEARCH_RECORDS_FILE), JSON.stringify(records));

    const summary = await writeSearchIndex(root);

    expect(summary).toBe(
      'search index: 1 HTML files read (lesson bodies indexed), 1 quiz questions',
    );
    expect(existsSync(join(root, SEARCH_RECORDS_FILE))).toBe(false);
    const files = readdirSync(join(root, 'pagefind'));
    expect(files).toEqual(
      expect.arrayContaining([
        'pagefind.js',
        'pagefind-worker.js',
        'pagefind-entry.json',
        'wasm.en.pagefind',
      ]),
    );
    expect(files.filter((f) => /ui|highlight|playground|unknown/.test(f))).toEqual([]);
  });
});
