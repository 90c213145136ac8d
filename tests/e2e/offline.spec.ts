import { expect, test } from '@playwright/test';
import { collectErrors } from './support/helpers';
import { checkWholeCourseOffline, waitForServiceWorker } from './support/pwa';

// After one visit, the whole course works with the network off (see support/pwa.ts).
test('after one visit every lesson, quiz, simulator, challenge, search, an exam guide and the progress page work offline', async ({
  page,
  context,
}) => {
  const errors = collectErrors(page);
  await checkWholeCourseOffline(page, context, process.env['PODNET_OUT_DIR'] ?? './dist');
  expect(errors).toEqual([]);
});

test('the offline badge follows the network and is announced, and is gone when online', async ({
  page,
  context,
}) => {
  await page.goto('./');
  const badge = page.locator('[data-offline-badge]');
  await expect(badge).toBeHidden();
  await context.setOffline(true);
  await expect(badge).toBeVisible();
  await expect(page.locator('[data-connectivity-announcer]')).toHaveText(/^You are offline\./);
  await context.setOffline(false);
  await expect(badge).toBeHidden();
  await expect(page.locator('[data-connectivity-announcer]')).toHaveText('You are back online.');
});

test('the connectivity probe is answered by the worker while offline, by the server online, and logs nothing', async ({
  page,
  context,
}) => {
  const errors = collectErrors(page);
  await page.goto('./');
  await waitForServiceWorker(page);
  // The probe exactly as the badge sends it; the answer's marker says who answered.
  const probe = () =>
    page.evaluate(async () => {
      const url = `manifest.webmanifest?connectivity=${String(Date.now())}`;
      const response = await fetch(url, { method: 'HEAD', cache: 'no-store' });
      return response.headers.get('x-podnet-connectivity') ?? 'server';
    });
  expect(await probe()).toBe('server');
  await context.setOffline(true);
  expect(await probe()).toBe('offline');
  await context.setOffline(false);
  await expect.poll(probe).toBe('server');
  expect(errors).toEqual([]);
});

test('online, an unknown address still gets the site 404, with the worker in control', async ({
  page,
}) => {
  await page.goto('./');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  const response = await page.goto('no-such-lesson/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
