// Which files of the build the service worker precaches, and the check of what that costs.

/** The whole precache must stay under this (DESIGN.md, "Budgets"). */
export const PRECACHE_BUDGET_BYTES = 15 * 1024 * 1024;

/** No single file may be larger: workbox would leave it out and it would silently not work offline. */
export const MAX_PRECACHED_FILE_BYTES = 5 * 1024 * 1024;

/** The glob options of workbox-build's injectManifest, relative to the build folder. */
export interface PrecacheGlobs {
  globPatterns: string[];
  globIgnores: string[];
  dontCacheBustURLsMatching: RegExp;
  maximumFileSizeToCacheInBytes: number;
}

/** Every page and asset of the build, except the worker itself and files no page uses. */
export function precacheGlobs(): PrecacheGlobs {
  return {
    globPatterns: ['**/*'],
    globIgnores: [
      'sw.js',
      '**/*.map',
      // Search engines read the sitemap; a learner offline never does.
      'sitemap*.xml',
      // The instructors' export files (about 8 MB); the worker caches each on its first download
      // (worker-rules.ts, isExportDownload). Their page is precached.
      'exports/podnet-*',
    ],
    // Astro's bundles carry a content hash in their names: no revision needed.
    dontCacheBustURLsMatching: /^_astro\//,
    maximumFileSizeToCacheInBytes: MAX_PRECACHED_FILE_BYTES,
  };
}

/** What workbox-build reports after writing the worker. */
export interface PrecacheResult {
  count: number;
  size: number;
  warnings: string[];
}

/** The build log line for the precache, and the problems that must fail the build. */
export function precacheReport(
  result: PrecacheResult,
  budget = PRECACHE_BUDGET_BYTES,
): { summary: string; problems: string[] } {
  const summary = `precache: ${result.count} files, ${formatMegabytes(result.size)} (budget ${formatMegabytes(budget)})`;
  const problems = [...result.warnings];
  if (result.size > budget) {
    problems.push(
      `the precache is ${formatMegabytes(result.size)}, over its budget of ${formatMegabytes(budget)}`,
    );
  }
  if (result.count === 0) problems.push('the precache is empty: no file of the build matched');
  return { summary, problems };
}

/** Bytes as megabytes (MiB) with two decimals, e.g. "1.25 MB". */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(2)} MB`;
}
