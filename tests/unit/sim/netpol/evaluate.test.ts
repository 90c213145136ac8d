import { describe, expect, it } from 'vitest';
import { InputError, createEvaluator, evaluate } from '~/sim/netpol';
import type { ClusterModel, Decision, NetworkPolicy } from '~/sim/netpol';
import { clusterOf, flow, pod, policiesFrom, policyFrom } from './helpers';

// A small cluster: prod (web, api, db), staging (web, api) labelled env=staging, monitoring
// (prometheus) labelled team=obs; prod/api serves http 8080 and metrics 9090 on TCP, dns 53 on UDP.
const cluster: ClusterModel = clusterOf(
  [
    pod('prod/web', '10.244.1.2', { app: 'web', tier: 'front' }, { node: 'node-1' }),
    pod(
      'prod/api',
      '10.244.1.3',
      { app: 'api', tier: 'back' },
      {
        node: 'node-1',
        ports: [
          { name: 'http', port: 8080 },
          { name: 'metrics', port: 9090, protocol: 'TCP' },
          { name: 'dns', port: 53, protocol: 'UDP' },
        ],
      },
    ),
    pod(
      'prod/db',
      '10.244.2.2',
      { app: 'db' },
      { node: 'node-2', ports: [{ name: 'pg', port: 5432 }] },
    ),
    pod('prod/cache', '10.244.2.6', { app: 'cache' }, { node: 'node-2' }),
    pod('staging/web', '10.244.2.3', { app: 'web' }, { node: 'node-2' }),
    pod('staging/api', '10.244.2.4', { app: 'api', canary: 'yes' }, { node: 'node-2' }),
    pod('monitoring/prometheus', '10.244.2.5', { app: 'prometheus' }, { node: 'node-2' }),
  ],
  { prod: { env: 'prod' }, staging: { env: 'staging' }, monitoring: { team: 'obs' } },
  [
    { name: 'node-1', ip: '192.168.0.10' },
    { name: 'node-2', ip: '192.168.0.11' },
  ],
);

/** A policy in prod with this spec (YAML, indented under spec:). */
function prodPolicy(name: string, spec: string): NetworkPolicy {
  return policyFrom(
    `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: ${name}, namespace: prod }\nspec:\n${spec}`,
  );
}

const denyAllIngress = prodPolicy('deny-ingress', '  podSelector: {}\n');
const denyAllEgress = prodPolicy('deny-egress', '  podSelector: {}\n  policyTypes: [Egress]\n');

/** The allowed/isolated/matchedBy part of a decision (the reason is tested in reasons.test.ts). */
function shape(decision: Decision): Omit<Decision, 'reason'> {
  return { allowed: decision.allowed, isolated: decision.isolated, matchedBy: decision.matchedBy };
}

