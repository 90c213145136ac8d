import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectErrors, hydrateAll, waitForIslands } from './support/helpers';

// The lesson quiz beyond choice questions: a typed answer, an ordering, a matching (drag and
// drop) and a scenario, each checked, explained and kept after a reload; a missed one comes back
// on the review page and is answered there with the same controls.
const LESSON = 'lessons/addressing/ip-addressing/';
const card = (scope: Locator | Page, id: string) => scope.locator(`#question-${id}`);

test('typed, ordering, matching and scenario questions are checked, explained and kept', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto(LESSON);
  await hydrateAll(page);
  // The cards of these kinds replace their placeholders once their code has loaded.
  await expect(page.locator('.practice-card')).toHaveCount(4);

  // Typed: a wrong broadcast address is marked wrong, the key and the working are shown.
  const typed = card(page, 'ipa-typed-broadcast-slash-27');
  await typed.scrollIntoViewIfNeeded();
  const field = typed.getByLabel('Type your answer.');
  await expect(typed.getByRole('button', { name: 'Check answer' })).toBeDisabled();
  await field.fill('172.16.45.127');
  await typed.getByRole('button', { name: 'Check answer' }).click();
  await expect(typed.locator('.question-verdict')).toHaveText('✗ Not quite.');
  await expect(typed.locator('.exam-key-note')).toContainText('172.16.45.95');
  await expect(typed.getByRole('link', { name: 'The magic-number method' })).toBeVisible();

  // Ordering: the written order is the key; the card shows a shuffle, moved with Up and Down.
  const ordering = card(page, 'ipa-order-magic-number');
  await ordering.scrollIntoViewIfNeeded();
  const wanted = [
    'Find the interesting octet',
    'Subtract that mask octet',
    'Find the largest multiple',
    'Take the next multiple',
  ];
  for (let target = 0; target < wanted.length; target += 1) {
    const texts = await ordering.locator('.exam-order li').allTextContents();
    let at = texts.findIndex((t) => t.startsWith(wanted[target] ?? ''));
    while (at > target) {
      await ordering.locator('.exam-order li').nth(at).getByRole('button', { name: 'Up' }).click();
      at -= 1;
    }
  }
  await ordering.getByRole('button', { name: 'Check answer' }).click();
  await expect(ordering.locator('.question-verdict')).toHaveText('✓ Correct.');

  // Matching: each address to its range, the public one left at "none".
  const matching = card(page, 'ipa-match-special-ranges');
  await matching.scrollIntoViewIfNeeded();
  const place = async (item: string, target: string) =>
    matching.getByLabel(item, { exact: true }).selectOption({ label: target });
  await place('172.20.1.1', 'RFC 1918 private address space');
  await place('100.100.0.1', 'RFC 6598 shared address space (carrier-grade NAT)');
  await place('169.254.10.20', 'RFC 3927 IPv4 link-local');
  await place('198.51.100.7', 'RFC 5737 documentation (TEST-NET)');
  await matching.getByRole('button', { name: 'Check answer' }).click();
  await expect(matching.locator('.question-verdict')).toHaveText('✓ Correct.');

  // Scenario: every part must be answered before it can be checked.
  const scenario = card(page, 'ipa-scenario-branch-vlsm');
  await scenario.scrollIntoViewIfNeeded();
  const parts = scenario.getByLabel('Type your answer.');
  await parts.nth(0).fill('192.168.40.0/25');
  await parts.nth(1).fill('192.168.40.128/26');
  await expect(scenario.getByRole('button', { name: 'Check answer' })).toBeDisabled();
  await parts.nth(2).fill('192.168.40.195');
  await scenario.getByRole('button', { name: 'Check answer' }).click();
  await expect(scenario.locator('.question-verdict')).toHaveText('✓ Correct.');

  // After a reload every answer is still there, checked, with what the learner typed.
  await page.reload();
  await hydrateAll(page);
  await expect(page.locator('.practice-card')).toHaveCount(4);
  await expect(card(page, 'ipa-typed-broadcast-slash-27').locator('.question-verdict')).toHaveText(
    '✗ Not quite.',
  );
  await expect(
    card(page, 'ipa-typed-broadcast-slash-27').getByLabel('Type your answer.'),
  ).toHaveValue('172.16.45.127');
  for (const id of [
    'ipa-order-magic-number',
    'ipa-match-special-ranges',
    'ipa-scenario-branch-vlsm',
  ]) {
    await expect(card(page, id).locator('.question-verdict')).toHaveText('✓ Correct.');
  }
  await expect(page.locator('.quiz-score')).toContainText(/Score: 3 of \d+ correct/);

  // The missed typed question comes back in review once due, answered with the same control.
  await page.clock.setSystemTime(new Date(Date.now() + 11 * 60_000));
  await page.goto('review/');
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Start review (1)' }).click();
  const again = card(page.locator('.review-session'), 'ipa-typed-broadcast-slash-27');
  await again.getByLabel('Type your answer.').fill('172.16.45.95');
  await again.getByRole('button', { name: 'Check answer' }).click();
  await expect(again.locator('.question-verdict')).toHaveText('✓ Correct.');
  expect(errors).toEqual([]);
});
