// The header's offline badge. navigator.onLine alone is not trusted to say "online" (it is true on a
// network without internet), so every change, and every failed request reported here, is confirmed
// by asking the site's own server for a file that the service worker never answers from its cache.

import { CONNECTIVITY_PARAMETER, probeReachedServer } from '../../pwa/worker-rules';

type Connectivity = 'online' | 'offline';

const BACK_ONLINE_TEXT = 'You are back online.';
/** While offline, look again this often, in case no "online" event ever comes. */
const OFFLINE_RECHECK_MS = 30_000;

/** Shows and announces the offline badge; returns a function that re-confirms the state. */
export function bindConnectivity(): () => void {
  const badge = document.querySelector<HTMLElement>('[data-offline-badge]');
  const announcer = document.querySelector<HTMLElement>('[data-connectivity-announcer]');
  if (!badge) return () => undefined;
  let state: Connectivity = navigator.onLine ? 'online' : 'offline';
  let timer: number | undefined;

  const show = (next: Connectivity, announce: boolean): void => {
    if (announce && next !== state && announcer) {
      announcer.textContent = next === 'offline' ? (badge.title ?? '') : BACK_ONLINE_TEXT;
    }
    state = next;
    badge.hidden = next === 'online';
    window.clearInterval(timer);
    if (next === 'offline') timer = window.setInterval(confirm, OFFLINE_RECHECK_MS);
  };
  const confirm = (): void => {
    void probe().then((reachable) => show(reachable ? 'online' : 'offline', true));
  };

  show(state, false);
  // Offline according to the browser is reliable; online needs the server's word for it.
  window.addEventListener('offline', () => show('offline', true));
  window.addEventListener('online', confirm);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && state === 'offline') confirm();
  });
  // A page served by the worker may have come from its cache: check that the server answers.
  if (state === 'online' && navigator.serviceWorker?.controller) confirm();
  return confirm;
}

// Whether the site's server answers at all (any status will do); never served from a cache. With
// the service worker in control, a probe the network cannot carry is answered by the worker and
// marked offline (no failed request reaches the console); without it, fetch rejects.
async function probe(): Promise<boolean> {
  if (!navigator.onLine) return false;
  try {
    const url = `${import.meta.env.BASE_URL}manifest.webmanifest?${CONNECTIVITY_PARAMETER}=${Date.now()}`;
    return probeReachedServer(await fetch(url, { method: 'HEAD', cache: 'no-store' }));
  } catch {
    return false;
  }
}
