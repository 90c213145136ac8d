// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLookupEngine } from '~/components/sims/route-lookup/engine';
import { computeLookup } from '~/components/sims/route-lookup/lookup-model';
import { findPreset } from '~/components/sims/route-lookup/presets';
import { RouteLookupSim } from '~/components/sims/route-lookup/RouteLookupSim';
import { byLabel, mount } from '../dom';

// The island in happy-dom: the build's first result, then the engine (loaded on first use) as the
// learner edits the destination and the table, picks a preset, and makes a mistake.

const lpm = findPreset('lpm-basics') ?? expect.fail('no preset');
let unmount = () => {};
afterEach(() => unmount());

/** Sets a control's value as a learner does, then waits for the engine. */
async function type(
  control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  value: string,
) {
  const proto =
    control instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : control instanceof HTMLSelectElement
        ? HTMLSelectElement.prototype
        : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(control, value);
    control.dispatchEvent(
      new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
    );
    await loadLookupEngine();
  });
}

/** Submits the form and waits for the engine. */
async function submit(container: HTMLElement) {
  await act(async () => {
    container.querySelector('form')?.requestSubmit();
    await loadLookupEngine();
  });
}

/** The decision paragraph's text. */
const decision = (container: HTMLElement) =>
  container.querySelector('.rtl-decision')?.textContent ?? '';

/** The route column of the highlighted rows. */
const winners = (container: HTMLElement) =>
  [...container.querySelectorAll('tr.rtl-winner th')].map((cell) => cell.textContent);

describe('RouteLookupSim', () => {
  it('opens on the build’s result, the winner highlighted in a scrollable, focusable region', () => {
    const mounted = mount(
      <RouteLookupSim preset="lpm-basics" result={computeLookup(lpm.table, lpm.destination)} />,
    );
    unmount = mounted.unmount;
    const { container } = mounted;
    expect(decision(container)).toBe('Forward to the next hop 10.0.12.2 out GigabitEthernet0/1.');
    expect(winners(container)).toEqual(['S 10.20.30.64/27']);
    expect(container.querySelectorAll('.rtl-matches tbody tr')).toHaveLength(4);
    const region = container.querySelector('[role="region"]');
    expect(region?.getAttribute('tabindex')).toBe('0');
    expect(region?.getAttribute('aria-label')).toBe('Routes that contain 10.20.30.70');
    expect(byLabel<HTMLTextAreaElement>(container, 'Routing table').value).toBe(lpm.table);
  });

  it('looks up a new destination as it is typed, and a new table when edited', async () => {
    const mounted = mount(
      <RouteLookupSim preset="lpm-basics" result={computeLookup(lpm.table, lpm.destination)} />,
    );
    unmount = mounted.unmount;
    const { container } = mounted;
    await type(byLabel(container, 'Destination'), '10.20.30.200');
    expect(winners(container)).toEqual(['O 10.20.30.0/24']);
    await type(
      byLabel(container, 'Routing table'),
      lpm.table.replace(/^O +10\.20\.30\.0\/24.*$/m, ''),
    );
    expect(winners(container)).toEqual(['O 10.20.0.0/16']);
  });

  it('shows a mistake beside its field on submit and keeps the last result, dimmed', async () => {
    const mounted = mount(
      <RouteLookupSim preset="lpm-basics" result={computeLookup(lpm.table, lpm.destination)} />,
    );
    unmount = mounted.unmount;
    const { container } = mounted;
    await type(byLabel(container, 'Destination'), '10.20.30');
    await submit(container);
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.id).toContain('destination-error');
    expect(alert?.textContent).toContain("'10.20.30' has 3 numbers");
    expect(byLabel(container, 'Destination').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('.rtl-result')?.getAttribute('data-stale')).toBe('true');
    expect(winners(container)).toEqual(['S 10.20.30.64/27']);

    await type(byLabel(container, 'Destination'), '10.20.30.70');
    await type(
      byLabel(container, 'Routing table'),
      `${lpm.table}\nX 10.9.0.0/16 [1/0] via 10.0.12.2`,
    );
    await submit(container);
    const tableAlert = container.querySelector('[role="alert"]');
    expect(tableAlert?.id).toContain('table-error');
    expect(tableAlert?.textContent).toContain("Line 27: 'X' is not a route code");
  });

  it('takes a pasted show ipv6 route and an IPv6 destination', async () => {
    const mounted = mount(
      <RouteLookupSim preset="lpm-basics" result={computeLookup(lpm.table, lpm.destination)} />,
    );
    unmount = mounted.unmount;
    const { container } = mounted;
    const ipv6 = [
      'IPv6 Routing Table - default - 3 entries',
      'S   ::/0 [1/0]',
      '     via 2001:DB8:FFFF::1',
      'C   2001:DB8:FFFF::/64 [0/0]',
      '     via GigabitEthernet0/0, directly connected',
      'O   2001:DB8:20:30::/64 [110/20]',
      '     via FE80::3, GigabitEthernet0/2',
    ].join('\n');
    await type(byLabel(container, 'Routing table'), ipv6);
    await type(byLabel(container, 'Destination'), '2001:db8:20:30::9');
    expect(winners(container)).toEqual(['O 2001:db8:20:30::/64']);
    expect(decision(container)).toBe('Forward to the next hop fe80::3 out GigabitEthernet0/2.');
  });

  it('loads another preset from the picker', async () => {
    const mounted = mount(
      <RouteLookupSim preset="lpm-basics" result={computeLookup(lpm.table, lpm.destination)} />,
    );
    unmount = mounted.unmount;
    const { container } = mounted;
    await type(byLabel(container, 'Example router'), 'ospf-vs-static');
    expect(byLabel<HTMLInputElement>(container, 'Destination').value).toBe('172.16.8.200');
    expect(winners(container)).toEqual(['O 172.16.8.128/25']);
    expect(container.textContent).toContain('a longer prefix beats a lower AD');
  });
});
