import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  computeView,
  type ResolverInput,
  type ResolverView,
} from '~/components/sims/dns/resolver-model';

// The DNS lesson's "Try this" notes and counts, checked against what the resolver island shows,
// so the text cannot drift from the simulator.

const lesson = readFileSync(
  new URL('../../../../../content/lessons/services/dns.mdx', import.meta.url),
  'utf8',
);
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

describe('DNS lesson notes', () => {
  it('first resolver: 5 names and 10 queries; a trailing dot or ndots 2 costs one pair', () => {
    expect(lesson).toContain(
      'so curl api.example.com costs 5 names and 10 queries. Add a trailing dot, or set ndots to 2, and it costs one pair.',
    );
    expect(view({}).rows).toHaveLength(5);
    expect(view({}).queries).toBe(10);
    expect(view({ name: 'api.example.com.' }).queries).toBe(2);
    expect(view({ ndots: '2' }).queries).toBe(2);
  });

  it('the text’s counts: 4 names × 2 = 8 without the node domain, 5 × 2 = 10 with it', () => {
    expect(lesson).toContain('**4 names × 2 =\n  8 queries**');
    expect(lesson).toContain('**5 names × 2 = 10 queries**');
    expect(view({ policy: 'None', ndots: '5' }).resolvConf).toContain(
      'search shop.svc.cluster.local\n',
    );
  });

  it('a fully spelt name without the final dot costs five names; with it, one', () => {
    expect(view({ name: 'web.shop.svc.cluster.local' }).rows.map((r) => r.results[0])).toEqual([
      'NXDOMAIN',
      'NXDOMAIN',
      'NXDOMAIN',
      'FORWARDED → upstream NXDOMAIN',
      'NOERROR',
    ]);
    expect(view({ name: 'web.shop.svc.cluster.local.' }).rows).toHaveLength(1);
  });

  it('second resolver: node-agent fails web.shop until ClusterFirstWithHostNet', () => {
    expect(lesson).toContain('<DnsResolver id="dns-resolver-try" pod="node-agent" name="web.shop"');
    expect(view({ pod: 'node-agent', name: 'web.shop' }).answers).toEqual([]);
    expect(view({ pod: 'node-agent', name: 'web.shop' }).summary).toContain('no name answered');
    expect(
      view({ pod: 'node-agent', policy: 'ClusterFirstWithHostNet', name: 'web.shop' }).answers,
    ).toHaveLength(1);
  });

  it('second resolver: SRV for db has two records, PTR 10.96.0.10 names kube-dns, payments is a CNAME', () => {
    expect(lesson).toContain(
      'SRV _postgres._tcp.db (two records: db-2 is not ready), PTR 10.96.0.10, and A payments',
    );
    expect(view({ name: '_postgres._tcp.db', kind: 'SRV' }).answers).toHaveLength(2);
    expect(view({ name: '10.96.0.10', kind: 'PTR' }).answers).toEqual([
      '10.0.96.10.in-addr.arpa. PTR kube-dns.kube-system.svc.cluster.local.',
    ]);
    expect(view({ name: 'payments', kind: 'A' }).answers).toEqual([
      'payments.shop.svc.cluster.local. CNAME payments.example.com.',
    ]);
  });
});
