import { expect, test } from '@playwright/test';
import {
  LESSON_PATH,
  collectErrors,
  hydrateAll,
  readBank,
  readChoiceBank,
} from './support/helpers';

// The newcomer's path: home → lesson → simulator → quiz → mark complete → reload → all kept.
test('a learner reads the lesson, uses the simulator, takes the quiz and keeps it all', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: /Start with/ }).click();
  await expect(page).toHaveURL(new RegExp(`${LESSON_PATH}$`));
  await expect(
    page.getByRole('heading', { level: 1, name: 'The Kubernetes network model' }),
  ).toBeVisible();
  await hydrateAll(page);

  // The simulator: a third node gets the next /24, a new pod on it the address after the gateway.
  const sim = page.locator('.pns-root').first();
  await sim.getByRole('button', { name: 'Add node' }).click();
  await expect(sim.getByText('10.244.2.0/24').first()).toBeVisible();
  await sim.getByRole('button', { name: 'Add pod to node-3' }).click();
  await expect(sim.getByText('10.244.2.2').first()).toBeVisible();

  // The quiz: answer the first question wrongly, the rest rightly.
  const questions = readChoiceBank('network-model');
  const forms = page.locator('.quiz-island form.question');
  await expect(forms).toHaveCount(questions.length);
  for (const [index, question] of questions.entries()) {
    const form = forms.nth(index);
    const right = question.options.filter((o) => o.correct).map((o) => o.id);
    const wrong = question.options.find((o) => !o.correct)?.id ?? 'a';
    const choose = index === 0 ? [wrong] : right;
    if (index === 0 && right.length > 1) choose.push(...right.slice(1));
    for (const id of choose) {
      await form.locator(`input[value="${id}"]`).check();
    }
    await form.getByRole('button', { name: 'Check answer' }).click();
    await expect(form.locator('.question-verdict')).toHaveText(
      index === 0 ? '✗ Not quite.' : '✓ Correct.',
    );
  }
  // The score counts every question of the quiz; the other kinds are left unanswered here.
  const total = readBank('network-model').length;
  const right = questions.length - 1;
  await expect(page.getByText(`Score: ${right} of ${total} correct`)).toBeVisible();

  await page.getByRole('button', { name: 'Mark complete' }).click();
  await expect(page.getByText('Completed ✓')).toBeVisible();

  await page.reload();
  await hydrateAll(page);
  await expect(page.getByText('Completed ✓')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark complete' })).toBeHidden();
  await expect(page.getByText(`Score: ${right} of ${total} correct`)).toBeVisible();
  await expect(
    page.locator('.quiz-island form.question').first().locator('.question-verdict'),
  ).toHaveText('✗ Not quite.');

  await page.goto('./');
  await expect(page.getByText('1 of 1 lesson complete').first()).toBeVisible();
  await expect(
    page.locator('[data-lesson-mark="foundations/network-model"]').first(),
  ).toHaveAttribute('data-complete', 'true');

  // Undo from the lesson page puts it back.
  await page.goto(LESSON_PATH);
  await page.getByRole('button', { name: 'Mark as not complete' }).click();
  await expect(page.getByRole('button', { name: 'Mark complete' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the quiz can be retried after answering', async ({ page }) => {
  await page.goto(LESSON_PATH);
  await hydrateAll(page);
  const form = page.locator('.quiz-island form.question').first();
  await form.locator('input').first().check();
  const check = form.getByRole('button', { name: 'Check answer' });
  if (await check.isEnabled()) {
    await check.click();
    await page.getByRole('button', { name: 'Try the quiz again' }).click();
    await expect(form.getByRole('button', { name: 'Check answer' })).toBeVisible();
  } else {
    // A multiple-response first question needs more choices before it can be checked.
    await expect(form.getByText(/Choose \d/)).toBeVisible();
  }
});
