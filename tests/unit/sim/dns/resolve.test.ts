import { describe, expect, it } from 'vitest';
import { resolve, resolvConf, type DnsCluster } from '~/sim/dns';
import { CLUSTER } from './fixture';

// Lookups from a pod against the records of the Kubernetes DNS specification (schema 1.1.0).

const from = (
  fromNamespace: string,
  name: string,
  type: 'A' | 'AAAA' | 'SRV' | 'PTR' | 'TXT' = 'A',
) => resolve(CLUSTER, { fromNamespace, name, type });

describe('resolve: ClusterIP Services', () => {
  it('finds a Service of the pod’s namespace by its short name on the first try', () => {
    expect(from('shop', 'web')).toEqual({
      tried: [{ name: 'web.shop.svc.cluster.local.', rcode: 'NOERROR' }],
      answers: [{ name: 'web.shop.svc.cluster.local.', type: 'A', data: '10.96.4.20' }],
    });
  });

  it('needs the namespace from elsewhere: web.shop costs one NXDOMAIN first', () => {
    expect(from('default', 'web.shop').tried).toEqual([
      { name: 'web.shop.default.svc.cluster.local.', rcode: 'NXDOMAIN' },
      { name: 'web.shop.svc.cluster.local.', rcode: 'NOERROR' },
    ]);
  });

  it('does not find a Service of another namespace by its short name', () => {
    const result = from('default', 'web');
    expect(result.tried.map((t) => t.rcode)).toEqual([
      'NXDOMAIN',
      'NXDOMAIN',
      'NXDOMAIN',
      'FORWARDED',
    ]);
    expect(result.answers).toEqual([]);
  });

  it('answers an IPv6 Service with AAAA and NODATA for A (and keeps searching)', () => {
    expect(from('prod', 'api', 'AAAA').answers).toEqual([
      { name: 'api.prod.svc.cluster.local.', type: 'AAAA', data: 'fd00:10:96::a' },
    ]);
    expect(from('prod', 'api', 'A').tried).toEqual([
      { name: 'api.prod.svc.cluster.local.', rcode: 'NODATA' },
      { name: 'api.svc.cluster.local.', rcode: 'NXDOMAIN' },
      { name: 'api.cluster.local.', rcode: 'NXDOMAIN' },
      { name: 'api.', rcode: 'FORWARDED' },
    ]);
  });

  it('serves SRV for named ports only, CoreDNS-style priority 0 weight 100', () => {
    expect(from('shop', '_http._tcp.web', 'SRV').answers).toEqual([
      {
        name: '_http._tcp.web.shop.svc.cluster.local.',
        type: 'SRV',
        priority: 0,
        weight: 100,
        port: 80,
        target: 'web.shop.svc.cluster.local.',
      },
    ]);
    expect(from('shop', '_dns._udp.kube-dns.kube-system', 'SRV').answers[0]?.port).toBe(53);
    expect(from('shop', '_dns._tcp.kube-dns.kube-system', 'SRV').answers).toEqual([]);
  });

  it('answers PTR for a cluster IP, typed as an address or as the reverse name', () => {
    const ptr = {
      name: '10.0.96.10.in-addr.arpa.',
      type: 'PTR',
      data: 'kube-dns.kube-system.svc.cluster.local.',
    };
    expect(from('shop', '10.96.0.10', 'PTR')).toEqual({
      tried: [{ name: '10.0.96.10.in-addr.arpa.', rcode: 'NOERROR' }],
      answers: [ptr],
    });
    expect(from('shop', '10.0.96.10.in-addr.arpa', 'PTR').answers).toEqual([ptr]);
    expect(from('prod', 'fd00:10:96::a', 'PTR').answers[0]?.data).toBe(
      'api.prod.svc.cluster.local.',
    );
    expect(from('prod', 'fd00:10:96::a', 'PTR').tried[0]?.name).toBe(
      'a.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.6.9.0.0.0.1.0.0.0.0.d.f.ip6.arpa.',
    );
  });

  it('forwards reverse names it does not know (fallthrough in-addr.arpa)', () => {
    expect(from('shop', '192.0.2.1', 'PTR').tried).toEqual([
      { name: '1.2.0.192.in-addr.arpa.', rcode: 'FORWARDED' },
    ]);
  });

  it('answers the schema version', () => {
    expect(from('shop', 'dns-version.cluster.local.', 'TXT').answers).toEqual([
      { name: 'dns-version.cluster.local.', type: 'TXT', data: '1.1.0' },
    ]);
  });
});

