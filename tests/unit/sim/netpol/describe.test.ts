import { describe, expect, it } from 'vitest';
import { describePeer, describePort, describeSelector } from '~/sim/netpol';

describe('readable selectors, peers and ports', () => {
  it.each([
    [{}, '{}'],
    [{ matchLabels: { app: 'frontend' } }, 'app=frontend'],
    [
      {
        matchLabels: { app: 'db' },
        matchExpressions: [
          { key: 'tier', operator: 'In' as const, values: ['web', 'api'] },
          { key: 'env', operator: 'NotIn' as const, values: ['dev'] },
          { key: 'team', operator: 'Exists' as const },
          { key: 'legacy', operator: 'DoesNotExist' as const },
        ],
      },
      'app=db, tier in (web,api), env notin (dev), team, !legacy',
    ],
  ])('describeSelector(%j) is %j', (selector, text) => {
    expect(describeSelector(selector)).toBe(text);
  });

  it.each([
    [{ podSelector: { matchLabels: { app: 'web' } } }, 'podSelector app=web'],
    [{ namespaceSelector: {} }, 'namespaceSelector {}'],
    [
      {
        namespaceSelector: { matchLabels: { team: 'a' } },
        podSelector: { matchLabels: { app: 'x' } },
      },
      'namespaceSelector team=a and podSelector app=x',
    ],
    [
      { ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16', '10.2.0.0/16'] } },
      'ipBlock 10.0.0.0/8 except 10.1.0.0/16, 10.2.0.0/16',
    ],
    [{ ipBlock: { cidr: '203.0.113.0/24' } }, 'ipBlock 203.0.113.0/24'],
  ])('describePeer(%j) is %j', (peer, text) => {
    expect(describePeer(peer)).toBe(text);
  });

  it.each([
    [{ port: 8080 }, 'port: 8080'],
    [{ protocol: 'TCP' as const, port: 8080 }, 'port: 8080'],
    [{ protocol: 'UDP' as const, port: 53 }, 'protocol: UDP, port: 53'],
    [{ port: 32000, endPort: 32768 }, 'port: 32000, endPort: 32768'],
    [{ port: 'http' }, 'port: http'],
    [{ protocol: 'SCTP' as const }, 'protocol: SCTP'],
    [{}, 'protocol: TCP'],
  ])('describePort(%j) is %j', (port, text) => {
    expect(describePort(port)).toBe(text);
  });
});
