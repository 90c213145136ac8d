import { describe, expect, it } from 'vitest';
import { compileCluster, describeService, InputError, staticBandSize } from '~/sim/services';
import { cluster, webService } from './fixture';

/** The message of the InputError that building the cluster throws. */
function refusal(services: Parameters<typeof cluster>[0]): string {
  try {
    compileCluster(cluster(services));
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('Service types and defaults', () => {
  it('makes a Service without a type a ClusterIP Service with no node port', () => {
    const facts = describeService(cluster(), 'web');
    expect(facts.service.type).toBe('ClusterIP');
    expect(facts.portsText).toBe('80/TCP');
    expect(facts.externalIPText).toBe('<none>');
    expect(facts.dnsName).toBe('web.default.svc.cluster.local');
  });

  it('allocates node ports from the upper band of 30000-32767 first (lower band 30000-30085)', () => {
    expect(staticBandSize({ from: 30000, to: 32767 })).toBe(86);
    const c = cluster([
      webService({ type: 'NodePort' }),
      webService({ type: 'NodePort', clusterIP: '10.96.0.21' }, 'api'),
    ]);
    const compiled = compileCluster(c);
    expect(compiled.services.map((s) => s.ports[0]?.nodePort)).toEqual([30086, 30087]);
    expect(describeService(c, 'web').portsText).toBe('80:30086/TCP');
  });

  it('gives a requested node port and never hands it out again', () => {
    const compiled = compileCluster(
      cluster([
        webService({ type: 'NodePort' }),
        webService(
          { type: 'NodePort', clusterIP: '10.96.0.21', ports: [{ port: 80, nodePort: 30086 }] },
          'api',
        ),
      ]),
    );
    expect(compiled.services.map((s) => s.ports[0]?.nodePort)).toEqual([30087, 30086]);
  });

  it('refuses a node port outside the range, and one two Services ask for', () => {
    expect(refusal([webService({ type: 'NodePort', ports: [{ port: 80, nodePort: 8080 }] })])).toBe(
      'default/web: nodePort 8080 is outside the NodePort range 30000-32767. Pick a port in that range, or leave nodePort out and Kubernetes picks a free one.',
    );
    expect(
      refusal([
        webService({ type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] }),
        webService(
          { type: 'NodePort', clusterIP: '10.96.0.21', ports: [{ port: 80, nodePort: 30080 }] },
          'api',
        ),
      ]),
    ).toMatch(/^default\/api: nodePort 30080 is already allocated to Service default\/web\./);
  });

  it('gives a LoadBalancer node ports, an address from status, and a health check port with Local', () => {
    const lb = webService({ type: 'LoadBalancer', externalTrafficPolicy: 'Local' });
    lb.status = { loadBalancer: { ingress: [{ ip: '203.0.113.10' }] } };
    const [resolved] = compileCluster(cluster([lb])).services;
    expect(resolved?.ports[0]?.nodePort).toBe(30086);
    expect(resolved?.healthCheckNodePort).toBe(30087);
    expect(resolved?.loadBalancerIPs).toEqual(['203.0.113.10']);
    const pending = describeService(cluster([webService({ type: 'LoadBalancer' })]), 'web');
    expect(pending.externalIPText).toBe('<pending>');
    expect(pending.service.healthCheckNodePort).toBeNull();
    expect(pending.service.externalTrafficPolicy).toBe('Cluster');
  });

  it('allocates no node port when allocateLoadBalancerNodePorts is false', () => {
    const c = cluster([webService({ type: 'LoadBalancer', allocateLoadBalancerNodePorts: false })]);
    expect(describeService(c, 'web').portsText).toBe('80/TCP');
  });

  it('treats ExternalName as a DNS alias with no cluster IP and headless as no virtual IP', () => {
    const alias = describeService(
      cluster([
        {
          metadata: { name: 'db' },
          spec: { type: 'ExternalName', externalName: 'db.example.com' },
        },
      ]),
      'db',
    );
    expect([alias.clusterIPText, alias.externalIPText, alias.proxied]).toEqual([
      '<none>',
      'db.example.com',
      false,
    ]);
    const headless = describeService(cluster([webService({ clusterIP: 'None' })]), 'web');
    expect([headless.clusterIPText, headless.proxied]).toEqual(['None', false]);
    expect(headless.slice?.endpoints).toHaveLength(3);
  });

  it('allocates a free cluster IP when none is asked for', () => {
    const api = webService({}, 'api');
    delete api.spec.clusterIP;
    const c = cluster([webService({ clusterIP: '10.96.0.1' }), api]);
    expect(compileCluster(c).services[1]?.clusterIP).toBe('10.96.0.2');
  });

  it('defaults ClientIP affinity to 10800 seconds and refuses more than a day', () => {
    const c = cluster([webService({ sessionAffinity: 'ClientIP' })]);
    expect(compileCluster(c).services[0]?.affinityTimeoutSeconds).toBe(10800);
    expect(
      refusal([
        webService({
          sessionAffinity: 'ClientIP',
          sessionAffinityConfig: { clientIP: { timeoutSeconds: 90000 } },
        }),
      ]),
    ).toMatch(
      /timeoutSeconds must be a whole number of seconds from 1 to 86400 \(one day\); got 90000\./,
    );
  });

  it('flags externalIPs as deprecated and PreferClose as the old name of PreferSameZone', () => {
    const [s] = compileCluster(
      cluster([webService({ externalIPs: ['198.51.100.20'], trafficDistribution: 'PreferClose' })]),
    ).services;
    expect(s?.warnings).toHaveLength(2);
    expect(s?.warnings[0]).toMatch(/deprecated since Kubernetes v1\.36/);
    expect(s?.externalTrafficPolicy).toBe('Cluster');
  });

  it('refuses combinations the API refuses, in plain words', () => {
    expect(refusal([webService({ type: 'NodePort', clusterIP: 'None' })])).toMatch(
      /headless\) is only allowed with type ClusterIP/,
    );
    expect(refusal([webService({ externalTrafficPolicy: 'Local' })])).toMatch(
      /may only be set on NodePort and LoadBalancer/,
    );
    expect(refusal([webService({ ports: [{ port: 80, nodePort: 30080 }] })])).toMatch(
      /nodePort is only allowed on NodePort and LoadBalancer/,
    );
    expect(refusal([webService({ ports: [{ port: 80 }, { port: 443 }] })])).toMatch(
      /every port needs its own name/,
    );
    expect(refusal([webService({ ports: [{ port: 70000 }] })])).toMatch(/port 70000 is not a port/);
    expect(refusal([{ metadata: { name: 'x' }, spec: { type: 'ExternalName' } }])).toMatch(
      /needs spec.externalName/,
    );
    expect(refusal([webService({}, 'Web_1')])).toMatch(/a Service name must be/);
    expect(refusal([webService({ clusterIP: '10.200.0.1' })])).toMatch(
      /not a usable address of the service CIDR 10\.96\.0\.0\/12/,
    );
    expect(refusal([webService(), webService()])).toBe(
      'Two Services are named default/web; a name is unique within its namespace.',
    );
    expect(refusal([webService({ trafficDistribution: 'Nearest' as never })])).toMatch(
      /trafficDistribution 'Nearest' is not known/,
    );
  });
});
