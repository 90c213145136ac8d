import { expect, test } from '@playwright/test';
import {
  LESSON_PATH,
  collectErrors,
  hydrateAll,
  readBank,
  waitForIslands,
} from './support/helpers';
import { waitForServiceWorker } from './support/pwa';

// A question answered wrongly in a lesson quiz comes back on the review page once it is due
// (ten minutes later: the page's clock is moved on), and answering it there reschedules it.
test('a wrong quiz answer comes back as due on the review page and can be answered there', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto(LESSON_PATH);
  await hydrateAll(page);
  const [first] = readBank('network-model');
  if (!first) throw new Error('the network-model bank has no questions');
  const right = first.options.filter((o) => o.correct).map((o) => o.id);
  const wrong = first.options.find((o) => !o.correct)?.id ?? 'a';
  const form = page.locator('.quiz-island form.question').first();
  for (const id of [wrong, ...right.slice(1)]) await form.locator(`input[value="${id}"]`).check();
  await form.getByRole('button', { name: 'Check answer' }).click();
  await expect(form.locator('.question-verdict')).toHaveText('✗ Not quite.');

  // Right after the answer it is scheduled, but not due yet.
  await page.goto('review/');
  await waitForIslands(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
  await expect(page.getByText('Nothing is due right now.')).toBeVisible();
  await expect(page.getByText(/The next one is due in (9|10) minutes\./)).toBeVisible();

  // Eleven minutes on, the progress page links to it as due.
  await page.clock.setSystemTime(new Date(Date.now() + 11 * 60_000));
  await page.goto('progress/');
  await waitForIslands(page);
  await page.getByRole('link', { name: 'Review due (1)' }).click();
  await waitForIslands(page);
  await expect(page.getByText('1 question is due for review.')).toBeVisible();
  await page.getByRole('button', { name: 'Start review (1)' }).click();
  await expect(page.locator('#review-session-heading')).toHaveText('Review due');
  await expect(page.locator('.question-number')).toHaveText('Question 1 of 1');
  const card = page.locator('.review-session form.question');
  await expect(card.locator('.question-prompt')).toContainText(first.prompt.slice(0, 40));
  for (const id of right) await card.locator(`input[value="${id}"]`).check();
  await card.getByRole('button', { name: 'Check answer' }).click();
  await expect(card.locator('.question-verdict')).toHaveText('✓ Correct.');
  await expect(card.locator('.option-explanation').first()).toBeVisible();
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByText('Session done: 1 of 1 right.')).toBeVisible();
  await page.getByRole('button', { name: 'Back to review' }).first().click();
  await expect(page.getByText('Nothing is due right now.')).toBeVisible();
  await expect(page.getByText(/The next one is due in \d+ days?/)).toBeVisible();
  await expect(page.getByText('Review streak: 1 day.')).toBeVisible();
  expect(errors).toEqual([]);
});

test('Quick 10 runs ten questions, and the review page works offline after one visit', async ({
  page,
  context,
}) => {
  const errors = collectErrors(page);
  await page.goto('review/');
  await waitForServiceWorker(page);
  await waitForIslands(page);
  await context.setOffline(true);
  await page.reload();
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Start Quick 10' }).click();
  await expect(page.locator('#review-session-heading')).toHaveText('Quick 10');
  // The first card may be of any kind (generated questions join the pool), so find it by its text.
  await expect(page.getByText(/^Question 1 of 10$/)).toBeVisible();
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('button', { name: 'Answer today’s question' }).click();
  await expect(page.locator('#review-session-heading')).toHaveText('Question of the day');
  await expect(page.getByText(/^Question 1 of 1$/)).toBeVisible();
  await context.setOffline(false);
  expect(errors).toEqual([]);
});

// "Practise this" beside a weak topic on the progress page opens the review page on a session of
// that topic's questions alone; leaving it shows the review overview.
test('"Practise this" on a weak topic starts practice on that topic', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(LESSON_PATH);
  await hydrateAll(page);
  const bank = readBank('network-model') as (ReturnType<typeof readBank>[number] & {
    domain?: string;
  })[];
  const podNetworking = bank.filter((q) => q.domain === 'Pod networking').slice(0, 3);
  expect(podNetworking).toHaveLength(3);
  for (const question of podNetworking) {
    const form = page.locator(`#question-${question.id}`);
    const wrong = question.options.find((o) => !o.correct)?.id ?? 'a';
    const right = question.options.filter((o) => o.correct).map((o) => o.id);
    for (const id of [wrong, ...right.slice(1)]) await form.locator(`input[value="${id}"]`).check();
    await form.getByRole('button', { name: 'Check answer' }).click();
    await expect(form.locator('.question-verdict')).toHaveText('✗ Not quite.');
  }
  await page.goto('progress/');
  await waitForIslands(page);
  await page.getByRole('link', { name: /^Practise this ?: Pod networking$/ }).click();
  await waitForIslands(page);
  await expect(page.locator('#review-session-heading')).toHaveText('Practise: Pod networking');
  await expect(page).toHaveURL(/\/review\/$/);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('button', { name: 'Start Quick 10' })).toBeVisible();
  expect(errors).toEqual([]);
});
