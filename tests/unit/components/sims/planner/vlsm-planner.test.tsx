// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VlsmPlannerSim } from '~/components/sims/planner/VlsmPlanner';
import { loadVlsmEngine } from '~/components/sims/planner/engines';
import { firstVlsmLayout } from '~/components/sims/planner/vlsm-view';
import type * as EnginesModule from '~/components/sims/planner/engines';
import { byLabel, button, click, describedText, focusOn, mount, settle, type } from './dom';
import type { Mounted } from './dom';

// The engine loader, watched: the island must render the build's layout without calling it.
vi.mock('~/components/sims/planner/engines', async (importOriginal) => {
  const real = await importOriginal<typeof EnginesModule>();
  return { ...real, loadVlsmEngine: vi.fn(real.loadVlsmEngine) };
});

let mounted: Mounted | null = null;

beforeEach(() => {
  vi.mocked(loadVlsmEngine).mockClear();
});

afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

/** Renders the planner with its build-time layout, as the wrapper does, and returns its container. */
function render(base = '192.168.1.0/24', hosts: number[] = [100, 50, 20, 2, 2]): HTMLElement {
  mounted = mount(
    <VlsmPlannerSim base={base} hosts={hosts} layout={firstVlsmLayout(base, hosts)} />,
  );
  return mounted.container;
}

/** Waits for the engine that the learner's first action started loading. */
async function engineLoaded(): Promise<void> {
  await settle(loadVlsmEngine());
}

/** The table body as rows of cell texts. */
function table(container: HTMLElement): string[][] {
  return [...container.querySelectorAll('.plan-table tbody tr')].map((tr) =>
    [...tr.children].map((cell) => cell.textContent ?? ''),
  );
}

/** The text equivalent of the drawing, one line per segment. */
function mapList(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.plan-map-list li')].map((li) => li.textContent ?? '');
}

/** The status line (a polite live region). */
function status(container: HTMLElement): string {
  return container.querySelector('[role="status"]')?.textContent ?? '';
}

