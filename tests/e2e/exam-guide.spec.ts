import { expect, test } from '@playwright/test';
import { collectErrors, hydrateAll, readBank, waitForIslands } from './support/helpers';

// The exam guide: answers given in a lesson quiz show up as accuracy in the domain of the exam
// they are tagged with, and "Practise" on that domain opens a review session of its questions.
test('the SAA-C03 guide shows accuracy per domain from quiz answers and practises a domain in one click', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const bank = readBank('vpc-networking') as (ReturnType<typeof readBank>[number] & {
    type?: string;
    topics?: string[];
  })[];
  // Two single-choice questions of domain 1 (secure architectures): one right, one wrong.
  const secure = bank
    .filter((q) => (q.type ?? 'single') === 'single')
    .filter((q) => (q.topics ?? []).some((t) => /^saa-c03:1\.\d$/.test(t)))
    .filter((q) => !(q.topics ?? []).some((t) => /^saa-c03:[234]/.test(t)))
    .slice(0, 2);
  expect(secure).toHaveLength(2);
  await page.goto('lessons/aws/vpc-networking/');
  await hydrateAll(page);
  for (const [i, question] of secure.entries()) {
    const form = page.locator(`#question-${question.id}`);
    const right = question.options.find((o) => o.correct)?.id ?? 'a';
    const wrong = question.options.find((o) => !o.correct)?.id ?? 'a';
    await form.locator(`input[value="${i === 0 ? right : wrong}"]`).check();
    await form.getByRole('button', { name: 'Check answer' }).click();
    await expect(form.locator('.question-verdict')).toHaveText(
      i === 0 ? '✓ Correct.' : '✗ Not quite.',
    );
  }

  await page.goto('exams/guide/saa-c03/');
  await hydrateAll(page);
  await expect(
    page.getByRole('heading', { level: 1, name: 'AWS SAA-C03 exam guide' }),
  ).toBeVisible();
  const row = page.locator('tr[data-domain="1"]');
  await expect(row.locator('[data-accuracy]')).toHaveText(/50% of 2 answers/);
  await expect(page.locator('tr[data-domain="2"] [data-accuracy]')).toHaveText('not yet');
  await expect(page.getByText('Time', { exact: true })).toBeVisible();
  await expect(page.locator('.guide-facts dd', { hasText: /^130 minutes/ })).toBeVisible();

  await row.getByRole('link', { name: /^Practise/ }).click();
  await waitForIslands(page);
  await expect(page.locator('#review-session-heading')).toHaveText(
    'Practise: Secure architectures',
  );
  expect(errors).toEqual([]);
});

test('each guide maps every domain to lessons and links the other guides', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('exams/');
  await page.getByRole('link', { name: 'Cisco CCNA 200-301 exam guide' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /v2\.0/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Cisco CCNA 200-301/ })).toBeVisible();
  // The IPv4 troubleshooting topic of v2.0 points at the addressing lesson and the drill.
  const topic = page.locator('#domain-ccna-200-301-v2-1 li', { hasText: '1.3' });
  await expect(
    topic.getByRole('link', { name: 'IPv4 and IPv6 addressing for network engineers' }),
  ).toBeVisible();
  await expect(topic.getByRole('link', { name: /Subnetting drill/ })).toBeVisible();
  await page.getByRole('link', { name: 'Kubernetes networking guide' }).first().click();
  await hydrateAll(page);
  await expect(page.locator('tr[data-domain="policy"]')).toBeVisible();
  expect(errors).toEqual([]);
});
