import { describe, expect, it } from 'vitest';
import { renderResolvConf, resolvConf } from '~/sim/dns';

// The ClusterFirst resolv.conf kubelet writes, and the file's text.

describe('resolvConf (ClusterFirst)', () => {
  it('lists the namespace, svc and zone domains, ndots 5 and the cluster DNS address', () => {
    expect(resolvConf('shop')).toEqual({
      search: ['shop.svc.cluster.local', 'svc.cluster.local', 'cluster.local'],
      ndots: 5,
      nameserver: '10.96.0.10',
    });
  });

  it('takes another zone, nameserver, ndots and the node’s search domains', () => {
    const conf = resolvConf('prod', {
      zone: 'corp.internal',
      nameserver: '10.100.0.10',
      ndots: 2,
      nodeSearch: ['ec2.internal'],
    });
    expect(conf.search).toEqual([
      'prod.svc.corp.internal',
      'svc.corp.internal',
      'corp.internal',
      'ec2.internal',
    ]);
    expect(renderResolvConf(conf)).toBe(
      'nameserver 10.100.0.10\nsearch prod.svc.corp.internal svc.corp.internal corp.internal ec2.internal\noptions ndots:2\n',
    );
  });

  it('refuses a bad namespace, nameserver or ndots', () => {
    expect(() => resolvConf('Shop')).toThrow('The namespace "Shop" is not a valid name');
    expect(() => resolvConf('shop', { nameserver: 'dns.local' })).toThrow('not an IP address');
    expect(() => resolvConf('shop', { ndots: -1 })).toThrow('whole number from 0 to 15');
  });
});
