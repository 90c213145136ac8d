import { deflateRawSync } from 'node:zlib';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectErrors, hydrateAll, waitForIslands } from './support/helpers';

// The NetworkPolicy simulator in the lesson, the playground with its share links, and a graded
// challenge, driven like a learner would: by role and name.

const LESSON = 'lessons/policy/network-policies/';
const RECIPES = 'lessons/policy/network-policy-recipes/';
const PLAYGROUND = 'simulators/network-policies/';
const CHALLENGE = 'challenges/network-policies/frontend-to-backend/';

/** The first simulator of the lesson (three-tier shop), hydrated. */
async function firstEmbed(page: Page): Promise<Locator> {
  await page.goto(LESSON);
  const sim = page.locator('.netpol-figure').first();
  await sim.scrollIntoViewIfNeeded();
  await expect(sim.locator('astro-island[data-island-ready]')).toHaveCount(1, { timeout: 20_000 });
  return sim;
}

/** A grid cell by its accessible name's start, e.g. "debug to backend". */
function cell(scope: Locator | Page, route: string): Locator {
  return scope.getByRole('button', { name: new RegExp(`^${route}: `) });
}

/** A state fragment as a share link carries it (deflate-raw, base64url), built from any JSON text. */
function fragment(text: string): string {
  return deflateRawSync(Buffer.from(text)).toString('base64url');
}

test('toggling a policy changes the grid, and diff mode marks and counts the changed cells', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const sim = await firstEmbed(page);
  await expect(cell(sim, 'frontend to debug')).toHaveAccessibleName(/: denied$/);
  await sim.getByRole('checkbox', { name: 'Show changes since the last edit' }).check();
  await sim.getByRole('checkbox', { name: 'Apply shop/default-deny-ingress' }).uncheck();
  await expect(cell(sim, 'frontend to debug')).toHaveAccessibleName(
    'frontend to debug: allowed; changed by the last change, was denied',
  );
  await expect(cell(sim, 'frontend to backend')).toHaveAccessibleName(
    'frontend to backend: allowed',
  );
  await expect(sim.getByText(/5 connections changed: 5 now allowed/)).toBeVisible();
  await expect(sim.locator('.nps-cell.is-changed')).toHaveCount(5);
  expect(errors).toEqual([]);
});

test('the recipes lesson: switching the DNS policy off refuses every lookup to CoreDNS', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto(RECIPES);
  const sim = page.locator('.netpol-figure').filter({ hasText: 'Default deny egress, plus DNS' });
  await sim.scrollIntoViewIfNeeded();
  await expect(sim.locator('astro-island[data-island-ready]')).toHaveCount(1, { timeout: 20_000 });
  await expect(cell(sim, 'checkout to coredns-1')).toHaveAccessibleName(/: allowed$/);
  await sim.getByRole('checkbox', { name: 'Apply payments/allow-dns-egress' }).uncheck();
  await expect(cell(sim, 'checkout to coredns-1')).toHaveAccessibleName(/: denied$/);
  await expect(cell(sim, 'ledger to coredns-2')).toHaveAccessibleName(/: denied$/);
  expect(errors).toEqual([]);
});

test.describe('the lesson before its first change', () => {
  // The engine's chunk must reach page.route (to be held), not come from the service worker.
  test.use({ serviceWorkers: 'block' });

  test('no engine chunk loads until the first toggle, which then updates the grid', async ({
    page,
  }) => {
    const errors = collectErrors(page);
    const engineChunks: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (/\/_astro\/(sim-engine|evaluate)\.[\w-]+\.js$/.test(path)) engineChunks.push(path);
    });
    // Holds the engine's chunk until the test has seen the grid's updating state.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/sim-engine\.[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const sim = await firstEmbed(page);
    // Every island of the page hydrated and the learner read the first one: still no engine.
    await hydrateAll(page);
    await sim.scrollIntoViewIfNeeded();
    await expect(cell(sim, 'frontend to debug')).toHaveAccessibleName('frontend to debug: denied');
    await expect(sim.locator('.nps-policy-summary').first()).toHaveText(
      'Selects frontend, backend, db, debug (every pod in shop). Isolates ingress with no rules, so all ingress is denied.',
    );
    expect(engineChunks).toEqual([]);

    await sim.getByRole('checkbox', { name: 'Apply shop/default-deny-ingress' }).uncheck();
    const grid = sim.locator('.nps-grid-result');
    await expect(grid).toHaveAttribute('aria-busy', 'true');
    await expect(sim.getByRole('status').filter({ hasText: 'Updating…' })).toBeVisible();
    // Until the engine answers, the last grid stays, marked busy, not a guess at the new one.
    await expect(cell(sim, 'frontend to debug')).toHaveAccessibleName('frontend to debug: denied');
    release();
    await expect(grid).toHaveAttribute('aria-busy', 'false');
    await expect(sim.getByRole('status').filter({ hasText: 'Updating…' })).toHaveCount(0);
    await expect(cell(sim, 'frontend to debug')).toHaveAccessibleName('frontend to debug: allowed');
    await expect(cell(sim, 'frontend to backend')).toHaveAccessibleName(
      'frontend to backend: allowed',
    );
    await expect(cell(sim, 'debug to db')).toHaveAccessibleName('debug to db: denied');
    expect(engineChunks.some((path) => path.includes('/sim-engine.'))).toBe(true);
    expect(engineChunks.some((path) => path.includes('/evaluate.'))).toBe(true);
    expect(errors).toEqual([]);
  });
});