describe('VlsmPlanner', () => {
  it('renders the build-time layout without the engine, and loads it on focus', async () => {
    const container = render();
    expect(table(container)[0]).toEqual(['LAN A', '100', '192.168.1.0/25', '126', '26']);
    expect(mapList(container)).toHaveLength(7);
    expect(status(container)).toBe(
      '5 subnets use 232 of 256 addresses in 192.168.1.0/24; 24 free.',
    );
    expect(loadVlsmEngine).not.toHaveBeenCalled();
    focusOn(byLabel(container, 'Base network'));
    expect(loadVlsmEngine).toHaveBeenCalledTimes(1);
    await engineLoaded();
    expect(table(container)[0]).toEqual(['LAN A', '100', '192.168.1.0/25', '126', '26']);
  });

  it('applies an edit typed before the engine arrived, once it has loaded', async () => {
    const container = render('10.0.0.0/24', [60]);
    type(byLabel(container, 'Hosts needed in subnet 1'), '100');
    expect(loadVlsmEngine).toHaveBeenCalled();
    await engineLoaded();
    expect(table(container)).toEqual([['LAN A', '100', '10.0.0.0/25', '126', '26']]);
  });

  it('says clearly when the engine cannot load, and keeps the layout shown', async () => {
    vi.mocked(loadVlsmEngine).mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const container = render();
    type(byLabel(container, 'Hosts needed in subnet 1'), '10');
    await settle();
    expect(container.querySelector('[role="alert"]')?.textContent).toMatch(
      /^The planner could not load/,
    );
    expect(table(container)[0]).toEqual(['LAN A', '100', '192.168.1.0/25', '126', '26']);
    type(byLabel(container, 'Hosts needed in subnet 1'), '120');
    await engineLoaded();
    expect(container.querySelector('[role="alert"]')).toBeNull();
    expect(table(container)[0]).toEqual(['LAN A', '120', '192.168.1.0/25', '126', '6']);
  });

  it('allocates the default requests largest first and lists them in input order', () => {
    const container = render();
    expect(table(container)).toEqual([
      ['LAN A', '100', '192.168.1.0/25', '126', '26'],
      ['LAN B', '50', '192.168.1.128/26', '62', '12'],
      ['LAN C', '20', '192.168.1.192/27', '30', '10'],
      ['LAN D', '2', '192.168.1.224/30', '2', '0'],
      ['LAN E', '2', '192.168.1.228/30', '2', '0'],
    ]);
    expect(status(container)).toBe(
      '5 subnets use 232 of 256 addresses in 192.168.1.0/24; 24 free.',
    );
  });

  it('draws every subnet and the free blocks, with a text list that says the same', () => {
    const container = render();
    expect(mapList(container)).toEqual([
      '192.168.1.0/25 LAN A (128 addresses)',
      '192.168.1.128/26 LAN B (64 addresses)',
      '192.168.1.192/27 LAN C (32 addresses)',
      '192.168.1.224/30 LAN D (4 addresses)',
      '192.168.1.228/30 LAN E (4 addresses)',
      '192.168.1.232/29 free (8 addresses)',
      '192.168.1.240/28 free (16 addresses)',
    ]);
    const segments = [...container.querySelectorAll<HTMLElement>('.plan-map .plan-seg')];
    expect(segments.map((s) => [s.style.left, s.style.width])).toEqual([
      ['0%', '50%'],
      ['50%', '25%'],
      ['75%', '12.5%'],
      ['87.5%', '1.56%'],
      ['89.06%', '1.56%'],
      ['90.63%', '3.13%'],
      ['93.75%', '6.25%'],
    ]);
    expect(container.querySelector('.plan-map')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('says clearly when the subnets do not fit, keeping the last layout', async () => {
    const container = render();
    type(byLabel(container, 'Hosts needed in subnet 2'), '120');
    await engineLoaded();
    expect(status(container)).toMatch(/^They do not fit: These subnets need 296 addresses in all/);
    expect(container.querySelector('.plan-stale')).not.toBeNull();
    expect(table(container)[1]).toEqual(['LAN B', '50', '192.168.1.128/26', '62', '12']);
  });

  it('names a bad host count at its row', async () => {
    const container = render();
    const hosts = byLabel(container, 'Hosts needed in subnet 3');
    type(hosts, '0');
    await engineLoaded();
    expect(hosts.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(hosts, '-error')).toContain('Subnet 3 asks for 0 hosts');
  });

  it('says a new empty row or a typed word is not a host count yet', async () => {
    const container = render('10.0.0.0/24', [60]);
    click(button(container, 'Add a subnet'));
    await engineLoaded();
    expect(status(container)).toBe(
      "Not allocated yet: Subnet 2's host count is empty: type how many hosts it needs, a whole number from 1 to 4,294,967,294.",
    );
    const hosts = byLabel(container, 'Hosts needed in subnet 2');
    type(hosts, 'ten');
    expect(hosts.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(hosts, '-error')).toContain(
      "Subnet 2's host count is not a whole number (got 'ten')",
    );
    type(hosts, '1,000');
    expect(status(container)).toMatch(/^They do not fit: These subnets need 1,088 addresses/);
  });

  it('shows the mistake in the base network first when a row is wrong too', async () => {
    const container = render();
    type(byLabel(container, 'Hosts needed in subnet 2'), '');
    await engineLoaded();
    const base = byLabel(container, 'Base network');
    type(base, '192.168.1.7/24');
    expect(base.getAttribute('aria-invalid')).toBe('true');
    expect(byLabel(container, 'Hosts needed in subnet 2').getAttribute('aria-invalid')).not.toBe(
      'true',
    );
  });

  it('names a bad base network at its field', async () => {
    const container = render();
    const base = byLabel(container, 'Base network');
    type(base, '192.168.1.7/24');
    await engineLoaded();
    expect(base.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(base, '-error')).toContain('host bits set');
    type(base, '10.0.0.0/23');
    expect(table(container)[0]).toEqual(['LAN A', '100', '10.0.0.0/25', '126', '26']);
  });

  it('adds a named row (focused on its hosts) and removes one', async () => {
    const container = render('10.0.0.0/24', [60]);
    click(button(container, 'Add a subnet'));
    await engineLoaded();
    const hosts = byLabel(container, 'Hosts needed in subnet 2');
    expect(byLabel(container, 'Name of subnet 2').value).toBe('LAN B');
    expect(container.ownerDocument.activeElement).toBe(hosts);
    type(hosts, '10');
    expect(table(container)).toEqual([
      ['LAN A', '60', '10.0.0.0/26', '62', '2'],
      ['LAN B', '10', '10.0.0.64/28', '14', '4'],
    ]);
    type(byLabel(container, 'Name of subnet 2'), 'Printers');
    click(button(container, 'Remove Printers'));
    expect(table(container)).toEqual([['LAN A', '60', '10.0.0.0/26', '62', '2']]);
    expect(button(container, 'Remove LAN A').disabled).toBe(true);
    expect(container.ownerDocument.activeElement).toBe(button(container, 'Add a subnet'));
  });
});
