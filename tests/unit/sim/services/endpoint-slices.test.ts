import { describe, expect, it } from 'vitest';
import { categorizeEndpoints, compileCluster, proxyEndpoints } from '~/sim/services';
import { cluster, webService } from './fixture';

describe('EndpointSlice conditions', () => {
  it('marks a terminating pod not ready, serving while its probe passes, and terminating', () => {
    const c = cluster();
    c.pods[0] = { ...c.pods[0]!, terminating: true };
    c.pods[1] = { ...c.pods[1]!, ready: false };
    const slice = compileCluster(c).slices.get('default/web');
    expect(slice?.endpoints.map((e) => [e.targetRef.name, e.conditions])).toEqual([
      ['web-1', { ready: false, serving: true, terminating: true }],
      ['web-2', { ready: false, serving: false, terminating: false }],
      ['web-3', { ready: true, serving: true, terminating: false }],
    ]);
    expect(slice?.ports).toEqual([{ name: 'http', port: 8080, protocol: 'TCP' }]);
    expect(slice?.endpoints[2]?.zone).toBe('zone-2');
  });

  it('selects only pods whose labels include the whole selector, in the Service namespace', () => {
    const c = cluster([webService({ selector: { app: 'web', tier: 'front' } })]);
    c.pods[2] = { ...c.pods[2]!, labels: { app: 'web', tier: 'front' } };
    c.pods.push({
      name: 'other-ns',
      namespace: 'shop',
      node: 'node-a',
      ip: '10.244.0.20',
      labels: { app: 'web', tier: 'front' },
      ready: true,
    });
    expect(
      compileCluster(c)
        .slices.get('default/web')
        ?.endpoints.map((e) => e.targetRef.name),
    ).toEqual(['web-3']);
  });

  it('uses serving terminating endpoints only when no endpoint is ready', () => {
    const c = cluster();
    c.pods[0] = { ...c.pods[0]!, terminating: true };
    const compiled = compileCluster(c);
    const service = compiled.services[0]!;
    const all = proxyEndpoints(compiled.slices.get('default/web') ?? null, service.ports[0]!);
    expect(categorizeEndpoints(service, all, 'node-a', c).cluster.map((e) => e.pod)).toEqual([
      'web-2',
      'web-3',
    ]);
    c.pods[1] = { ...c.pods[1]!, terminating: true };
    c.pods[2] = { ...c.pods[2]!, ready: false };
    const again = compileCluster(c);
    const all2 = proxyEndpoints(again.slices.get('default/web') ?? null, service.ports[0]!);
    const cat = categorizeEndpoints(again.services[0]!, all2, 'node-a', c);
    expect(cat.cluster.map((e) => e.pod)).toEqual(['web-1', 'web-2']);
    expect(cat.local.map((e) => e.pod)).toEqual(['web-1']);
  });

  it('narrows to the same zone (PreferSameZone) or the same node (PreferSameNode)', () => {
    for (const [mode, node, expected] of [
      ['PreferSameZone', 'node-a', ['web-1', 'web-2']],
      ['PreferClose', 'node-c', ['web-3']],
      ['PreferSameNode', 'node-b', ['web-2']],
    ] as const) {
      const c = cluster([webService({ trafficDistribution: mode })]);
      const compiled = compileCluster(c);
      const s = compiled.services[0]!;
      const all = proxyEndpoints(compiled.slices.get('default/web') ?? null, s.ports[0]!);
      expect(categorizeEndpoints(s, all, node, c).cluster.map((e) => e.pod)).toEqual(expected);
    }
  });
});
