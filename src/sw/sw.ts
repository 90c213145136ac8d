// The service worker, bundled into the build's sw.js by src/integrations/service-worker.ts. Thin on
// purpose: every rule it follows is in src/pwa/worker-rules.ts, where it is tested.
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types';
import {
  cleanupOutdatedCaches,
  matchPrecache,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst, NetworkOnly } from 'workbox-strategies';
import {
  CACHE_ID,
  DIRECTORY_INDEX,
  DOWNLOADS_CACHE,
  IGNORED_URL_PARAMETERS,
  OFFLINE_PAGE,
  isExportDownload,
  isConnectivityProbe,
  isSkipWaitingMessage,
  offlineProbeResponse,
  precacheUrlVariants,
} from '../pwa/worker-rules';

// The little of the worker's global scope used here (the project's types are the DOM's).
declare const self: {
  /** Replaced by workbox-build with the list of the build's files and their revisions. */
  __WB_MANIFEST: (PrecacheEntry | string)[];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
};

setCacheNameDetails({ prefix: CACHE_ID });

// Every page and asset is served from the precache, so a page never mixes two builds' files.
precacheAndRoute(self.__WB_MANIFEST, {
  ignoreURLParametersMatching: IGNORED_URL_PARAMETERS,
  directoryIndex: DIRECTORY_INDEX,
  cleanURLs: false,
  urlManipulation: ({ url }) => precacheUrlVariants(url),
});
cleanupOutdatedCaches();

// Other navigations go to the network, so an unknown address online still gets the site's 404;
// when the network is gone they get the offline page instead of the browser's error.
const offlinePage: WorkboxPlugin = { handlerDidError: () => matchPrecache(OFFLINE_PAGE) };
registerRoute(new NavigationRoute(new NetworkOnly({ plugins: [offlinePage] })));

// The page's connectivity probe always goes to the network. When the network is gone the worker
// answers it itself, marked offline, so the page learns it without a failed request in its console.
const probeAnswer: WorkboxPlugin = {
  handlerDidError: () => Promise.resolve(offlineProbeResponse()),
};
registerRoute(
  ({ url }) => isConnectivityProbe(url, location.origin),
  new NetworkOnly({ plugins: [probeAnswer] }),
  'HEAD',
);

// The export files are not precached: the network first (so a new build's file wins), and the
// copy kept from the last download when the network is gone.
registerRoute(
  ({ url }) => isExportDownload(url, location.origin),
  new NetworkFirst({ cacheName: DOWNLOADS_CACHE }),
);

// The first install takes over the open page at once; an update waits until the learner asks.
clientsClaim();
self.addEventListener('message', (event) => {
  if (isSkipWaitingMessage(event.data)) void self.skipWaiting();
});
