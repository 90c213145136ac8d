import { expect, test } from '@playwright/test';
import { LESSON_PATH } from './support/helpers';

test('completion made in one tab shows up live in another', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto(LESSON_PATH);
  await second.goto('./');
  await expect(second.getByText('0 of 1 lesson complete').first()).toBeVisible();
  await first.getByRole('button', { name: 'Mark complete' }).click();
  await expect(second.getByText('1 of 1 lesson complete').first()).toBeVisible();
});

test('the theme choice persists across reloads and pages', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto(LESSON_PATH);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  await page.getByLabel('Theme').selectOption('auto');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('the keyboard reaches the skip link first and it jumps to the content', async ({ page }) => {
  await page.goto(LESSON_PATH);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main-content$/);
});