describe('isolation', () => {
  it('allows everything without policies, and says no policy selects the pods', () => {
    const verdict = evaluate(cluster, [], flow('prod/web', 'prod/db', 5432));
    expect(verdict.allowed).toBe(true);
    expect(shape(verdict.egress)).toEqual({ allowed: true, isolated: false, matchedBy: [] });
    expect(shape(verdict.ingress)).toEqual({ allowed: true, isolated: false, matchedBy: [] });
  });

  it('isolates only pods of the policy’s own namespace', () => {
    expect(evaluate(cluster, [denyAllIngress], flow('prod/web', 'prod/db', 80)).allowed).toBe(
      false,
    );
    const verdict = evaluate(cluster, [denyAllIngress], flow('prod/web', 'staging/web', 80));
    expect(verdict.allowed).toBe(true);
    expect(verdict.ingress.isolated).toBe(false);
  });

  it('isolates only the pods its podSelector selects', () => {
    const dbOnly = prodPolicy('db', '  podSelector: { matchLabels: { app: db } }\n');
    expect(evaluate(cluster, [dbOnly], flow('prod/web', 'prod/db', 80)).ingress.isolated).toBe(
      true,
    );
    expect(evaluate(cluster, [dbOnly], flow('prod/db', 'prod/web', 80)).ingress.isolated).toBe(
      false,
    );
  });

  it('isolates per direction: an Ingress policy leaves egress open', () => {
    const verdict = evaluate(cluster, [denyAllIngress], flow('prod/web', 'staging/web', 80));
    expect(shape(verdict.egress)).toEqual({ allowed: true, isolated: false, matchedBy: [] });
  });

  it('defaults policyTypes to Ingress plus Egress when the spec has egress rules', () => {
    const policy = prodPolicy(
      'egress-to-db',
      '  podSelector: {}\n  egress:\n    - to: [{ podSelector: { matchLabels: { app: db } } }]\n',
    );
    const verdict = evaluate(cluster, [policy], flow('prod/web', 'staging/web', 80));
    expect(shape(verdict.egress)).toEqual({ allowed: false, isolated: true, matchedBy: [] });
    expect(evaluate(cluster, [policy], flow('staging/web', 'prod/web', 80)).ingress.isolated).toBe(
      true,
    );
  });

  it('does not add Egress for `egress: []` without policyTypes', () => {
    const policy = prodPolicy('empty-egress', '  podSelector: {}\n  egress: []\n');
    const verdict = evaluate(cluster, [policy], flow('prod/web', 'staging/web', 80));
    expect(shape(verdict.egress)).toEqual({ allowed: true, isolated: false, matchedBy: [] });
    expect(evaluate(cluster, [policy], flow('staging/web', 'prod/web', 80)).allowed).toBe(false);
  });

  it('leaves ingress open with policyTypes [Egress]', () => {
    const verdict = evaluate(cluster, [denyAllEgress], flow('staging/web', 'prod/web', 80));
    expect(verdict.allowed).toBe(true);
    expect(verdict.ingress.isolated).toBe(false);
  });

  it('allows everything with `ingress: [{}]`, outside addresses included', () => {
    const allowAll = prodPolicy('allow-all', '  podSelector: {}\n  ingress: [{}]\n');
    const verdict = evaluate(cluster, [allowAll], flow('ip:203.0.113.7', 'prod/db', 31337, 'UDP'));
    expect(shape(verdict.ingress)).toEqual({
      allowed: true,
      isolated: true,
      matchedBy: [{ policy: 'prod/allow-all', rule: 0 }],
    });
  });

  it('reports isolation and the selecting policies through an evaluator', () => {
    const evaluator = createEvaluator(cluster, [denyAllEgress, denyAllIngress]);
    expect(evaluator.isIsolated({ namespace: 'prod', pod: 'web' }, 'Ingress')).toBe(true);
    expect(evaluator.isIsolated({ namespace: 'prod', pod: 'web' }, 'Egress')).toBe(true);
    expect(evaluator.isIsolated({ namespace: 'staging', pod: 'web' }, 'Ingress')).toBe(false);
    expect(evaluator.policiesSelecting({ namespace: 'prod', pod: 'web' })).toEqual([
      'prod/deny-egress',
      'prod/deny-ingress',
    ]);
  });
});

describe('policies add up, and both directions must allow', () => {
  const allowWeb = prodPolicy(
    'allow-web',
    '  podSelector: { matchLabels: { app: db } }\n  ingress:\n    - from: [{ podSelector: { matchLabels: { app: web } } }]\n',
  );
  const allowFront = prodPolicy(
    'allow-front',
    '  podSelector: { matchLabels: { app: db } }\n  ingress:\n    - from: [{ podSelector: { matchLabels: { tier: front } } }]\n      ports: [{ port: 5432 }]\n',
  );

  it('allows when any rule of any selecting policy matches, listing every match in key order', () => {
    const verdict = evaluate(
      cluster,
      [allowWeb, denyAllIngress, allowFront],
      flow('prod/web', 'prod/db', 5432),
    );
    expect(shape(verdict.ingress)).toEqual({
      allowed: true,
      isolated: true,
      matchedBy: [
        { policy: 'prod/allow-front', rule: 0 },
        { policy: 'prod/allow-web', rule: 0 },
      ],
    });
  });

  it('gives the same verdict whatever the order of the policies', () => {
    const one = evaluate(
      cluster,
      [allowWeb, denyAllIngress, allowFront],
      flow('prod/web', 'prod/db', 5432),
    );
    const other = evaluate(
      cluster,
      [allowFront, allowWeb, denyAllIngress],
      flow('prod/web', 'prod/db', 5432),
    );
    expect(other).toEqual(one);
  });

  it('denies when the source’s egress denies, even though the destination’s ingress allows', () => {
    const verdict = evaluate(cluster, [allowWeb, denyAllEgress], flow('prod/web', 'prod/db', 5432));
    expect(verdict.allowed).toBe(false);
    expect(shape(verdict.egress)).toEqual({ allowed: false, isolated: true, matchedBy: [] });
    expect(verdict.ingress.allowed).toBe(true);
  });
});

