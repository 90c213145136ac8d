import { expect, test, type Locator, type Page } from '@playwright/test';
import { generateDrill } from '~/sim/subnet';
import { collectErrors, hydrateAll } from './support/helpers';

// The addressing and VPC islands end to end: a drill answered right and wrong whose stats survive
// a reload, a VLSM plan that fits and one that does not, and a VPC packet walk whose reply a
// network ACL drops until the learner switches the missing rule on.

const DRILL_SEED = 4242;

// Types the drill's answers: the key for each field, or a wrong network address when `wrong`.
async function answerDrill(page: Page, seed: number, wrong: boolean): Promise<void> {
  const question = generateDrill('analyze', seed);
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Check' }) });
  for (const field of question.fields) {
    const key = question.answer[field.id] ?? '';
    const value = wrong && field.id === 'network' ? flip(key) : key;
    await form.getByLabel(field.label, { exact: true }).fill(value);
  }
  await form.getByRole('button', { name: 'Check' }).click();
}

// An address that differs from the given one in its last octet.
function flip(address: string): string {
  const parts = address.split('.');
  parts[3] = String((Number(parts[3]) + 1) % 256);
  return parts.join('.');
}

test('a subnetting drill is answered right, then wrong, and its stats survive a reload', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto(`drills/subnetting/?skill=analyze&seed=${String(DRILL_SEED)}`);
  await hydrateAll(page);
  await expect(page.getByRole('link', { name: `#${String(DRILL_SEED)}` })).toBeVisible();

  await answerDrill(page, DRILL_SEED, false);
  await expect(page.getByRole('status').filter({ hasText: /^Correct/ })).toBeVisible();
  await expect(page.getByText(/Streak 1/)).toBeVisible();

  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.getByRole('link', { name: `#${String(DRILL_SEED + 1)}` })).toBeVisible();
  await answerDrill(page, DRILL_SEED + 1, true);
  const expected = generateDrill('analyze', DRILL_SEED + 1).answer['network'] ?? '';
  await expect(page.getByText(expected, { exact: false }).first()).toBeVisible();
  await expect(page.getByText(/Streak 0/)).toBeVisible();
  await expect(page.getByText(/2 answered/)).toBeVisible();

  await page.reload();
  await hydrateAll(page);
  await expect(page.getByText(/2 answered/)).toBeVisible();
  await expect(page.getByText(/best 1/)).toBeVisible();
  expect(errors).toEqual([]);
});

// The VLSM planner embedded in the addressing lesson.
function vlsmPlanner(page: Page): Locator {
  return page.locator('section.sim-figure', { has: page.getByText('Base network') }).first();
}

test('the VLSM planner allocates a plan, and says clearly when a subnet does not fit', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('lessons/addressing/ip-addressing/');
  await hydrateAll(page);
  const planner = vlsmPlanner(page);
  const table = planner.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(6);
  await expect(table).toContainText('192.168.1.0/25');
  await expect(planner.getByRole('status')).toContainText('5 subnets use');

  await planner.getByRole('button', { name: 'Add a subnet' }).click();
  await planner.getByLabel('Hosts needed in subnet 6').fill('60');
  await expect(planner.getByRole('status')).toContainText('They do not fit');
  await planner.getByLabel('Hosts needed in subnet 6').fill('14');
  await expect(planner.getByRole('status')).toContainText('6 subnets use');
  await expect(table).toContainText('192.168.1.224/28');
  expect(errors).toEqual([]);
});

test('the VPC walker shows a reply dropped by a network ACL, and the fix lets it through', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('lessons/aws/vpc-networking/');
  await hydrateAll(page);
  const walker = page.locator('#vpc-walker-nacl');
  const verdict = walker.locator('[aria-live="polite"]');
  await expect(verdict).toContainText('reply is denied');
  await expect(verdict).toContainText('acl-web');

  await walker.getByLabel(/^outbound 120: allow TCP 1024.65535/).check();
  await expect(verdict).not.toContainText('denied');
  await expect(walker.getByRole('heading', { name: /Reply/ })).toBeVisible();
  expect(errors).toEqual([]);
});