test('a cell explains both directions, with the rule and the own-node fact', async ({ page }) => {
  const sim = await firstEmbed(page);
  await cell(sim, 'frontend to backend').click();
  const panel = sim.getByRole('region', { name: /shop\/frontend → shop\/backend/ });
  await expect(panel).toContainText('Egress from frontend');
  await expect(panel).toContainText('but only for Ingress, so its egress is not restricted');
  await expect(panel).toContainText('Ingress to backend');
  await expect(panel).toContainText('shop/backend is isolated for ingress');
  await expect(panel).toContainText('shop/backend-allow-frontend');
  await expect(panel).toContainText('traffic between a pod and its own node is always allowed');
  await cell(sim, 'backend to backend').click();
  await expect(
    sim.getByText(/connecting to itself, which is always allowed/).first(),
  ).toBeVisible();
});

test('editing a policy: a located error disables Apply; the fix applies and changes the grid', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const sim = await firstEmbed(page);
  await sim.getByRole('button', { name: 'Edit shop/backend-allow-frontend' }).click();
  const editor = sim.getByRole('textbox', { name: 'Edit the policy (YAML)' });
  const original = await editor.inputValue();
  await editor.fill(original.replace('port: 8080 }', 'port: 8080, endPort: 80 }'));
  const problem = sim.locator('.nps-errors li').filter({ hasText: 'endPort is 80' });
  await expect(problem).toContainText(
    /^Line \d+, column \d+: .*\(spec\.ingress\[0\]\.ports\[0\]\.endPort\)$/,
  );
  await expect(sim.getByRole('button', { name: 'Apply', exact: true })).toBeDisabled();
  // Clicking the error puts the caret on its line.
  await problem.getByRole('button').click();
  await expect(editor).toBeFocused();
  // The fix: allow the debug pod instead of the frontend.
  await editor.fill(original.replace('app: frontend', 'app: debug'));
  await expect(sim.getByText(/Valid: shop\/backend-allow-frontend/)).toBeVisible();
  await sim.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(cell(sim, 'frontend to backend')).toHaveAccessibleName(
    'frontend to backend: denied',
  );
  await expect(cell(sim, 'debug to backend')).toHaveAccessibleName('debug to backend: allowed');
  expect(errors).toEqual([]);
});

test('the editor keeps Tab for indentation and lets Esc leave', async ({ page }) => {
  const sim = await firstEmbed(page);
  await sim.getByRole('button', { name: 'Add policy' }).click();
  const editor = sim.getByRole('textbox', { name: 'New policy (YAML)' });
  await expect(editor).toBeFocused();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Tab');
  await expect(editor).toHaveValue(/^ {2}apiVersion/);
  // The indented first line is not valid YAML, so Apply is off and Esc lands on Cancel.
  await page.keyboard.press('Escape');
  await sim.getByRole('button', { name: 'Cancel' }).click();
  await expect(sim.getByRole('button', { name: 'Add policy' })).toBeFocused();
});

test('pasting megabytes into the editor shows the engine’s limit, and the page stays responsive', async ({
  page,
}) => {
  const sim = await firstEmbed(page);
  await sim.getByRole('button', { name: 'Add policy' }).click();
  const editor = sim.getByRole('textbox', { name: 'New policy (YAML)' });
  const template = await editor.inputValue();
  // A paste of about 3 MB, as the clipboard would deliver it.
  await editor.evaluate((area) => {
    const data = new DataTransfer();
    data.setData('text/plain', 'a: b\n'.repeat(600_000));
    area.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  });
  await expect(
    sim.getByText(/^Not pasted: The input is too large \(about \d+ KiB\): paste at most 256 KiB/),
  ).toBeVisible();
  // The text box keeps what it had, so the page never lays out megabytes of text.
  await expect(editor).toHaveValue(template);
  await sim.getByRole('button', { name: 'Cancel' }).click();
  await expect(sim.getByRole('button', { name: 'Add policy' })).toBeFocused();
});

