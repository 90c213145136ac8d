// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClusterIpPlannerSim } from '~/components/sims/planner/ClusterIpPlanner';
import { VlsmPlannerSim } from '~/components/sims/planner/VlsmPlanner';
import type { VlsmLayout } from '~/components/sims/planner/vlsm-rows';
import type { ClusterPlan } from '~/sim/subnet';
import { mount } from './dom';
import type { Mounted } from './dom';

// The islands' first render needs no engine: every engine module (and the planners' lazy engine
// files) fails to import here, so an island that imported one statically would fail this file,
// and one that called its loader would throw. The props are what the wrappers compute at build time.

/** A module factory that fails: importing the engine is the bug this file catches. */
function forbidden(name: string): () => never {
  return () => {
    throw new Error(`${name} was imported: the island's first render must not need the engine`);
  };
}

vi.mock('~/sim/ip', forbidden('~/sim/ip'));
vi.mock('~/sim/ip/ipv4', forbidden('~/sim/ip/ipv4'));
vi.mock('~/sim/ip/input-error', forbidden('~/sim/ip/input-error'));
vi.mock('~/sim/subnet', forbidden('~/sim/subnet'));
vi.mock('~/sim/subnet/vlsm', forbidden('~/sim/subnet/vlsm'));
vi.mock('~/sim/subnet/free-blocks', forbidden('~/sim/subnet/free-blocks'));
vi.mock('~/sim/subnet/describe', forbidden('~/sim/subnet/describe'));
vi.mock('~/sim/subnet/cluster-plan', forbidden('~/sim/subnet/cluster-plan'));
vi.mock('~/components/sims/planner/vlsm-view', forbidden('vlsm-view'));
vi.mock('~/components/sims/planner/plan-engine', forbidden('plan-engine'));
vi.mock('~/components/sims/planner/engines', () => ({
  loadVlsmEngine: forbidden('the VLSM engine loader'),
  loadClusterPlanEngine: forbidden('the cluster plan engine loader'),
}));

/** The layout VlsmPlanner.astro computes for base 10.0.0.0/24 and hosts [60]. */
const LAYOUT: VlsmLayout = {
  base: '10.0.0.0/24',
  addresses: 256,
  used: 64,
  rows: [{ key: 0, name: 'LAN A', hosts: 60, cidr: '10.0.0.0/26', usable: 62, wasted: 2 }],
  segments: [
    {
      kind: 'subnet',
      label: 'LAN A',
      cidr: '10.0.0.0/26',
      addresses: 64,
      offset: 0,
      fraction: 0.25,
    },
    {
      kind: 'free',
      label: 'free',
      cidr: '10.0.0.64/26',
      addresses: 64,
      offset: 0.25,
      fraction: 0.25,
    },
    {
      kind: 'free',
      label: 'free',
      cidr: '10.0.0.128/25',
      addresses: 128,
      offset: 0.5,
      fraction: 0.5,
    },
  ],
};

/** One range of a plan that clashes with nothing. */
function range(name: string, role: 'pods' | 'services' | 'other', cidr: string, last: string) {
  const [first = '', prefix = '32'] = cidr.split('/');
  return { name, role, cidr, first, last, addresses: 2 ** (32 - Number(prefix)), clashes: [] };
}

/** The plan ClusterIpPlanner.astro computes for the kubeadm preset. */
const KUBEADM_PLAN: ClusterPlan = {
  fits: true,
  maxNodes: 256,
  podsPerNodeCidr: 254,
  serviceIps: 1048574,
  overlaps: [],
  findings: [
    {
      level: 'info',
      message:
        'The pod CIDR 10.244.0.0/16 holds 256 node ranges of /24: room for your 20 nodes and 236 more.',
    },
  ],
  ranges: [
    range('Pod CIDR', 'pods', '10.244.0.0/16', '10.244.255.255'),
    range('Service CIDR', 'services', '10.96.0.0/12', '10.111.255.255'),
    range('Node network', 'other', '192.168.0.0/24', '192.168.0.255'),
  ],
};

let mounted: Mounted | null = null;

afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

describe('the planners before their engines load', () => {
  it('VlsmPlanner renders the build-time layout: table, drawing and status', () => {
    mounted = mount(<VlsmPlannerSim base="10.0.0.0/24" hosts={[60]} layout={LAYOUT} />);
    const { container } = mounted;
    const cells = [...container.querySelectorAll('.plan-table tbody td, .plan-table tbody th')];
    expect(cells.map((cell) => cell.textContent)).toEqual([
      'LAN A',
      '60',
      '10.0.0.0/26',
      '62',
      '2',
    ]);
    expect(container.querySelectorAll('.plan-map .plan-seg')).toHaveLength(3);
    expect(container.querySelector('[role="status"]')?.textContent).toBe(
      '1 subnet uses 64 of 256 addresses in 10.0.0.0/24; 192 free.',
    );
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });

  it('ClusterIpPlanner renders the build-time plan: form, verdict and numbers', () => {
    mounted = mount(<ClusterIpPlannerSim preset="kubeadm" plan={KUBEADM_PLAN} />);
    const { container } = mounted;
    expect(container.querySelector('[role="status"]')?.textContent).toBe(
      'The plan fits (0 warnings).',
    );
    expect(container.querySelector('.plan-stats dd')?.textContent).toBe('256');
    expect(container.querySelectorAll('.plan-strip')).toHaveLength(3);
    const pod = container.querySelector<HTMLInputElement>('input[id$="-podCidr"]');
    expect(pod?.value).toBe('10.244.0.0/16');
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });
});