describe('resolve: headless Services', () => {
  it('returns the ready endpoints only', () => {
    expect(from('shop', 'db').answers.map((r) => r.data)).toEqual(['10.244.1.5', '10.244.2.7']);
  });

  it('answers each ready endpoint’s hostname record, NXDOMAIN for a not-ready one', () => {
    expect(from('shop', 'db-1.db').answers).toEqual([
      { name: 'db-1.db.shop.svc.cluster.local.', type: 'A', data: '10.244.2.7' },
    ]);
    expect(from('shop', 'db-2.db.shop.svc.cluster.local.').tried).toEqual([
      { name: 'db-2.db.shop.svc.cluster.local.', rcode: 'NXDOMAIN' },
    ]);
  });

  it('is NXDOMAIN when no endpoint is ready', () => {
    expect(from('shop', 'idle.shop.svc.cluster.local.').tried[0]?.rcode).toBe('NXDOMAIN');
  });

  it('gives one SRV per ready endpoint and named port, targets the hostname records', () => {
    const srv = from('shop', '_postgres._tcp.db', 'SRV').answers;
    expect(srv.map((r) => `${String(r.weight)} ${String(r.port)} ${r.target ?? ''}`)).toEqual([
      '50 5432 db-0.db.shop.svc.cluster.local.',
      '50 5432 db-1.db.shop.svc.cluster.local.',
    ]);
  });

  it('names an endpoint without hostname by its dashed address, and answers PTR', () => {
    expect(from('shop', '_redis._tcp.cache', 'SRV').answers[0]?.target).toBe(
      '10-244-1-12.cache.shop.svc.cluster.local.',
    );
    expect(from('shop', '10.244.1.5', 'PTR').answers[0]?.data).toBe(
      'db-0.db.shop.svc.cluster.local.',
    );
  });
});