test('the lesson shows its cluster read-only; the playground adds, explains and deletes a pod', async ({
  page,
}) => {
  const embed = await firstEmbed(page);
  await embed.getByText('The cluster', { exact: true }).click();
  await expect(embed.getByRole('list', { name: 'Labels of pod frontend' })).toContainText(
    'app=frontend',
  );
  await expect(embed.getByRole('button', { name: 'Add pod' })).toHaveCount(0);

  await page.goto(PLAYGROUND);
  await waitForIslands(page);
  const sim = page.locator('.nps').first();
  await sim.getByRole('button', { name: 'Add pod' }).click();
  const form = sim.getByRole('form', { name: 'Add a pod' });
  await form.getByLabel('Namespace').selectOption('ops');
  await form.getByLabel('Name', { exact: true }).fill('probe');
  await form.getByLabel('Labels').fill('app=probe');
  await form.getByLabel('Pod IP').fill('10.244.9');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('alert')).toContainText('10.244.9');
  await expect(form.getByLabel('Pod IP')).toBeFocused();
  await form.getByLabel('Pod IP').fill('10.244.2.99');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
  await expect(cell(sim, 'probe to backend')).toHaveAccessibleName('probe to backend: denied');
  await expect(cell(sim, 'probe to toolbox')).toHaveAccessibleName('probe to toolbox: allowed');
  await sim.getByRole('button', { name: 'Delete pod ops/probe' }).click();
  await expect(cell(sim, 'probe to backend')).toHaveCount(0);
});

test('keyboard only: a policy switch, then the grid with the arrow keys and Enter', async ({
  page,
}) => {
  const sim = await firstEmbed(page);
  const toggle = sim.getByRole('checkbox', { name: 'Apply shop/default-deny-ingress' });
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).not.toBeChecked();
  await expect(cell(sim, 'frontend to debug')).toHaveAccessibleName('frontend to debug: allowed');
  // One Tab stop in the grid: the first cell, then arrows move.
  await cell(sim, 'frontend to frontend').focus();
  await page.keyboard.press('ArrowRight');
  await expect(cell(sim, 'frontend to backend')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(cell(sim, 'debug to backend')).toBeFocused();
  await page.keyboard.press('End');
  await expect(cell(sim, 'debug to internet-client')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(sim.getByRole('region', { name: /shop\/debug → 203\.0\.113\.7/ })).toBeVisible();
  expect(await sim.locator('.nps-cell[tabindex="0"]').count()).toBe(1);
});

test('a share link opens the same state in a new page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${PLAYGROUND}#preset=egress-cidr`);
  await waitForIslands(page);
  await expect(page.getByLabel('Scenario')).toHaveValue('egress-cidr');
  await expect(cell(page, 'invoicer to partner-api')).toHaveAccessibleName(
    'invoicer to partner-api: allowed',
  );
  await expect(cell(page, 'invoicer to partner-sandbox')).toHaveAccessibleName(
    'invoicer to partner-sandbox: denied',
  );
  await page.getByRole('checkbox', { name: 'Apply billing/invoicer-egress' }).uncheck();
  await page.getByLabel('Port', { exact: true }).fill('8443');
  await expect(page.getByRole('heading', { name: /on TCP 8443/ })).toBeVisible();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#state=[A-Za-z0-9_-]+$/);

  const other = await context.newPage();
  const errors = collectErrors(other);
  await other.goto(link);
  await waitForIslands(other);
  await expect(other.getByRole('heading', { name: /on TCP 8443/ })).toBeVisible();
  await expect(
    other.getByRole('checkbox', { name: 'Apply billing/invoicer-egress' }),
  ).not.toBeChecked();
  await expect(cell(other, 'invoicer to partner-sandbox')).toHaveAccessibleName(
    'invoicer to partner-sandbox: allowed',
  );
  await expect(other.getByLabel('Scenario')).toHaveValue('shared');
  expect(errors).toEqual([]);
});

