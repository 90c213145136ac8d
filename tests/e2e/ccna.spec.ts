import { expect, test } from '@playwright/test';
import { collectErrors, hydrateAll, waitForIslands } from './support/helpers';

// The CCNA module as a learner meets it: the route lookup finds the next hop the way IOS does and
// says what is wrong with bad input beside the field, and a lesson whose bank is larger than a
// lesson quiz shows a quiz-sized part and opens practice on the whole bank in one click.

test('the route lookup picks the longest prefix, falls back to the default route, and explains bad input', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('lessons/ccna/ip-routing/');
  const sim = page.locator('#route-lookup');
  await sim.scrollIntoViewIfNeeded();
  await waitForIslands(sim);

  // The build-time answer: 10.20.30.70 goes by the static /27, resolved through 10.0.12.0/30.
  await expect(sim.locator('.rtl-decision')).toHaveText(
    'Forward to the next hop 10.0.12.2 out GigabitEthernet0/1.',
  );
  const destination = sim.getByLabel('Destination address');
  await destination.fill('10.20.30.200');
  await expect(sim.locator('.rtl-winner')).toContainText('10.20.30.0/24');
  await destination.fill('172.16.44.1');
  await expect(sim.locator('.rtl-winner')).toContainText('0.0.0.0/0');
  await expect(sim.locator('.rtl-decision')).toContainText('203.0.113.1');

  // A typo is named beside the field; the last good answer stays on screen, dimmed.
  await destination.fill('10.20.300.1');
  await destination.blur();
  await expect(destination).toHaveAttribute('aria-invalid', 'true');
  await expect(sim.getByRole('alert')).toBeVisible();
  await expect(sim.locator('.rtl-result')).toHaveAttribute('data-stale', 'true');
  await expect(sim.locator('.rtl-decision')).toContainText('203.0.113.1');

  // Removing the default route leaves 172.16.44.1 with no route at all.
  await destination.fill('172.16.44.1');
  const table = sim.getByLabel(/^Routing table/);
  const text = await table.inputValue();
  await table.fill(text.replace(/^S\*.*$/m, ''));
  await table.blur();
  await expect(sim.locator('.rtl-decision')).toContainText(/drop/i);
  expect(errors).toEqual([]);
});

test('a CCNA lesson quiz shows part of a large bank and practises all of it on the review page', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('lessons/ccna/ip-routing/');
  const intro = page.locator('.quiz-intro');
  await expect(intro).toContainText(/24 of the bank's \d+ questions/);
  const size = Number(/of the bank's (\d+)/.exec((await intro.textContent()) ?? '')?.[1]);
  expect(size).toBeGreaterThan(24);
  await expect(page.locator('.quiz [id^="question-"]')).toHaveCount(24);
  await intro
    .getByRole('link', { name: `Practise all ${String(size)} on the review page` })
    .click();
  await hydrateAll(page);
  await expect(page.getByRole('heading', { name: /^Practise: / })).toBeVisible();
  await expect(page.getByText('Question 1 of 10')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the CCNA guide maps every v2.0 domain to the new lessons', async ({ page }) => {
  await page.goto('exams/guide/ccna/');
  for (const lesson of [
    'Infrastructure',
    'VLANs',
    'Rapid PVST',
    'routing',
    'services',
    'operations',
  ]) {
    await expect(
      page.locator('main a[href*="/lessons/ccna/"]', { hasText: new RegExp(lesson, 'i') }).first(),
    ).toBeVisible();
  }
});
