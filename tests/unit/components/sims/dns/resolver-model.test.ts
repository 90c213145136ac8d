import { describe, expect, it } from 'vitest';
import {
  computeView,
  type ResolverInput,
  type ResolverView,
} from '~/components/sims/dns/resolver-model';

// What the DNS resolver island shows for the learner's choices.

const BASE: ResolverInput = {
  pod: 'shop-client',
  policy: 'ClusterFirst',
  ndots: 'policy',
  name: 'api.example.com',
  kind: 'A+AAAA',
};
const view = (change: Partial<ResolverInput>): ResolverView => {
  const outcome = computeView({ ...BASE, ...change });
  return 'view' in outcome ? outcome.view : expect.fail(outcome.error);
};

describe('computeView', () => {
  it('shows curl api.example.com costing 5 names and 10 queries with the node’s search domain', () => {
    const v = view({});
    expect(v.resolvConf).toBe(
      'nameserver 10.96.0.10\nsearch shop.svc.cluster.local svc.cluster.local cluster.local ec2.internal\noptions ndots:5\n',
    );
    expect(v.rows.map((r) => `${r.name} ${r.results.join(' | ')}`)).toEqual([
      'api.example.com.shop.svc.cluster.local. NXDOMAIN | NXDOMAIN',
      'api.example.com.svc.cluster.local. NXDOMAIN | NXDOMAIN',
      'api.example.com.cluster.local. NXDOMAIN | NXDOMAIN',
      'api.example.com.ec2.internal. FORWARDED → upstream NXDOMAIN | FORWARDED → upstream NXDOMAIN',
      'api.example.com. FORWARDED → upstream NOERROR | FORWARDED → upstream NOERROR',
    ]);
    expect(v.queries).toBe(10);
    expect(v.summary).toBe('api.example.com: 5 names tried, 10 queries sent; an answer came back.');
  });

  it('costs one pair with a trailing dot, or with ndots 2', () => {
    expect(view({ name: 'api.example.com.' }).queries).toBe(2);
    expect(view({ ndots: '2' }).queries).toBe(2);
    expect(view({ ndots: '2' }).resolvConf).toContain('options ndots:2\n');
  });

  it('finds a Service and lists its answers', () => {
    const v = view({ name: 'web' });
    expect(v.answers).toEqual(['web.shop.svc.cluster.local. A 10.96.4.20']);
    expect(v.rows[0]?.results).toEqual(['NOERROR', 'NODATA']);
    expect(view({ name: '_postgres._tcp.db', kind: 'SRV' }).answers).toEqual([
      '_postgres._tcp.db.shop.svc.cluster.local. SRV 0 50 5432 db-0.db.shop.svc.cluster.local.',
      '_postgres._tcp.db.shop.svc.cluster.local. SRV 0 50 5432 db-1.db.shop.svc.cluster.local.',
    ]);
  });

  it('fails a name that nobody knows, after trying every candidate', () => {
    const v = view({ name: 'nosuch.example.com' });
    expect(v.rows).toHaveLength(5);
    expect(v.summary).toBe(
      'nosuch.example.com: 5 names tried, 10 queries sent; no name answered, so the lookup fails.',
    );
  });

  it('on the host network with ClusterFirst, asks the node’s resolver and misses cluster names', () => {
    const v = view({ pod: 'node-agent', name: 'web.shop' });
    expect(v.resolvConf).toBe('nameserver 172.31.0.2\nsearch ec2.internal\n');
    expect(v.notes).toHaveLength(2);
    expect(v.rows.map((r) => r.results[0])).toEqual([
      'FORWARDED → upstream NXDOMAIN',
      'FORWARDED → upstream NXDOMAIN',
    ]);
    const fixed = view({ pod: 'node-agent', policy: 'ClusterFirstWithHostNet', name: 'web.shop' });
    expect(fixed.answers).toEqual(['web.shop.svc.cluster.local. A 10.96.4.20']);
  });

  it('with None, uses the island’s dnsConfig (one search domain, ndots 2)', () => {
    expect(view({ policy: 'None' }).resolvConf).toBe(
      'nameserver 10.96.0.10\nsearch shop.svc.cluster.local\noptions ndots:2\n',
    );
  });

  it('returns a mistake for its field instead of throwing', () => {
    expect(computeView({ ...BASE, name: 'web..shop' })).toEqual({
      error: '"web..shop" has two dots in a row (an empty label); remove one.',
      field: 'name',
    });
  });
});