const hostile: Record<string, string> = {
  garbage: '!!!not-base64!!!',
  random: 'q83vq2n5X2Xy',
  huge: 'A'.repeat(70_000),
  bomb: fragment('['.repeat(10) + ' '.repeat(3_000_000)),
  html: fragment(
    JSON.stringify({
      v: 1,
      cluster: {
        namespaces: [{ name: 'shop', labels: {} }],
        pods: [
          { namespace: 'shop', name: '<img src=x onerror=alert(1)>', labels: {}, ip: '10.0.0.1' },
        ],
        nodes: [],
        outside: [],
      },
      policies: [],
      probe: { port: 80, protocol: 'TCP' },
    }),
  ),
  proto: fragment(
    '{"v":1,"__proto__":{"polluted":true},"cluster":{"namespaces":[],"pods":[],"nodes":[],"outside":[]},"policies":[],"probe":{"port":80,"protocol":"TCP"}}',
  ),
};

for (const [kind, value] of Object.entries(hostile)) {
  test(`a ${kind} #state= link shows the message and the default scenario, no errors`, async ({
    page,
  }) => {
    const errors = collectErrors(page);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto(`${PLAYGROUND}#state=${value}`);
    await waitForIslands(page);
    await expect(page.getByRole('alert').filter({ hasText: 'shared link' })).toHaveText(
      'This shared link is damaged or not a Podnet simulator link; showing the default scenario.',
    );
    await expect(page.getByLabel('Scenario')).toHaveValue('three-tier');
    await expect(cell(page, 'frontend to backend')).toHaveAccessibleName(
      'frontend to backend: allowed',
    );
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (({}) as { polluted?: boolean }).polluted)).toBeUndefined();
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
  });
}

test('a challenge: fail first, then the solution passes, and progress and the list remember it', async ({
  page,
}) => {
  await page.goto(CHALLENGE);
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Check my policies' }).click();
  await expect(page.getByText(/Not yet: \d+ of \d+ connections differ/)).toBeVisible();
  await expect(
    page.getByText(
      'shop/frontend → shop/backend on TCP 9090: expected denied, your policies allow it',
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: /Show a hint/ }).click();
  await expect(page.getByText(/^Hint 1\./)).toBeVisible();
  await page.getByRole('button', { name: 'Show a solution' }).click();
  await page.getByRole('button', { name: 'Check my policies' }).click();
  await expect(page.getByText(/^Passed ✓ All \d+ connections/)).toBeVisible();
  await expect(page.locator('.nps-passed-badge')).toHaveText(/Passed/);

  // The draft survives a reload, and the page remembers the pass.
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByText('Your draft from last time is back.')).toBeVisible();
  await expect(
    page.getByRole('checkbox', { name: 'Apply shop/backend-allow-frontend' }),
  ).toBeChecked();
  await expect(page.locator('.nps-passed-badge')).toHaveText(/Passed/);

  await page.goto('progress/');
  await waitForIslands(page);
  await expect(
    page.getByRole('link', { name: 'Only the frontend reaches the backend' }).first(),
  ).toBeVisible();
  await expect(page.getByText(/^1 of \d+ challenges passed$/)).toBeVisible();

  await page.goto('challenges/network-policies/');
  await page.reload();
  const mark = page.locator('[data-challenge-mark="netpol-frontend-to-backend"]');
  await expect(mark).toHaveAttribute('data-passed', 'true');
  await expect(mark).toHaveText('passed');
  await expect(page.locator('[data-challenge-mark="netpol-port-range"]')).toHaveText(
    'not yet passed',
  );

  // The recipes lesson lists the same challenges, with the same marks.
  await page.goto(RECIPES);
  await expect(page.locator('[data-challenge-mark="netpol-frontend-to-backend"]')).toHaveAttribute(
    'data-passed',
    'true',
  );
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the lesson embed fits: the grid scrolls inside its box, not the page', async ({ page }) => {
    const sim = await firstEmbed(page);
    await sim.getByRole('checkbox', { name: 'Apply shop/default-deny-ingress' }).uncheck();
    await expect(cell(sim, 'frontend to debug')).toHaveAccessibleName('frontend to debug: allowed');
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(390);
    await cell(sim, 'toolbox to backend').click();
    await expect(sim.getByRole('region', { name: /ops\/toolbox → shop\/backend/ })).toBeVisible();
  });

  test('a challenge can be checked', async ({ page }) => {
    await page.goto(CHALLENGE);
    await waitForIslands(page);
    await page.getByRole('button', { name: 'Check my policies' }).click();
    await expect(page.getByText(/Not yet/)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
});
