import { expect, type BrowserContext, type Page } from '@playwright/test';
import { waitForServiceWorker } from './pwa';

interface Manifest {
  name: string;
  short_name: string;
  display: string;
  start_url: string;
  scope: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
}

/**
 * Checks the manifest a page links (parses, names, start_url and scope at the site's base, every
 * icon loads at its stated size) and that Chromium finds the site installable.
 */
export async function checkInstallable(
  page: Page,
  context: BrowserContext,
  baseURL: string,
): Promise<void> {
  const basePath = new URL(baseURL).pathname;
  await page.goto('./');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe(`${basePath}manifest.webmanifest`);
  const response = await page.request.get(new URL(href ?? '', page.url()).href);
  expect(response.status()).toBe(200);
  const manifest = (await response.json()) as Manifest;
  expect(manifest.name).toBe('Podnet — Kubernetes networking course');
  expect(manifest.short_name).toBe('Podnet');
  expect(manifest.display).toBe('standalone');
  expect(manifest.start_url).toBe(basePath);
  expect(manifest.scope).toBe(basePath);
  expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(
    expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
  );
  for (const icon of manifest.icons) await checkIcon(page, icon.src, icon.sizes, icon.type);
  const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  await checkIcon(page, apple ?? '', '180x180', 'image/png');

  // Chromium's own verdict, once the worker runs. Playwright's contexts are incognito, which
  // alone bars installing; any other reason is a real problem.
  await waitForServiceWorker(page);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
    installabilityErrors: { errorId: string }[];
  };
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual(
    [],
  );
  const { errors } = (await cdp.send('Page.getAppManifest')) as { errors: unknown[] };
  expect(errors).toEqual([]);
}

// Fetches an icon and checks its type and, for a PNG, the size in its header.
async function checkIcon(page: Page, src: string, sizes: string, type: string): Promise<void> {
  const response = await page.request.get(new URL(src, page.url()).href);
  expect(response.status(), src).toBe(200);
  expect(response.headers()['content-type'], src).toContain(type);
  if (type !== 'image/png') return;
  const png = await response.body();
  // A PNG's IHDR chunk holds its width and height, big-endian, at bytes 16 and 20.
  expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, src).toBe(sizes);
}
