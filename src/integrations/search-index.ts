// An Astro integration that builds the Pagefind search index after the build: the lesson pages
// (their data-pagefind-body part) plus one record per quiz question, written to <build>/pagefind/.
// List it before serviceWorker() in astro.config.mjs, so the index is precached.
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { PAGEFIND_OPTIONS, UNUSED_PAGEFIND_FILES } from '../search/index-config';
import { SEARCH_RECORDS_FILE, type SearchRecord } from '../search/records';

/** The integration: indexes the built site, fails the build on any indexing error. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'podnet:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const summary = await writeSearchIndex(fileURLToPath(dir));
        logger.info(summary);
      },
    },
  };
}

/** Indexes the pages and quiz records of a built folder into `<outDir>/pagefind/`. */
export async function writeSearchIndex(outDir: string): Promise<string> {
  const recordsFile = join(outDir, SEARCH_RECORDS_FILE);
  const records = JSON.parse(await readFile(recordsFile, 'utf8')) as SearchRecord[];
  const { index, errors } = await pagefind.createIndex(PAGEFIND_OPTIONS);
  try {
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const pages = await index.addDirectory({ path: outDir });
    failOn(pages.errors);
    for (const record of records) failOn((await index.addCustomRecord(record)).errors);
    const pagefindDir = join(outDir, 'pagefind');
    failOn((await index.writeFiles({ outputPath: pagefindDir })).errors);
    for (const name of await readdir(pagefindDir)) {
      if (UNUSED_PAGEFIND_FILES.test(name)) {
        await rm(join(pagefindDir, name), { recursive: true });
      }
    }
    // The records were only input for the index; they are not part of the site.
    await rm(recordsFile);
    return `search index: ${pages.page_count} HTML files read (lesson bodies indexed), ${records.length} quiz questions`;
  } finally {
    await pagefind.close();
  }
}

// Throws the errors Pagefind reported, if any.
function failOn(errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind: ${errors.join('; ')}`);
}
