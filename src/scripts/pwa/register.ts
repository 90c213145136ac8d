// Registers the service worker and offers each new build with the update banner. Nothing reloads on
// its own: the new version takes over only when the learner presses Reload, and never while an
// exam runs (<html data-exam-active="true">, see the README's "Updates" section).
import {
  UPDATE_CHECK_INTERVAL_MS,
  isExamActive,
  shouldCheckForUpdate,
  shouldOfferUpdate,
} from '~/pwa/update-policy';
import { SKIP_WAITING_MESSAGE } from '~/pwa/worker-rules';

/** Registers the worker in production builds; `onCheckFailed` hears when the server is not reached. */
export function registerServiceWorker(onCheckFailed: () => void): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  const register = (): void => {
    navigator.serviceWorker
      .register(`${base}sw.js`, { scope: base })
      .then((registration) => watchForUpdates(registration, onCheckFailed))
      // Without a worker the site still works online; there is nothing to tell the learner.
      .catch(() => undefined);
  };
  // The first install downloads the whole course: let the page load and its islands hydrate first.
  const whenIdle = (): void => {
    // Safari has no requestIdleCallback: a short delay does the same there.
    if (typeof window.requestIdleCallback === 'function') {
      window.requestIdleCallback(register, { timeout: 5_000 });
    } else setTimeout(register, 1_000);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}

// Asks for a new build on start, when the page comes back into view and hourly; offers it when found.
function watchForUpdates(registration: ServiceWorkerRegistration, onCheckFailed: () => void): void {
  const offer = (): void => {
    if (registration.waiting && navigator.serviceWorker.controller) {
      bindBanner(registration.waiting);
    }
  };
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') offer();
    });
  });
  let lastCheck: number | null = null;
  const check = (): void => {
    // Offline for sure: asking would only fail. (Online may be wrong; a failure says so.)
    if (!navigator.onLine || !shouldCheckForUpdate(Date.now(), lastCheck)) return;
    lastCheck = Date.now();
    registration.update().catch(onCheckFailed);
  };
  offer();
  check();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
  window.addEventListener('focus', check);
  window.setInterval(check, UPDATE_CHECK_INTERVAL_MS);
}

let boundTo: ServiceWorker | null = null;

// Shows the banner for a waiting worker (once per worker), holding it back while an exam runs.
function bindBanner(waiting: ServiceWorker): void {
  const banner = document.querySelector<HTMLElement>('[data-update-banner]');
  if (!banner || boundTo === waiting) return;
  boundTo = waiting;
  let dismissed = false;
  const render = (): void => {
    banner.hidden = !shouldOfferUpdate({
      waiting: true,
      controlled: true,
      examActive: isExamActive(document.documentElement.dataset['examActive']),
      dismissed,
    });
  };
  new MutationObserver(render).observe(document.documentElement, {
    attributeFilter: ['data-exam-active'],
  });
  banner.querySelector('[data-update-dismiss]')?.addEventListener('click', () => {
    dismissed = true;
    render();
  });
  banner.querySelector('[data-update-reload]')?.addEventListener('click', () => activate(waiting));
  render();
}

let reloading = false;

// Lets the waiting worker take over, then reloads this page once, when it has.
function activate(waiting: ServiceWorker): void {
  const reloadOnce = (): void => {
    if (reloading) return;
    reloading = true;
    window.location.reload();
  };
  // Another tab may have activated it already: then this page only needs its reload.
  if (navigator.serviceWorker.controller === waiting || waiting.state === 'activated') {
    return reloadOnce();
  }
  navigator.serviceWorker.addEventListener('controllerchange', reloadOnce);
  waiting.postMessage(SKIP_WAITING_MESSAGE);
}
