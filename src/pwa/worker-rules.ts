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
