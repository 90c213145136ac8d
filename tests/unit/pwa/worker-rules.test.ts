import { describe, expect, it } from 'vitest';
import {
  CONNECTIVITY_PARAMETER,
  IGNORED_URL_PARAMETERS,
  OFFLINE_PAGE,
  SKIP_WAITING_MESSAGE,
  isExportDownload,
  isConnectivityProbe,
  isSkipWaitingMessage,
  offlineProbeResponse,
  precacheUrlVariants,
  probeReachedServer,
} from '~/pwa/worker-rules';

const variants = (href: string): string[] => precacheUrlVariants(new URL(href)).map((u) => u.href);

describe('precacheUrlVariants', () => {
  it('maps a page asked for without its slash to its index.html', () => {
    expect(variants('https://x.org/lessons/foundations/network-model')).toEqual([
      'https://x.org/lessons/foundations/network-model/index.html',
    ]);
  });

  it('does the same under a base path and drops the query and hash', () => {
    expect(variants('https://x.org/podnet/offline?from=home#top')).toEqual([
      'https://x.org/podnet/offline/index.html',
    ]);
  });

  it('adds nothing for a folder URL (the directory index covers it) or a file', () => {
    expect(variants('https://x.org/')).toEqual([]);
    expect(variants('https://x.org/lessons/')).toEqual([]);
    expect(variants('https://x.org/_astro/site.Ab12.js')).toEqual([]);
    expect(variants('https://x.org/pagefind/pagefind-entry.json?ts=123')).toEqual([]);
  });
});

describe('IGNORED_URL_PARAMETERS', () => {
  const ignored = (name: string): boolean => IGNORED_URL_PARAMETERS.some((re) => re.test(name));

  it("ignores Pagefind's ts cache buster and tracking parameters", () => {
    expect(ignored('ts')).toBe(true);
    expect(ignored('utm_source')).toBe(true);
    expect(ignored('fbclid')).toBe(true);
  });

  it('keeps every other parameter, so an online check is never answered from the cache', () => {
    expect(ignored('connectivity')).toBe(false);
    expect(ignored('tsx')).toBe(false);
    expect(ignored('page')).toBe(false);
  });
});

describe('worker messages and pages', () => {
  it('recognises only the skip-waiting message', () => {
    expect(isSkipWaitingMessage(SKIP_WAITING_MESSAGE)).toBe(true);
    expect(isSkipWaitingMessage({ type: 'SKIP_WAITING', extra: 1 })).toBe(true);
    expect(isSkipWaitingMessage({ type: 'OTHER' })).toBe(false);
    expect(isSkipWaitingMessage('SKIP_WAITING')).toBe(false);
    expect(isSkipWaitingMessage(null)).toBe(false);
  });

  it('names the offline page relative to the worker, so a base path works', () => {
    expect(OFFLINE_PAGE).toBe('offline/index.html');
  });
});

describe('the connectivity probe', () => {
  const probe = `https://x.org/podnet/manifest.webmanifest?${CONNECTIVITY_PARAMETER}=1733300000000`;

  it("is recognised by its parameter, on the worker's own origin only", () => {
    expect(isConnectivityProbe(new URL(probe), 'https://x.org')).toBe(true);
    expect(isConnectivityProbe(new URL(probe), 'https://other.org')).toBe(false);
    expect(
      isConnectivityProbe(new URL('https://x.org/manifest.webmanifest'), 'https://x.org'),
    ).toBe(false);
  });

  it('is answered offline with a success status (no console error) that the page reads as offline', () => {
    const answer = offlineProbeResponse();
    expect(answer.ok).toBe(true);
    expect(probeReachedServer(answer)).toBe(false);
  });

  it('counts any answer from the server as reached, an error status included', () => {
    expect(probeReachedServer(new Response(null, { status: 200 }))).toBe(true);
    expect(probeReachedServer(new Response(null, { status: 404 }))).toBe(true);
    expect(probeReachedServer(new Response(null, { status: 503 }))).toBe(true);
  });
});

describe('the export files', () => {
  it("are recognised on the worker's origin, under any base path, and no other file is", () => {
    const at = (path: string) => new URL(`https://x.org${path}`);
    expect(isExportDownload(at('/podnet/exports/podnet-all.gift.txt'), 'https://x.org')).toBe(true);
    expect(isExportDownload(at('/exports/podnet-all.qti.zip'), 'https://x.org')).toBe(true);
    expect(isExportDownload(at('/exports/podnet-saa-c03.moodle.xml'), 'https://x.org')).toBe(true);
    expect(isExportDownload(at('/exports/'), 'https://x.org')).toBe(false);
    expect(isExportDownload(at('/exports/index.html'), 'https://x.org')).toBe(false);
    expect(isExportDownload(at('/lessons/podnet-x.gift.txt'), 'https://x.org')).toBe(false);
    expect(isExportDownload(at('/exports/podnet-all.gift.txt'), 'https://other.org')).toBe(false);
  });
});
