import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { writeServiceWorker } from '../../src/integrations/service-worker';
import { collectErrors } from './support/helpers';
import { waitForServiceWorker } from './support/pwa';
import { startStaticServer, type SwitchableServer } from './support/static-server';

// Two deploys of the same site: build A as built, build B with a changed home page and a service
// worker generated again over it (so its precache revisions really change), served by one host
// whose folder is switched mid-test.
const outDir = new URL(
  `../../${(process.env['PODNET_OUT_DIR'] ?? './dist').replace(/^\.\//, '')}/`,
  import.meta.url,
).pathname;
const MARK = ' (build B)';
let work: string;
let server: SwitchableServer;

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'podnet-update-'));
  cpSync(outDir, join(work, 'a'), { recursive: true });
  cpSync(outDir, join(work, 'b'), { recursive: true });
  const home = join(work, 'b', 'index.html');
  writeFileSync(home, readFileSync(home, 'utf8').replace('</h1>', `${MARK}</h1>`));
  await writeServiceWorker(join(work, 'b'));
  server = await startStaticServer(join(work, 'a'));
});

test.afterAll(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

// Asks the registration to look for a new worker now, as the page does on focus or hourly.
async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
}

test('a new build is offered politely, waits for an exam, and Reload shows it with one reload', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const banner = page
    .getByRole('status')
    .filter({ hasText: 'A new version of Podnet is available' });
  await page.goto(server.url);
  await waitForServiceWorker(page);
  // The very first install is no update: no banner.
  await checkForUpdate(page);
  await expect(banner).toBeHidden();

  // A new deploy while an exam runs: the new worker waits, and so does the banner.
  server.serve(join(work, 'b'));
  await page.evaluate(() => (document.documentElement.dataset['examActive'] = 'true'));
  await checkForUpdate(page);
  await page.waitForFunction(async () =>
    Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
  );
  await expect(banner).toBeHidden();
  await page.evaluate(() => delete document.documentElement.dataset['examActive']);
  await expect(banner).toBeVisible();

  // Until the learner asks, pages still come whole from the old build.
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText(MARK);
  await expect(banner).toBeVisible();

  // "Not now" hides it on this page; it comes back on the next.
  await banner.getByRole('button', { name: 'Not now' }).click();
  await expect(banner).toBeHidden();
  await page.goto(server.url);
  await expect(banner).toBeVisible();

  // Reload, by keyboard: the new build shows, after exactly one reload.
  let loads = 0;
  page.on('load', () => (loads += 1));
  await banner.getByRole('button', { name: 'Reload' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(MARK);
  await expect(banner).toBeHidden();
  // Give a reload loop the time to show itself: there must be none.
  await page.waitForTimeout(1_500);
  expect(loads).toBe(1);
  expect(errors).toEqual([]);
});
