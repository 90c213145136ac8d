import { expect, test, type Page } from '@playwright/test';
import { collectErrors, waitForIslands } from './support/helpers';

// The three simulators of the Service networking module, used as a learner would: each one is
// changed, shows what the engines compute, and says what is wrong with bad input beside it.

// Scrolls a lesson's simulator into view and waits for it to hydrate.
async function openSimulator(page: Page, lesson: string, figure: string) {
  await page.goto(`lessons/services/${lesson}/`);
  const section = page.locator(`#${figure}`);
  await section.scrollIntoViewIfNeeded();
  // Only this island: the others on the page hydrate when they come into view.
  await waitForIslands(section);
  return section;
}

test('the Service simulator follows readiness, traffic policy and the kube-proxy mode', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const sim = await openSimulator(page, 'services-kube-proxy', 'service-simulator');
  await expect(sim.getByText(/^300 delivered, 0 dropped or refused/)).toBeVisible();

  // A pod whose readiness probe fails leaves the spread, and its EndpointSlice says why.
  await sim.getByRole('checkbox', { name: 'web-3 ready' }).uncheck();
  const web3 = sim.getByRole('row', { name: /^web-3/ });
  await expect(web3).toContainText('ready=false');
  await expect(sim.getByText(/^0 · 0%$/)).toBeVisible();

  // Outside traffic to a node without a local endpoint is dropped under Local.
  await sim.getByLabel('Type').selectOption('NodePort');
  await sim.getByLabel('Client').selectOption('ext-c');
  await sim.getByLabel('externalTrafficPolicy').selectOption('Local');
  await expect(sim.getByText(/^0 delivered, 300 dropped or refused/)).toBeVisible();
  await sim.getByLabel('externalTrafficPolicy').selectOption('Cluster');
  await expect(sim.getByText(/^300 delivered/)).toBeVisible();

  // The rules follow the mode.
  await sim.getByRole('button', { name: 'nftables' }).click();
  await expect(sim.getByRole('button', { name: 'nftables' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(sim.locator('.svc-pre')).toContainText('table ip kube-proxy');

  // A node port outside the range is refused in plain words beside the field.
  await sim.getByLabel('nodePort (empty: allocated)').fill('29999');
  await expect(sim.locator('.sim-error').first()).toContainText('30000');
  expect(errors).toEqual([]);
});

test('the DNS resolver shows every name a pod tries, and refuses a malformed name', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const sim = await openSimulator(page, 'dns', 'dns-resolver');
  await expect(
    sim.getByText('api.example.com: 5 names tried, 10 queries sent; an answer came back.'),
  ).toBeVisible();

  // A trailing dot makes the name fully qualified: one name, two queries (A and AAAA).
  const name = sim.getByLabel('Name to look up');
  await name.fill('api.example.com.');
  await expect(sim.getByText(/^api\.example\.com\.: 1 name tried, 2 queries sent/)).toBeVisible();

  // A short Service name is found through the first search domain.
  await name.fill('web');
  await expect(sim.locator('table')).toContainText('web.shop.svc.cluster.local.');
  await name.fill('bad..name');
  await expect(sim.getByRole('alert')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the routing playground picks the rule the Ingress API picks, and converts to an HTTPRoute', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const sim = await openSimulator(page, 'ingress-gateway-api', 'routing-ingress-hosts');
  const verdict = sim.getByRole('status').filter({ hasText: '→' }).first();
  await expect(verdict).toContainText('200 → service checkout, port 8080');

  // Prefix matches whole path elements: /cartx is not under /cart.
  await sim.getByLabel('Path').fill('/cartx');
  await expect(verdict).not.toContainText('checkout');
  await expect(verdict).toContainText('200 →');

  // A broken manifest is reported with its line, and the page keeps working.
  const manifests = sim.getByLabel(/Ingress manifests/);
  const original = await manifests.inputValue();
  await manifests.fill(`${original}\n  - this: [is not closed`);
  await expect(sim.locator('.routing-problems')).toContainText(/Line \d+, column \d+/);
  await manifests.fill(original);
  await expect(sim.getByText(/^Read: /)).toBeVisible();

  // The converter shows the equivalent HTTPRoute.
  await sim.getByRole('tab', { name: 'Convert to HTTPRoute' }).click();
  await expect(sim.getByRole('tabpanel')).toContainText('kind: HTTPRoute');
  expect(errors).toEqual([]);
});
