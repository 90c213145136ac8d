import { describe, expect, it } from 'vitest';
import { compileCluster, lookupAddress, resolvConf } from '~/sim/dns';
import { CLUSTER } from './fixture';

// What `curl <name>` costs from a pod: an A and an AAAA question per candidate name.

const dns = compileCluster(CLUSTER);

describe('lookupAddress', () => {
  it('costs 8 queries for a short external name with ndots 5 and three search domains', () => {
    const result = lookupAddress(dns, 'shop', 'api.example.com');
    expect(result.queries).toBe(8);
    expect(result.steps.map((s) => `${s.name} ${s.a}/${s.aaaa}`)).toEqual([
      'api.example.com.shop.svc.cluster.local. NXDOMAIN/NXDOMAIN',
      'api.example.com.svc.cluster.local. NXDOMAIN/NXDOMAIN',
      'api.example.com.cluster.local. NXDOMAIN/NXDOMAIN',
      'api.example.com. FORWARDED/FORWARDED',
    ]);
  });

  it('costs 2 queries with a trailing dot, and 2 for a Service in the pod’s namespace', () => {
    expect(lookupAddress(dns, 'shop', 'api.example.com.').queries).toBe(2);
    const web = lookupAddress(dns, 'shop', 'web');
    expect(web.queries).toBe(2);
    expect(web.steps[0]).toEqual({
      name: 'web.shop.svc.cluster.local.',
      a: 'NOERROR',
      aaaa: 'NODATA',
    });
    expect(web.answers.map((r) => r.data)).toEqual(['10.96.4.20']);
  });

  it('goes past node search domains upstream does not know, when upstreamNames is given', () => {
    const withUpstream = compileCluster({ ...CLUSTER, upstreamNames: ['api.example.com'] });
    const conf = resolvConf('shop', { nodeSearch: ['ec2.internal'] });
    const result = lookupAddress(withUpstream, 'shop', 'api.example.com', conf);
    expect(result.queries).toBe(10);
    expect(result.steps[3]).toEqual({
      name: 'api.example.com.ec2.internal.',
      a: 'FORWARDED',
      aaaa: 'FORWARDED',
      upstream: 'NXDOMAIN',
    });
  });

  it('costs 2 queries with ndots 2 for a name with two dots', () => {
    expect(
      lookupAddress(dns, 'shop', 'api.example.com', resolvConf('shop', { ndots: 2 })).queries,
    ).toBe(2);
  });
});
