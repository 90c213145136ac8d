import { expect, test } from '@playwright/test';
import { collectErrors, hydrateAll } from './support/helpers';
import { checkInstallable } from './support/manifest';
import { checkWholeCourseOffline } from './support/pwa';

// The same site built with PODNET_BASE=/podnet/ works under that folder: links, assets, islands.
test('the site works under a /podnet/ base path', async ({ page }) => {
  const errors = collectErrors(page);
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: /Start with/ }).click();
  await expect(page).toHaveURL(/\/podnet\/lessons\/foundations\/network-model\/$/);
  await hydrateAll(page);
  await page.getByRole('button', { name: 'Mark complete' }).click();
  await expect(page.getByText('Completed ✓')).toBeVisible();
  await page.getByRole('link', { name: 'Podnet' }).first().click();
  await expect(page).toHaveURL(/\/podnet\/$/);
  await expect(page.getByText('1 of 1 lesson complete').first()).toBeVisible();
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
});

test('an unknown address under the base path gets the 404 page', async ({ page }) => {
  const response = await page.goto('no-such-lesson/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the course map' }).click();
  await expect(page).toHaveURL(/\/podnet\/$/);
});

test('under the base path, the whole course works offline after one visit', async ({
  page,
  context,
}) => {
  const errors = collectErrors(page);
  await checkWholeCourseOffline(
    page,
    context,
    process.env['PODNET_BASE_OUT_DIR'] ?? './dist-podnet',
  );
  expect(errors).toEqual([]);
});

test('under the base path, the manifest keeps start_url, scope and icons in /podnet/', async ({
  page,
  context,
  baseURL,
}) => {
  await checkInstallable(page, context, baseURL ?? '');
});
