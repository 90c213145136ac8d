import { describe, expect, it } from 'vitest';
import { podResolvConf, renderResolvConf } from '~/sim/dns';

// The resolv.conf kubelet writes per dnsPolicy, with dnsConfig merged in.

describe('podResolvConf', () => {
  const node = { nameservers: ['172.31.0.2'], search: ['ec2.internal'], options: ['timeout:2'] };

  it('ClusterFirst: cluster DNS, cluster domains then the node’s, ndots:5 only', () => {
    const conf = podResolvConf({ namespace: 'shop' }, { node });
    expect(conf).toMatchObject({
      effectivePolicy: 'ClusterFirst',
      nameservers: ['10.96.0.10'],
      search: ['shop.svc.cluster.local', 'svc.cluster.local', 'cluster.local', 'ec2.internal'],
      options: ['ndots:5'],
      ndots: 5,
    });
  });

  it('Default: the node’s file as it is (ndots 1 when the node sets none)', () => {
    const conf = podResolvConf({ namespace: 'shop', dnsPolicy: 'Default' }, { node });
    expect(conf).toMatchObject({
      nameservers: ['172.31.0.2'],
      search: ['ec2.internal'],
      options: ['timeout:2'],
      ndots: 1,
    });
  });

  it('hostNetwork with ClusterFirst falls back to Default; ClusterFirstWithHostNet does not', () => {
    const fallback = podResolvConf({ namespace: 'shop', hostNetwork: true }, { node });
    expect(fallback.effectivePolicy).toBe('Default');
    expect(fallback.nameservers).toEqual(['172.31.0.2']);
    expect(fallback.notes[0]).toContain('ClusterFirstWithHostNet');
    const withNet = podResolvConf(
      { namespace: 'shop', hostNetwork: true, dnsPolicy: 'ClusterFirstWithHostNet' },
      { node },
    );
    expect(withNet.nameservers).toEqual(['10.96.0.10']);
  });

  it('None: only dnsConfig (the kubernetes.io example)', () => {
    const conf = podResolvConf({
      namespace: 'default',
      dnsPolicy: 'None',
      dnsConfig: {
        nameservers: ['192.0.2.1'],
        searches: ['ns1.svc.cluster-domain.example', 'my.dns.search.suffix'],
        options: [{ name: 'ndots', value: '2' }, { name: 'edns0' }],
      },
    });
    expect(renderResolvConf(conf)).toBe(
      'nameserver 192.0.2.1\nsearch ns1.svc.cluster-domain.example my.dns.search.suffix\noptions ndots:2 edns0\n',
    );
    expect(conf.ndots).toBe(2);
  });

  it('merges dnsConfig: appends without duplicates, options override by name', () => {
    const conf = podResolvConf({
      namespace: 'shop',
      dnsConfig: {
        nameservers: ['10.96.0.10', '1.1.1.1'],
        searches: ['svc.cluster.local', 'corp.example'],
        options: [{ name: 'ndots', value: '2' }, { name: 'single-request-reopen' }],
      },
    });
    expect(conf.nameservers).toEqual(['10.96.0.10', '1.1.1.1']);
    expect(conf.search).toEqual([
      'shop.svc.cluster.local',
      'svc.cluster.local',
      'cluster.local',
      'corp.example',
    ]);
    expect(conf.options).toEqual(['ndots:2', 'single-request-reopen']);
    expect(conf.ndots).toBe(2);
  });

  it('keeps 3 nameservers and 32 search domains, saying so', () => {
    const conf = podResolvConf(
      {
        namespace: 'shop',
        dnsPolicy: 'Default',
        dnsConfig: { nameservers: ['1.1.1.1', '8.8.8.8'] },
      },
      { node: { nameservers: ['172.31.0.2', '172.31.0.3'] } },
    );
    expect(conf.nameservers).toEqual(['172.31.0.2', '172.31.0.3', '1.1.1.1']);
    expect(conf.notes).toEqual(['kubelet keeps the first 3 of 4 nameservers.']);
    const many = Array.from({ length: 32 }, (_, i) => `d${String(i)}.example`);
    const long = podResolvConf({ namespace: 'shop', dnsConfig: { searches: many } });
    expect(long.search).toHaveLength(32);
    expect(long.search[31]).toBe('d28.example');
  });

  it('refuses what the API server refuses', () => {
    expect(() => podResolvConf({ namespace: 'shop', dnsPolicy: 'None' })).toThrow(
      'dnsPolicy None needs dnsConfig.nameservers',
    );
    const four = ['1.1.1.1', '1.0.0.1', '8.8.8.8', '8.8.4.4'];
    expect(() => podResolvConf({ namespace: 'shop', dnsConfig: { nameservers: four } })).toThrow(
      'lists 4 nameservers; at most 3',
    );
    const searches = Array.from({ length: 33 }, (_, i) => `d${String(i)}.example`);
    expect(() => podResolvConf({ namespace: 'shop', dnsConfig: { searches } })).toThrow(
      '33 search domains; at most 32',
    );
    expect(() =>
      podResolvConf({ namespace: 'shop', dnsPolicy: 'ClusterFirstt' as 'ClusterFirst' }),
    ).toThrow('dnsPolicy "ClusterFirstt" is not one of');
  });
});
