// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluateGateway } from '~/components/sims/routing/gateway-engine';
import { convertIngress } from '~/components/sims/routing/ingress-engine';
import { loadGatewayEngine, loadIngressEngine } from '~/components/sims/routing/load-engines';
import { ROUTING_PRESETS, findPreset } from '~/components/sims/routing/presets';
import { RoutingPlaygroundSim } from '~/components/sims/routing/RoutingPlaygroundSim';
import type { PlaygroundSeed } from '~/components/sims/routing/use-playground';
import { byLabel, mount } from '../dom';

// The playground island end to end in happy-dom: the build's first view, then the real engines
// (loaded on first use) as the learner edits the request, the manifests and the test table.

const precedence = findPreset('gateway-precedence') ?? ROUTING_PRESETS[0];
if (!precedence) throw new Error('no preset');
const migration = findPreset('ingress-migration')?.manifests ?? '';
const seeds: PlaygroundSeed[] = [
  {
    preset: precedence,
    view: evaluateGateway(precedence.manifests, precedence.request, precedence.tests),
    conversion: convertIngress(migration),
  },
  ...ROUTING_PRESETS.filter((p) => p !== precedence).map((p) => ({
    preset: p,
    view: null,
    conversion: null,
  })),
];

let unmount = () => {};
afterEach(() => unmount());

/** Types into an input or textarea as React sees it, then waits for the engine's answer. */
async function type(control: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  const proto =
    control instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(control, value);
    control.dispatchEvent(new Event('input', { bubbles: true }));
    await Promise.all([loadGatewayEngine(), loadIngressEngine()]);
  });
}

/** The verdict's headline text. */
function headline(container: HTMLElement): string {
  return container.querySelector('.routing-headline')?.textContent ?? '';
}

describe('RoutingPlaygroundSim', () => {
  it('opens on the build’s verdict and test table', () => {
    const mounted = mount(<RoutingPlaygroundSim seeds={seeds} migrationExample={migration} />);
    unmount = mounted.unmount;
    expect(headline(mounted.container)).toBe('200 → Service shop/checkout:8080');
    expect(mounted.container.querySelectorAll('.routing-table tbody tr')).toHaveLength(6);
  });

  it('routes again as the request changes, and shows a bad path beside its field', async () => {
    const mounted = mount(<RoutingPlaygroundSim seeds={seeds} migrationExample={migration} />);
    unmount = mounted.unmount;
    await type(byLabel<HTMLInputElement>(mounted.container, 'Path'), '/cart/checkout/v2/x');
    expect(headline(mounted.container)).toBe('200 → Service shop/storefront:80');
    await type(byLabel<HTMLInputElement>(mounted.container, 'Host'), 'eu.store.example.com');
    expect(headline(mounted.container)).toBe('200 → Service shop/checkout-v2:8080');
    await type(byLabel<HTMLInputElement>(mounted.container, 'Path'), 'cart');
    const path = byLabel<HTMLInputElement>(mounted.container, 'Path');
    expect(path.getAttribute('aria-invalid')).toBe('true');
    expect(
      mounted.container.querySelector(`#${CSS.escape(path.getAttribute('aria-describedby') ?? '')}`)
        ?.textContent,
    ).toBe('The path "cart" must start with "/" (for example /api/orders).');
  });

  it('lists manifest problems with their line, and adds a test request', async () => {
    const mounted = mount(<RoutingPlaygroundSim seeds={seeds} migrationExample={migration} />);
    unmount = mounted.unmount;
    await type(
      byLabel<HTMLTextAreaElement>(mounted.container, 'Gateway, HTTPRoute'),
      precedence.manifests.replace('  rules:', '  rulez:'),
    );
    expect(mounted.container.querySelector('.routing-problems')?.textContent).toBe(
      "Line 28, column 3: unknown field 'rulez' in spec: did you mean 'rules'?",
    );
    const add = [...mounted.container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Add the current request',
    );
    await act(async () => {
      add?.click();
      await loadGatewayEngine();
    });
    expect(mounted.container.querySelectorAll('.routing-table tbody tr')).toHaveLength(7);
  });

  it('shows the converter tab with what does not translate', async () => {
    const mounted = mount(<RoutingPlaygroundSim seeds={seeds} migrationExample={migration} />);
    unmount = mounted.unmount;
    const tab = [...mounted.container.querySelectorAll('[role="tab"]')].find(
      (t) => t.textContent === 'Convert to HTTPRoute',
    );
    await act(async () => {
      (tab as HTMLElement).click();
      await loadIngressEngine();
    });
    expect(tab?.getAttribute('aria-selected')).toBe('true');
    await act(async () => {
      tab?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
      await loadIngressEngine();
    });
    expect(document.activeElement?.textContent).toBe('Route a request');
    expect(tab?.getAttribute('aria-selected')).toBe('false');
    await act(async () => {
      (tab as HTMLElement).click();
      await loadIngressEngine();
    });
    expect(mounted.container.querySelectorAll('.routing-notes li').length).toBeGreaterThanOrEqual(
      3,
    );
  });

  it('works out a picked preset in the browser', async () => {
    const mounted = mount(<RoutingPlaygroundSim seeds={seeds} migrationExample={migration} />);
    unmount = mounted.unmount;
    const picker = byLabel<HTMLSelectElement>(mounted.container, 'Example');
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set?.call(
        picker,
        'ingress-hosts',
      );
      picker.dispatchEvent(new Event('change', { bubbles: true }));
      await loadIngressEngine();
    });
    await act(async () => {
      await loadIngressEngine();
    });
    expect(headline(mounted.container)).toBe('200 → service checkout, port 8080');
  });
});
