// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { DnsResolverSim } from '~/components/sims/dns/DnsResolverSim';
import { loadResolverEngine } from '~/components/sims/dns/load-engine';
import { computeView, type ResolverInput } from '~/components/sims/dns/resolver-model';
import { byLabel, mount, setValue } from '../dom';

// The resolver island: it opens on the build's trace, and each change re-asks the engine (which
// loads on the first change; `settle` waits for it). A mistake shows beside the name field.

const initial: ResolverInput = {
  pod: 'shop-client',
  policy: 'ClusterFirst',
  ndots: 'policy',
  name: 'api.example.com',
  kind: 'A+AAAA',
};
const first = computeView(initial);
let unmount = () => {};
afterEach(() => unmount());

/** Renders the island with the build's first view. */
function render(): HTMLElement {
  if (!('view' in first)) throw new Error(first.error);
  const mounted = mount(<DnsResolverSim initial={initial} view={first.view} />);
  unmount = mounted.unmount;
  return mounted.container;
}

/** Waits for the engine and the re-render. */
async function settle(): Promise<void> {
  await act(async () => {
    await loadResolverEngine();
  });
}

const status = (c: HTMLElement) => c.querySelector('[role="status"]')?.textContent ?? '';
const rows = (c: HTMLElement) =>
  [...c.querySelectorAll('.dns-trace tbody tr')].map((tr) => tr.textContent ?? '');

describe('DnsResolverSim', () => {
  it('opens on the build’s trace: resolv.conf, five names, ten queries', () => {
    const c = render();
    expect(status(c)).toBe('api.example.com: 5 names tried, 10 queries sent; an answer came back.');
    expect(rows(c)).toHaveLength(5);
    expect(c.querySelector('.dns-conf')?.textContent).toContain('options ndots:5');
  });

  it('re-traces a new name and shows the Service’s address', async () => {
    const c = render();
    setValue(byLabel(c, 'Name to look up'), 'web');
    await settle();
    expect(status(c)).toBe('web: 1 name tried, 2 queries sent; an answer came back.');
    expect(c.querySelector('.dns-answers')?.textContent).toBe(
      'web.shop.svc.cluster.local. A 10.96.4.20',
    );
  });

  it('shows a mistake beside the name and keeps the last trace', async () => {
    const c = render();
    setValue(byLabel(c, 'Name to look up'), 'web..shop');
    await settle();
    expect(c.querySelector('.sim-error')?.textContent).toBe(
      '"web..shop" has two dots in a row (an empty label); remove one.',
    );
    expect(byLabel<HTMLInputElement>(c, 'Name to look up').getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(rows(c)).toHaveLength(5);
  });

  it('lowers the cost with ndots 2', async () => {
    const c = render();
    setValue(byLabel(c, 'ndots'), '2');
    await settle();
    expect(status(c)).toBe('api.example.com: 1 name tried, 2 queries sent; an answer came back.');
  });
});
