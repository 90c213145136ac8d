import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LESSON_PATH, collectErrors, hydrateAll } from './support/helpers';
import { HEADING_SEARCH } from './support/pwa';

test('"/" opens search, the arrow keys pick a result and Enter goes to its heading', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('./');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await expect(dialog).toBeVisible();
  const field = dialog.getByRole('searchbox', { name: 'Search lessons and quiz questions' });
  await expect(field).toBeFocused();
  await page.keyboard.type(HEADING_SEARCH.query);
  await expect(dialog.getByRole('status')).toHaveText(
    new RegExp(`\\d+ results? for “${HEADING_SEARCH.query}”\\.`),
  );
  const target = dialog.getByRole('link', { name: new RegExp(`^.*${HEADING_SEARCH.heading}`) });
  await expect(target).toBeVisible();
  await expect(target.locator('mark').first()).toHaveText(/kernelspace/i);

  const links = dialog.getByRole('link');
  const count = await links.count();
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('ArrowDown');
    if (await target.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowDown');
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${LESSON_PATH}#${HEADING_SEARCH.id}$`));
  await expect(page.locator(`#${HEADING_SEARCH.id}`)).toBeInViewport();
  expect(errors).toEqual([]);
});

test('Esc closes search and focus goes back to the Search button', async ({ page }) => {
  await page.goto('./');
  const button = page.getByRole('button', { name: 'Search' });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await dialog.getByRole('searchbox').fill('pods');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('a search with no match says so, and a field keeps its "/"', async ({ page }) => {
  await page.goto(LESSON_PATH);
  await hydrateAll(page);
  // "/" typed into a form field is text, not the search shortcut.
  const cidr = page.getByLabel('Cluster CIDR').first();
  await cidr.fill('10.0.0.0');
  await cidr.press('/');
  await expect(cidr).toHaveValue('10.0.0.0/');
  await expect(page.getByRole('dialog', { name: 'Search the course' })).toBeHidden();

  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await dialog.getByRole('searchbox').fill('zebracrumpet');
  await expect(dialog.getByRole('status')).toHaveText('No results for “zebracrumpet”.');
  await expect(dialog.getByRole('link')).toHaveCount(0);
});

test('the open search dialog with results has no serious axe violations, in both themes', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await dialog.getByRole('searchbox').fill(HEADING_SEARCH.query);
  await expect(dialog.getByRole('link').first()).toBeVisible();
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => (document.documentElement.dataset['theme'] = t), theme);
    const results = await new AxeBuilder({ page })
      .include('dialog[data-search-dialog]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${theme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  }
});