describe('peers', () => {
  /** The ingress verdict on prod/db of a policy whose one rule has these from peers. */
  const allowedFrom = (from: string, source: string): boolean =>
    evaluate(
      cluster,
      [
        prodPolicy(
          'p',
          `  podSelector: { matchLabels: { app: db } }\n  ingress:\n    - from:\n${from}`,
        ),
      ],
      flow(source, 'prod/db', 5432),
    ).allowed;

  it('podSelector alone matches pods of the policy’s namespace only', () => {
    const peers = '        - podSelector: { matchLabels: { app: web } }\n';
    expect(allowedFrom(peers, 'prod/web')).toBe(true);
    expect(allowedFrom(peers, 'staging/web')).toBe(false);
  });

  it('namespaceSelector alone matches every pod of matching namespaces', () => {
    const peers = '        - namespaceSelector: { matchLabels: { env: staging } }\n';
    expect(allowedFrom(peers, 'staging/web')).toBe(true);
    expect(allowedFrom(peers, 'staging/api')).toBe(true);
    expect(allowedFrom(peers, 'prod/web')).toBe(false);
  });

  it('both selectors in one peer are ANDed; two peers are ORed', () => {
    const and =
      '        - namespaceSelector: { matchLabels: { env: staging } }\n          podSelector: { matchLabels: { app: api } }\n';
    expect(allowedFrom(and, 'staging/api')).toBe(true);
    expect(allowedFrom(and, 'staging/web')).toBe(false);
    expect(allowedFrom(and, 'prod/api')).toBe(false);
    const or =
      '        - namespaceSelector: { matchLabels: { env: staging } }\n        - podSelector: { matchLabels: { app: api } }\n';
    expect(allowedFrom(or, 'staging/web')).toBe(true);
    expect(allowedFrom(or, 'prod/api')).toBe(true);
    expect(allowedFrom(or, 'prod/web')).toBe(false);
  });

  it('namespaceSelector {} matches every namespace; podSelector {} every pod of its namespace', () => {
    expect(allowedFrom('        - namespaceSelector: {}\n', 'monitoring/prometheus')).toBe(true);
    expect(allowedFrom('        - namespaceSelector: {}\n', 'ip:203.0.113.7')).toBe(false);
    expect(allowedFrom('        - podSelector: {}\n', 'prod/web')).toBe(true);
    expect(allowedFrom('        - podSelector: {}\n', 'staging/web')).toBe(false);
  });

  it('an absent or empty from matches every source, outside addresses included', () => {
    const noFrom = prodPolicy(
      'no-from',
      '  podSelector: { matchLabels: { app: db } }\n  ingress: [{ ports: [{ port: 5432 }] }]\n',
    );
    const emptyFrom = prodPolicy(
      'empty-from',
      '  podSelector: { matchLabels: { app: db } }\n  ingress: [{ from: [] }]\n',
    );
    for (const policy of [noFrom, emptyFrom]) {
      expect(evaluate(cluster, [policy], flow('ip:198.51.100.1', 'prod/db', 5432)).allowed).toBe(
        true,
      );
      expect(
        evaluate(cluster, [policy], flow('monitoring/prometheus', 'prod/db', 5432)).allowed,
      ).toBe(true);
    }
  });

  it('matches a namespace by its automatic kubernetes.io/metadata.name label, even if the model sets it wrong', () => {
    const peers =
      '        - namespaceSelector: { matchLabels: { kubernetes.io/metadata.name: monitoring } }\n';
    expect(allowedFrom(peers, 'monitoring/prometheus')).toBe(true);
    expect(allowedFrom(peers, 'staging/web')).toBe(false);
    const wrong = {
      ...cluster,
      namespaces: [{ name: 'monitoring', labels: { 'kubernetes.io/metadata.name': 'prod' } }],
    };
    const policy = prodPolicy('p', `  podSelector: {}\n  ingress:\n    - from:\n${peers}`);
    expect(evaluate(wrong, [policy], flow('monitoring/prometheus', 'prod/db', 1)).allowed).toBe(
      true,
    );
  });

  it.each([
    ['In', 'key: app, operator: In, values: [web, api]', ['prod/web', 'prod/api'], ['prod/cache']],
    [
      'NotIn (a pod without the key matches)',
      'key: tier, operator: NotIn, values: [front]',
      ['prod/api', 'prod/cache'],
      ['prod/web'],
    ],
    ['Exists', 'key: tier, operator: Exists', ['prod/web', 'prod/api'], ['prod/cache']],
    ['DoesNotExist', 'key: tier, operator: DoesNotExist', ['prod/cache'], ['prod/web', 'prod/api']],
  ])('matchExpressions %s', (_name, expression, allowed, denied) => {
    const peers = `        - podSelector: { matchExpressions: [{ ${expression} }] }\n`;
    for (const source of allowed) expect(allowedFrom(peers, source)).toBe(true);
    for (const source of denied) expect(allowedFrom(peers, source)).toBe(false);
  });

  it('ANDs matchLabels with matchExpressions', () => {
    const peers =
      '        - podSelector: { matchLabels: { tier: front }, matchExpressions: [{ key: app, operator: In, values: [web, api] }] }\n';
    expect(allowedFrom(peers, 'prod/web')).toBe(true);
    expect(allowedFrom(peers, 'prod/api')).toBe(false);
  });

  it('ipBlock matches addresses inside cidr and outside every except, pod IPs included', () => {
    const peers = '        - ipBlock: { cidr: 10.244.0.0/16, except: [10.244.1.0/24] }\n';
    expect(allowedFrom(peers, 'ip:10.244.9.9')).toBe(true);
    expect(allowedFrom(peers, 'ip:10.244.1.9')).toBe(false);
    expect(allowedFrom(peers, 'ip:10.245.0.1')).toBe(false);
    expect(allowedFrom(peers, 'staging/web')).toBe(true);
    expect(allowedFrom(peers, 'prod/web')).toBe(false);
  });

  it('ipBlock never matches across IPv4 and IPv6', () => {
    const v6 = '        - ipBlock: { cidr: "2001:db8::/32" }\n';
    expect(allowedFrom(v6, 'ip:2001:db8:1::5')).toBe(true);
    expect(allowedFrom(v6, 'ip:2001:db9::5')).toBe(false);
    expect(allowedFrom(v6, 'ip:10.0.0.1')).toBe(false);
    expect(allowedFrom('        - ipBlock: { cidr: 0.0.0.0/0 }\n', 'ip:2001:db8::1')).toBe(false);
  });
});

