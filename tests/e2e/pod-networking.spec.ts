import { expect, test, type Page } from '@playwright/test';
import { choosePlugins } from '~/sim/cni/choose';
import { collectErrors, waitForIslands } from './support/helpers';

// The simulators of the pod networking module and the EKS lesson, used as a learner would: each
// is changed, shows what its engine computes, and says what is wrong with bad input beside it.

// Scrolls a lesson's simulator into view and waits for that island to hydrate.
async function openSimulator(page: Page, lesson: string, figure: string) {
  await page.goto(`lessons/${lesson}/`);
  const section = page.locator(`#${figure}`);
  await section.scrollIntoViewIfNeeded();
  await waitForIslands(section);
  return section;
}

test('the packet walker steps through a VXLAN walk, switches to BGP, and flags a pod MTU that is too big', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const sim = await openSimulator(page, 'pod-networking/under-the-hood', 'walker-cross-node');
  // Step until the frame is wrapped at flannel.1: the outer header appears, on UDP 8472.
  const next = sim.getByRole('button', { name: /^Next/ });
  for (let i = 0; i < 3; i += 1) await next.click();
  const hops = sim.locator('.pkt-hop, li').filter({ hasText: 'flannel.1' }).first();
  await expect(hops).toBeVisible();
  await expect(sim.locator('.pkt-announce')).toHaveText(/^Step 4 of \d+/);
  await sim.getByRole('button', { name: 'Show all' }).click();
  await expect(sim.getByText('8472').first()).toBeVisible();

  // Calico-style BGP: no outer header, a BIRD route instead.
  await sim.getByLabel('Pod network').selectOption('bgp');
  await sim.getByRole('button', { name: 'Show all' }).click();
  await expect(sim.getByText(/proto bird/).first()).toBeVisible();
  await expect(sim.getByText('Outer source IP')).toHaveCount(0);

  // Back on VXLAN, a pod MTU of 1500 does not fit under the 50-byte overhead; junk is refused.
  await sim.getByLabel('Pod network').selectOption('vxlan');
  const podMtu = sim.getByLabel('Pod MTU');
  await podMtu.fill('1500');
  await expect(podMtu).toHaveAttribute('aria-invalid', 'true');
  await expect(sim.getByText(/1450/).first()).toBeVisible();
  await podMtu.fill('jumbo');
  await expect(podMtu).toHaveAttribute('aria-invalid', 'true');
  await podMtu.fill('');
  await expect(podMtu).not.toHaveAttribute('aria-invalid', 'true');
  expect(errors).toEqual([]);
});

test('the CNI runner exhausts a host-local range, frees an address, and explains a broken list', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const sim = await openSimulator(page, 'pod-networking/cni-plugins', 'cni-runner-exhaust');
  const start = sim.getByRole('button', { name: 'Start a pod' });
  await start.click();
  await start.click();
  await expect(sim.getByRole('row')).toHaveCount(4); // header + three pods
  await start.click();
  await expect(
    sim.getByText(/no IP addresses available in range set: 10\.22\.0\.2-10\.22\.0\.4/).first(),
  ).toBeVisible();
  await expect(sim.getByText(/failed to setup network for sandbox/).first()).toBeVisible();
  // Delete one pod and the next one gets the address that was released.
  const firstDelete = sim.getByRole('button', { name: /^Delete / }).first();
  await firstDelete.click();
  await start.click();
  await expect(sim.getByRole('row')).toHaveCount(4);

  // Broken JSON is refused beside the editor, and nothing runs.
  const editor = sim.getByLabel('Network configuration list (JSON)');
  await editor.fill('{ "cniVersion": "1.1.0", ');
  await expect(
    sim.getByText(/JSON/i).filter({ hasNotText: 'Network configuration list' }).first(),
  ).toBeVisible();
  expect(errors).toEqual([]);
});

test('the plugin chooser ranks the plugins for the ticked needs, as the engine does', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const sim = await openSimulator(page, 'pod-networking/cni-plugins', 'plugin-chooser');
  await sim.getByLabel('NetworkPolicy enforcement').check();
  await sim.getByLabel('Windows nodes').check();
  const best = choosePlugins(['policy', 'windows'])[0];
  await expect(sim.getByRole('status')).toContainText(`Best match: ${best?.name ?? '?'}`);
  await expect(sim.locator('li').filter({ hasText: 'Weave Net' }).first()).toContainText(
    /archived|unmaintained/i,
  );
  expect(errors).toEqual([]);
});

test('EKS sizing looks up an instance type, schedules pods onto ENIs, and refuses an unknown type', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const sim = await openSimulator(page, 'aws/eks-networking', 'eks-sizing');
  await expect(sim.getByText('3 × (10 − 1) + 2 = 29')).toBeVisible();
  await sim.getByRole('button', { name: '+10 pods' }).click();
  await sim.getByRole('button', { name: '+10 pods' }).click();
  await sim.getByRole('button', { name: '+10 pods' }).click();
  await expect(sim.getByText(/27 pods running; 3 Pending/)).toBeVisible();
  await expect(sim.getByText('eni-3')).toBeVisible();

  const type = sim.getByLabel('EC2 instance type');
  await type.fill('m5.xlarge');
  await expect(sim.getByText('4 × (15 − 1) + 2 = 58')).toBeVisible();
  await type.fill('m5.larg');
  await expect(sim.getByText(/Did you mean/).first()).toBeVisible();
  expect(errors).toEqual([]);
});
