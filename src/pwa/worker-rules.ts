// What the service worker (src/sw/sw.ts) decides, as plain data and pure functions: its cache id,
// the URL rules of its precache lookups, its offline page and the message that activates an update.

/** Prefix of every cache the worker creates, so they are easy to find and never collide. */
export const CACHE_ID = 'podnet';

/** The page served, from the precache, for a navigation that fails because the network is gone. */
export const OFFLINE_PAGE = 'offline/index.html';

/**
 * Query parameters ignored when a request is looked up in the precache. `ts` is Pagefind's cache
 * buster on pagefind-entry.json: without it, offline search finds nothing.
 */
export const IGNORED_URL_PARAMETERS: RegExp[] = [/^utm_/, /^fbclid$/, /^ts$/];

/** The precached file a URL that ends in "/" stands for. */
export const DIRECTORY_INDEX = 'index.html';

/** The query parameter that marks the page's connectivity probe (src/scripts/pwa/connectivity.ts). */
export const CONNECTIVITY_PARAMETER = 'connectivity';

/** The header, and its value, with which the worker answers a probe that the network could not carry. */
export const OFFLINE_PROBE_HEADER = { name: 'x-podnet-connectivity', value: 'offline' } as const;

/** The message a page posts to the waiting worker when the learner asks for the new version. */
export const SKIP_WAITING_MESSAGE = { type: 'SKIP_WAITING' } as const;

/** Other precache URLs a request may stand for: a page asked for without its "/" (`/x` → `/x/index.html`). */
export function precacheUrlVariants(url: URL): URL[] {
  const path = url.pathname;
  const lastSegment = path.slice(path.lastIndexOf('/') + 1);
  if (lastSegment === '' || lastSegment.includes('.')) return [];
  const variant = new URL(url.href);
  variant.pathname = `${path}/${DIRECTORY_INDEX}`;
  variant.search = '';
  variant.hash = '';
  return [variant];
}

/** Whether a message posted to the worker asks it to activate now. */
export function isSkipWaitingMessage(data: unknown): boolean {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { type?: unknown }).type === SKIP_WAITING_MESSAGE.type
  );
}

/** Whether a request is the page's connectivity probe: same origin, marked by its query parameter. */
export function isConnectivityProbe(url: URL, workerOrigin: string): boolean {
  return url.origin === workerOrigin && url.searchParams.has(CONNECTIVITY_PARAMETER);
}

/**
 * The worker's answer to a probe that found no network. A success status with a header that says
 * "offline", not a network error or a 5xx: Chromium logs both of those in the page's console.
 */
export function offlineProbeResponse(): Response {
  return new Response(null, {
    status: 200,
    headers: {
      [OFFLINE_PROBE_HEADER.name]: OFFLINE_PROBE_HEADER.value,
      'cache-control': 'no-store',
    },
  });
}

/** Whether a probe's response says that the server was reached (any answer but the worker's own). */
export function probeReachedServer(response: Response): boolean {
  return response.headers.get(OFFLINE_PROBE_HEADER.name) !== OFFLINE_PROBE_HEADER.value;
}

/**
 * The instructors' downloads (`exports/podnet-<set>.<format>`): every question in four formats,
 * about 8 MB in all, so they are not precached (DESIGN's precache budget is 15 MB, and a learner
 * revising offline needs the lessons, the exams and the review page, not the instructors' files).
 * The worker keeps a copy of each one the first time it is downloaded, so it works offline after.
 */
export const DOWNLOADS_CACHE = `${CACHE_ID}-downloads`;

/** Whether a request is for one of the export files the worker caches on first download. */
export function isExportDownload(url: URL, workerOrigin: string): boolean {
  return url.origin === workerOrigin && /\/exports\/podnet-[a-z0-9-]+\.[a-z.]+$/.test(url.pathname);
}
