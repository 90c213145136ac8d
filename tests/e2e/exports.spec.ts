import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './support/helpers';
import { waitForServiceWorker } from './support/pwa';

// The instructors' page: every download link answers with a non-empty file of the right type,
// online and offline once downloaded (the service worker keeps each file from its first download).

const SETS = ['saa-c03', 'ccna', 'kubernetes', 'all'];
const TYPES: Record<string, RegExp> = {
  '.gift.txt': /^text\/plain/,
  '.moodle.xml': /^(application|text)\/xml/,
  '.qti.zip': /^application\/zip/,
  '.anki.txt': /^text\/plain/,
};
const FILES = SETS.flatMap((set) => Object.keys(TYPES).map((suffix) => `podnet-${set}${suffix}`));

/** The download links of the page: absolute href and download attribute. */
async function downloadLinks(page: Page): Promise<{ href: string; download: string | null }[]> {
  return page.locator('main a[download]').evaluateAll((links) =>
    links.map((a) => ({
      href: (a as HTMLAnchorElement).href,
      download: a.getAttribute('download'),
    })),
  );
}

test('the footer leads to the page, which links every set in every format with the download attribute', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('./');
  await page.getByRole('contentinfo').getByRole('link', { name: 'For instructors' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Question exports' })).toBeVisible();
  await expect(page.getByText(/seeds 2026 to \d{4}/)).toBeVisible();
  const links = await downloadLinks(page);
  expect(links.map((l) => l.download)).toEqual(FILES);
  expect(links.map((l) => new URL(l.href).pathname.split('/').pop())).toEqual(FILES);
  expect(errors).toEqual([]);
});

test('every download answers 200 with its media type and a non-empty body', async ({ page }) => {
  await page.goto('exports/');
  for (const { href, download } of await downloadLinks(page)) {
    const response = await page.request.get(href);
    expect(response.status(), href).toBe(200);
    const suffix = Object.keys(TYPES).find((s) => download?.endsWith(s)) ?? '';
    expect(response.headers()['content-type'], href).toMatch(TYPES[suffix] ?? /^$/);
    const body = await response.body();
    expect(body.length, href).toBeGreaterThan(100);
    if (suffix === '.qti.zip') expect(body.subarray(0, 2).toString('latin1')).toBe('PK');
    if (suffix === '.anki.txt') expect(body.toString('utf8')).toMatch(/^#separator:tab\n/);
    if (suffix === '.moodle.xml') expect(body.toString('utf8')).toMatch(/^<\?xml /);
  }
});

// The export files are not precached (about 8 MB): the worker keeps each from its first download,
// so the page works offline after one visit and every file once it has been downloaded.
test('after one visit the page works offline, and every file once downloaded', async ({
  page,
  context,
}) => {
  await page.goto('exports/');
  await waitForServiceWorker(page);
  await page.reload();
  const hrefs = (await downloadLinks(page)).map((l) => l.href);
  expect(hrefs).toHaveLength(FILES.length);
  const online = await page.evaluate(
    (urls) => Promise.all(urls.map(async (url) => (await fetch(url)).status)),
    hrefs,
  );
  expect(online).toEqual(hrefs.map(() => 200));
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Question exports' })).toBeVisible();
  const sizes = await page.evaluate(
    (urls) =>
      Promise.all(
        urls.map(async (url) => {
          const response = await fetch(url);
          return response.ok ? (await response.arrayBuffer()).byteLength : -response.status;
        }),
      ),
    hrefs,
  );
  for (const [i, size] of sizes.entries()) expect(size, hrefs[i]).toBeGreaterThan(100);
  await context.setOffline(false);
});

test('the page has no serious axe violations, in both themes', async ({ page }) => {
  await page.goto('exports/');
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => (document.documentElement.dataset['theme'] = t), theme);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${theme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  }
});
