import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { collectErrors, cspViolations, hydrateAll, recordCspViolations } from './support/helpers';

// Every built page, found by walking dist/ (not a hand-kept list), as a path under the base.
function builtPages(): string[] {
  const outDir = process.env['PODNET_OUT_DIR'] ?? './dist';
  const root = new URL(`../../${outDir.replace(/^\.\//, '')}/`, import.meta.url).pathname;
  const pages: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) pages.push(relative(root, path).replace(/index\.html$/, ''));
    }
  };
  walk(root);
  return pages.sort();
}

const pages = builtPages();

test('the build has the pages a learner needs', () => {
  expect(pages).toContain('');
  expect(pages).toContain('404.html');
  expect(pages).toContain('lessons/foundations/network-model/');
  expect(pages).toContain('lessons/policy/network-policies/');
  expect(pages).toContain('lessons/policy/network-policy-recipes/');
});

for (const path of pages) {
  test(`page /${path}: no console errors, no broken internal links, no serious axe violations, no foreign requests`, async ({
    page,
    baseURL,
  }) => {
    // Axe in two themes over a long lesson takes tens of seconds on a loaded 2-core machine.
    test.slow();
    const errors = collectErrors(page);
    await recordCspViolations(page);
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['http:', 'https:'].includes(url.protocol)) return;
      if (url.origin !== new URL(baseURL ?? '').origin) foreign.push(request.url());
    });
    const response = await page.goto(path);
    expect(response?.ok()).toBe(true);
    await hydrateAll(page);

    // Internal links: every target answers 200 and every #fragment exists on its page.
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    const origin = new URL(page.url()).origin;
    const internal = [...new Set(hrefs.filter((href) => href.startsWith(origin)))];
    for (const href of internal) {
      const url = new URL(href);
      const target = await page.request.get(url.origin + url.pathname);
      expect(target.status(), `link ${href} on /${path}`).toBe(200);
      if (url.hash && url.pathname === new URL(page.url()).pathname) {
        const id = decodeURIComponent(url.hash.slice(1));
        expect(await page.locator(`[id="${id}"]`).count(), `anchor ${url.hash} on /${path}`).toBe(
          1,
        );
      }
    }

    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((t) => (document.documentElement.dataset['theme'] = t), theme);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${theme}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
      expect(serious, `axe on /${path}`).toEqual([]);
    }
    expect(errors).toEqual([]);
    // Headings never skip a level on the way down (islands' headings included).
    const levels = await page
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((hs) => hs.map((h) => Number(h.tagName.slice(1))));
    const skips = levels.flatMap((level, i) =>
      i > 0 && level > (levels[i - 1] ?? 0) + 1 ? [`h${levels[i - 1]} → h${level}`] : [],
    );
    expect(skips, `heading levels skipped on /${path}`).toEqual([]);
    // The page carries a CSP, and nothing on it (hydrated islands included) broke it.
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
    expect(await cspViolations(page)).toEqual([]);
    // Privacy: nothing is fetched from any origin but the site's own.
    expect(foreign, `requests to other origins from /${path}`).toEqual([]);
  });
}

test('the Content Security Policy blocks injected inline script and foreign scripts', async ({
  page,
}) => {
  await recordCspViolations(page);
  await page.goto('./');
  await page.evaluate(() => {
    // What an HTML injection would try: an inline handler, an inline script, a foreign script.
    document.body.insertAdjacentHTML(
      'beforeend',
      '<img src="data:," onerror="window.podnetXss=1">',
    );
    const inline = document.createElement('script');
    inline.textContent = 'window.podnetXss = 2';
    document.body.append(inline);
    const foreign = document.createElement('script');
    foreign.src = 'https://evil.example/x.js';
    document.body.append(foreign);
  });
  await expect.poll(async () => (await cspViolations(page)).length).toBeGreaterThanOrEqual(3);
  expect(await page.evaluate(() => (window as { podnetXss?: number }).podnetXss)).toBeUndefined();
});

test('the build has a _headers file with security headers and every page’s CSP', () => {
  const outDir = process.env['PODNET_OUT_DIR'] ?? './dist';
  const headers = readFileSync(
    new URL(`../../${outDir.replace(/^\.\//, '')}/_headers`, import.meta.url),
    'utf8',
  );
  expect(headers).toContain('X-Content-Type-Options: nosniff');
  for (const path of pages) {
    expect(headers, path).toContain(`\n/${path}\n  Content-Security-Policy: default-src 'self'`);
  }
});
