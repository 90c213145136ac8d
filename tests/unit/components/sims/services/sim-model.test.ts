import { describe, expect, it } from 'vitest';
import { clusterFromState, simulate, serviceFromState } from '~/components/sims/services/sim-model';
import { DEFAULT_SIM_STATE, type SimState } from '~/components/sims/services/sim-state';

/** The default state with some settings changed. */
function state(patch: Partial<SimState>): SimState {
  return { ...DEFAULT_SIM_STATE, ...patch };
}

describe('Service simulator model', () => {
  it('opens on a ClusterIP Service spread over three pods, with its iptables rules on node-a', () => {
    const view = simulate(DEFAULT_SIM_STATE);
    expect(view.error).toBeNull();
    expect(view.service).toMatchObject({
      type: 'ClusterIP',
      clusterIP: '10.96.0.20',
      externalIP: '<none>',
      ports: '80/TCP',
    });
    expect(view.endpoints.map((e) => e.pod)).toEqual(['web-1', 'web-2', 'web-3']);
    expect(view.endpoints.reduce((sum, e) => sum + e.count, 0)).toBe(300);
    expect(view.rulesNode).toBe('node-a');
    expect(view.rules).toContain('--probability 0.3333333333');
    expect(simulate(DEFAULT_SIM_STATE)).toEqual(view);
  });

  it('shows a node port error beside its field, in the engine\u2019s words', () => {
    const view = simulate(state({ serviceType: 'NodePort', nodePort: '8080' }));
    expect(view.error?.field).toBe('spec.ports[0].nodePort');
    expect(view.error?.message).toMatch(/outside the NodePort range 30000-32767/);
    expect(simulate(state({ serviceType: 'NodePort', nodePort: 'abc' })).error?.message).toMatch(
      /nodePort must be a whole number from 30000 to 32767, such as 30080/,
    );
    expect(simulate(state({ requests: '0' })).error?.field).toBe('requests');
  });

  it('drops node-c\u2019s node-port traffic with Local (no web pod there) and keeps the client IP on node-a', () => {
    const dropped = simulate(
      state({ serviceType: 'NodePort', externalTrafficPolicy: 'Local', client: 'ext-c' }),
    );
    expect([dropped.delivered, dropped.dropped]).toEqual([0, 300]);
    const kept = simulate(
      state({ serviceType: 'NodePort', externalTrafficPolicy: 'Local', client: 'ext-a' }),
    );
    expect(kept.first?.seenSource).toBe('203.0.113.7');
    expect(kept.endpoints.find((e) => e.pod === 'web-3')?.count).toBe(0);
  });

  it('builds the manifest for each type, headless and ExternalName included', () => {
    expect(serviceFromState(state({ serviceType: 'Headless' })).spec.clusterIP).toBe('None');
    expect(serviceFromState(state({ serviceType: 'ExternalName' })).spec).toEqual({
      type: 'ExternalName',
      externalName: 'web.example.com',
    });
    expect(
      serviceFromState(state({ serviceType: 'LoadBalancer' })).status?.loadBalancer?.ingress,
    ).toEqual([{ ip: '198.51.100.20' }]);
    expect(simulate(state({ serviceType: 'ExternalName' })).notProxied).toBe(300);
    expect(clusterFromState(DEFAULT_SIM_STATE).pods.map((p) => p.ip)).toEqual([
      '10.244.0.10',
      '10.244.0.11',
      '10.244.1.12',
      '10.244.0.50',
      '10.244.2.50',
    ]);
  });

  it('renders the chosen mode\u2019s rules: nft text and ipvsadm text', () => {
    expect(simulate(state({ mode: 'nftables' })).rules).toContain('table ip kube-proxy {');
    expect(simulate(state({ mode: 'ipvs' })).rules).toContain('TCP  10.96.0.20:80 rr');
  });
});