describe('resolve: ExternalName, pods and names outside the cluster', () => {
  it('answers ExternalName with a CNAME (upstream resolves the target)', () => {
    expect(from('shop', 'payments')).toEqual({
      tried: [{ name: 'payments.shop.svc.cluster.local.', rcode: 'NOERROR' }],
      answers: [
        { name: 'payments.shop.svc.cluster.local.', type: 'CNAME', data: 'payments.example.com.' },
      ],
    });
  });

  it('follows a CNAME that points inside the cluster zone', () => {
    expect(from('shop', 'legacy').answers).toEqual([
      {
        name: 'legacy.shop.svc.cluster.local.',
        type: 'CNAME',
        data: 'web.shop.svc.cluster.local.',
      },
      { name: 'web.shop.svc.cluster.local.', type: 'A', data: '10.96.4.20' },
    ]);
  });

  it('answers pod names from the name itself (pods insecure)', () => {
    expect(from('default', '10-244-9-9.shop.pod').answers).toEqual([
      { name: '10-244-9-9.shop.pod.cluster.local.', type: 'A', data: '10.244.9.9' },
    ]);
    expect(from('default', '10-244-9-9.shop.pod', 'AAAA').tried[1]).toEqual({
      name: '10-244-9-9.shop.pod.svc.cluster.local.',
      rcode: 'NXDOMAIN',
    });
  });

  it('checks pods exist in verified mode and answers none when disabled', () => {
    const verified: DnsCluster = { ...CLUSTER, podsMode: 'verified' };
    const q = { fromNamespace: 'shop', type: 'A' as const };
    expect(
      resolve(verified, { ...q, name: '10-244-1-20.shop.pod.cluster.local.' }).answers,
    ).toHaveLength(1);
    expect(
      resolve(verified, { ...q, name: '10-244-9-9.shop.pod.cluster.local.' }).tried[0]?.rcode,
    ).toBe('NXDOMAIN');
    const off: DnsCluster = { ...CLUSTER, podsMode: 'disabled' };
    expect(resolve(off, { ...q, name: '10-244-1-20.shop.pod.cluster.local.' }).answers).toEqual([]);
  });

  it('makes a short external name cost three NXDOMAINs before it is forwarded', () => {
    expect(from('shop', 'api.example.com')).toEqual({
      tried: [
        { name: 'api.example.com.shop.svc.cluster.local.', rcode: 'NXDOMAIN' },
        { name: 'api.example.com.svc.cluster.local.', rcode: 'NXDOMAIN' },
        { name: 'api.example.com.cluster.local.', rcode: 'NXDOMAIN' },
        { name: 'api.example.com.', rcode: 'FORWARDED' },
      ],
      answers: [],
    });
    expect(from('shop', 'api.example.com.').tried).toEqual([
      { name: 'api.example.com.', rcode: 'FORWARDED' },
    ]);
  });

  it('with upstreamNames, goes on past a node search domain upstream does not know', () => {
    const cluster: DnsCluster = { ...CLUSTER, upstreamNames: ['api.example.com'] };
    const conf = resolvConf('shop', { nodeSearch: ['ec2.internal'] });
    const result = resolve(cluster, {
      fromNamespace: 'shop',
      name: 'api.example.com',
      type: 'A',
      conf,
    });
    expect(result.tried.slice(3)).toEqual([
      { name: 'api.example.com.ec2.internal.', rcode: 'FORWARDED', upstream: 'NXDOMAIN' },
      { name: 'api.example.com.', rcode: 'FORWARDED', upstream: 'NOERROR' },
    ]);
  });

  it('says NODATA for a name that exists without records (an empty non-terminal)', () => {
    expect(from('shop', 'shop.svc.cluster.local.').tried[0]?.rcode).toBe('NODATA');
    expect(from('shop', 'pod.cluster.local.').tried[0]?.rcode).toBe('NODATA');
    expect(from('shop', 'nosuch.svc.cluster.local.').tried[0]?.rcode).toBe('NXDOMAIN');
    expect(from('shop', 'web.shop.svc.cluster.local.', 'TXT').tried[0]?.rcode).toBe('NODATA');
  });
});

describe('resolve: bad input', () => {
  it('refuses an unknown record type and a broken cluster, saying what to fix', () => {
    expect(() =>
      resolve(CLUSTER, { fromNamespace: 'shop', name: 'web', type: 'MX' as 'A' }),
    ).toThrow('Record type "MX" is not one of A, AAAA, SRV, PTR, TXT.');
    const broken = (service: object): DnsCluster => ({
      ...CLUSTER,
      services: [{ name: 'x', namespace: 'shop', type: 'ClusterIP', ports: [], ...service }],
    });
    expect(() => from2(broken({ clusterIP: '10.96.300.1' }))).toThrow(
      'The clusterIP of x "10.96.300.1" is not an IPv4 or IPv6 address.',
    );
    expect(() => from2(broken({}))).toThrow('Service x needs a clusterIP');
    expect(() => from2(broken({ type: 'NodePort', clusterIP: 'None' }))).toThrow(
      'only a ClusterIP Service can be headless',
    );
    expect(() => from2(broken({ type: 'ExternalName' }))).toThrow('needs spec.externalName');
    expect(() =>
      from2(broken({ clusterIP: 'None', ports: [{ name: 'h', port: 0, protocol: 'TCP' }] })),
    ).toThrow('Port 0 of x is not a port number');
    expect(() => from2(broken({ name: 'X_Y' }))).toThrow(
      'The Service name "X_Y" is not a valid name',
    );
    expect(() =>
      from2({ ...CLUSTER, services: [...CLUSTER.services, ...CLUSTER.services.slice(0, 1)] }),
    ).toThrow('two Services named default/kubernetes');
  });
});

/** Resolves `web` from shop in a given cluster (to run its checks). */
function from2(cluster: DnsCluster) {
  return resolve(cluster, { fromNamespace: 'shop', name: 'web', type: 'A' });
}