describe('ports', () => {
  /** Whether prod/web may reach prod/api on this port under one ingress rule with these ports. */
  const allowedOn = (
    ports: string,
    port: number | string,
    protocol?: 'TCP' | 'UDP' | 'SCTP',
  ): boolean =>
    evaluate(
      cluster,
      [
        prodPolicy(
          'p',
          `  podSelector: { matchLabels: { app: api } }\n  ingress:\n    - ports: ${ports}\n`,
        ),
      ],
      flow('prod/web', 'prod/api', port, protocol),
    ).allowed;

  it('defaults the protocol to TCP, for rules and for flows', () => {
    expect(allowedOn('[{ port: 8080 }]', 8080)).toBe(true);
    expect(allowedOn('[{ port: 8080 }]', 8080, 'UDP')).toBe(false);
    expect(allowedOn('[{ protocol: UDP, port: 8080 }]', 8080)).toBe(false);
    expect(allowedOn('[{ protocol: SCTP, port: 8080 }]', 8080, 'SCTP')).toBe(true);
  });

  it('matches a numeric port exactly, and an endPort range inclusively', () => {
    expect(allowedOn('[{ port: 8080 }]', 8081)).toBe(false);
    const range = '[{ port: 8000, endPort: 8100 }]';
    expect([7999, 8000, 8050, 8100, 8101].map((p) => allowedOn(range, p))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it('matches every port of a protocol when port is left out', () => {
    expect(allowedOn('[{ protocol: UDP }]', 9999, 'UDP')).toBe(true);
    expect(allowedOn('[{ protocol: UDP }]', 9999, 'TCP')).toBe(false);
  });

  it('resolves a named port of an ingress rule on the selected pod (name and protocol)', () => {
    expect(allowedOn('[{ port: http }]', 8080)).toBe(true);
    expect(allowedOn('[{ port: http }]', 9090)).toBe(false);
    expect(allowedOn('[{ port: dns }]', 53, 'UDP')).toBe(false);
    expect(allowedOn('[{ protocol: UDP, port: dns }]', 53, 'UDP')).toBe(true);
  });

  it('resolves a named port of an egress rule on the destination pod, never on an outside address', () => {
    const policy = prodPolicy(
      'egress-metrics',
      '  podSelector: { matchLabels: { app: web } }\n  policyTypes: [Egress]\n  egress: [{ ports: [{ port: metrics }] }]\n',
    );
    expect(evaluate(cluster, [policy], flow('prod/web', 'prod/api', 9090)).allowed).toBe(true);
    expect(evaluate(cluster, [policy], flow('prod/web', 'prod/db', 9090)).allowed).toBe(false);
    expect(evaluate(cluster, [policy], flow('prod/web', 'ip:203.0.113.7', 9090)).allowed).toBe(
      false,
    );
  });

  it('resolves a flow’s named port on the destination pod before deciding', () => {
    expect(allowedOn('[{ port: 8080 }]', 'http')).toBe(true);
    expect(allowedOn('[{ port: 8080 }]', '8080')).toBe(true);
    expect(allowedOn('[{ port: 9090 }]', 'http')).toBe(false);
  });

  it('cannot make a flow to a port name the destination lacks: allowed false on both sides', () => {
    const verdict = evaluate(cluster, [], flow('prod/web', 'prod/api', 'grpc'));
    expect(verdict.allowed).toBe(false);
    expect(verdict.egress.allowed).toBe(false);
    expect(verdict.ingress.allowed).toBe(false);
    expect(verdict.ingress.reason).toBe(
      "prod/api has no TCP container port named 'grpc', so this connection has no port to reach.",
    );
    expect(evaluate(cluster, [], flow('prod/web', 'prod/api', 'dns')).ingress.reason).toBe(
      "prod/api's container port 'dns' is UDP, not TCP, so this TCP connection has no port to reach.",
    );
    expect(evaluate(cluster, [], flow('prod/web', 'ip:203.0.113.7', 'http')).allowed).toBe(false);
  });
});

describe('always allowed', () => {
  const denyAll = [denyAllIngress, denyAllEgress];

  it('lets a pod reach itself, however it is isolated', () => {
    const verdict = evaluate(cluster, denyAll, flow('prod/web', 'prod/web', 80));
    expect(verdict.allowed).toBe(true);
    expect(shape(verdict.egress)).toEqual({ allowed: true, isolated: true, matchedBy: [] });
    expect(shape(verdict.ingress)).toEqual({ allowed: true, isolated: true, matchedBy: [] });
    expect(evaluate(cluster, denyAll, flow('ip:10.244.1.2', 'prod/web', 80)).allowed).toBe(true);
  });

  it('lets a pod and the node it runs on reach each other, but not another node', () => {
    expect(evaluate(cluster, denyAll, flow('ip:192.168.0.10', 'prod/web', 80)).allowed).toBe(true);
    expect(evaluate(cluster, denyAll, flow('prod/web', 'ip:192.168.0.10', 10250)).allowed).toBe(
      true,
    );
    expect(evaluate(cluster, denyAll, flow('ip:192.168.0.11', 'prod/web', 80)).allowed).toBe(false);
    expect(evaluate(cluster, denyAll, flow('prod/web', 'ip:192.168.0.11', 10250)).allowed).toBe(
      false,
    );
  });
});

describe('outside addresses and addresses of pods', () => {
  it('applies no policy to an address outside the cluster', () => {
    const verdict = evaluate(cluster, [denyAllIngress], flow('ip:203.0.113.7', 'prod/db', 5432));
    expect(shape(verdict.egress)).toEqual({ allowed: true, isolated: false, matchedBy: [] });
    expect(verdict.egress.reason).toBe(
      '203.0.113.7 is outside the cluster, not a pod, so no NetworkPolicy applies to its egress.',
    );
    expect(verdict.allowed).toBe(false);
  });

  it('treats an address equal to a pod’s IP as that pod', () => {
    const verdict = evaluate(cluster, [denyAllEgress], flow('ip:10.244.1.2', 'staging/web', 80));
    expect(shape(verdict.egress)).toEqual({ allowed: false, isolated: true, matchedBy: [] });
  });
});

describe('bad input', () => {
  it.each([
    [
      flow('nope/web', 'prod/db', 80),
      "There is no namespace 'nope' (namespaces: prod, staging, monitoring).",
    ],
    [
      flow('prod/web', 'prod/redis', 80),
      "There is no pod 'redis' in namespace 'prod' (pods there: web, api, db, cache).",
    ],
    [flow('ip:10.0.0', 'prod/db', 80), "'10.0.0' has 3 numbers"],
    [flow('prod/web', 'prod/db', 0), 'Port 0 does not exist'],
    [flow('prod/web', 'prod/db', 70000), 'Port 70000 does not exist'],
    [flow('prod/web', 'prod/db', 80.5), 'Port 80.5 does not exist'],
    [flow('prod/web', 'prod/db', ''), 'Give a port number'],
    [
      { ...flow('prod/web', 'prod/db', 80), protocol: 'tcp' as 'TCP' },
      "'tcp' is not a protocol NetworkPolicy knows",
    ],
  ])('refuses %j with an InputError', (bad, message) => {
    expect(() => evaluate(cluster, [], bad)).toThrow(InputError);
    expect(() => evaluate(cluster, [], bad)).toThrow(message);
  });

  it('refuses a cluster with two pods of the same name, or a pod without a readable IP', () => {
    const twice = clusterOf([pod('a/x', '10.0.0.1'), pod('a/x', '10.0.0.2')]);
    expect(() => evaluate(twice, [], flow('a/x', 'a/x', 80))).toThrow(
      'The cluster has two pods named a/x.',
    );
    const badIp = clusterOf([pod('a/x', '10.0.0.300')]);
    expect(() => evaluate(badIp, [], flow('a/x', 'a/x', 80))).toThrow(InputError);
  });

  it('refuses a hand-built policy with an unreadable CIDR, naming the policy', () => {
    const [policy] = policiesFrom(
      'kind: NetworkPolicy\napiVersion: networking.k8s.io/v1\nmetadata: { name: p }\nspec:\n  podSelector: {}\n  ingress: [{ from: [{ ipBlock: { cidr: 10.0.0.0/8 } }] }]\n',
    );
    if (!policy) throw new Error('no policy');
    const broken: NetworkPolicy = {
      ...policy,
      spec: { ...policy.spec, ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/33' } }] }] },
    };
    const run = (): unknown => evaluate(cluster, [broken], flow('prod/web', 'prod/db', 80));
    expect(run).toThrow("Policy default/p: '10.0.0.0/33' has prefix /33");
    try {
      run();
    } catch (error) {
      expect((error as InputError).field).toBe('default/p spec.ingress[0].from[0].ipBlock.cidr');
    }
  });
});
