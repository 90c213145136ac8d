import { describe, expect, it } from 'vitest';
import { evaluate } from '~/sim/netpol';
import type { Decision, NetworkPolicy, Protocol, Verdict } from '~/sim/netpol';
import { clusterOf, flow, pod, policiesFrom } from './helpers';

// The wording of every kind of explanation, snapshotted as readable lines so that a change of
// wording shows up in review (STYLE.md point 9).

/** A verdict with the flow it answers, which the serializer prints as a header. */
interface Explained {
  readonly title: string;
  readonly verdict: Verdict;
}

/** Prints one decision as "direction  allowed/denied  isolated/open  [matches]" and its reason. */
function decisionLines(direction: string, decision: Decision): string[] {
  const matches = decision.matchedBy.map((m) => `${m.policy}[${String(m.rule)}]`).join(' ');
  const head = [
    direction.padEnd(8),
    (decision.allowed ? 'allowed' : 'denied').padEnd(8),
    (decision.isolated ? 'isolated' : 'open').padEnd(9),
    matches,
  ].join('');
  return [head.trimEnd(), `  ${decision.reason}`];
}

expect.addSnapshotSerializer({
  test: (value: unknown) =>
    typeof value === 'object' && value !== null && 'title' in value && 'verdict' in value,
  serialize: (value: Explained) =>
    [
      `${value.verdict.allowed ? 'ALLOWED' : 'DENIED'} ${value.title}`,
      ...decisionLines('egress', value.verdict.egress),
      ...decisionLines('ingress', value.verdict.ingress),
    ].join('\n'),
});

const cluster = clusterOf(
  [
    pod('prod/web', '10.244.1.2', { app: 'web' }, { node: 'node-1' }),
    pod(
      'prod/api',
      '10.244.1.3',
      { app: 'api' },
      { node: 'node-1', ports: [{ name: 'http', port: 8080 }] },
    ),
    pod('prod/db', '10.244.2.2', { app: 'db' }, { node: 'node-2' }),
    pod('staging/web', '10.244.2.3', { app: 'web' }, { node: 'node-2' }),
  ],
  { staging: { env: 'staging' } },
  [{ name: 'node-1', ip: '192.168.0.10' }],
);

/** Policies in prod: each entry is a name and the YAML under spec:. */
function prod(...specs: [string, string][]): NetworkPolicy[] {
  return policiesFrom(
    specs
      .map(
        ([name, spec]) =>
          `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: ${name}, namespace: prod }\nspec:\n${spec}`,
      )
      .join('---\n'),
  );
}

/** Evaluates a flow and keeps its title for the snapshot. */
function explain(
  policies: NetworkPolicy[],
  from: string,
  to: string,
  port: number | string,
  protocol?: Protocol,
): Explained {
  const verdict = evaluate(cluster, policies, flow(from, to, port, protocol));
  return { title: `${from} → ${to} ${protocol ?? 'TCP'} ${String(port)}`, verdict };
}

const dbFromWeb: [string, string] = [
  'db-from-web',
  '  podSelector: { matchLabels: { app: db } }\n  ingress:\n    - from: [{ podSelector: { matchLabels: { app: web } } }]\n      ports: [{ port: 5432 }]\n',
];
const denyIngress: [string, string] = ['deny-ingress', '  podSelector: {}\n'];
const denyEgress: [string, string] = [
  'deny-egress',
  '  podSelector: {}\n  policyTypes: [Egress]\n',
];

describe('explanations', () => {
  it('an open direction, and one selected only for the other direction', () => {
    expect(explain(prod(denyEgress), 'staging/web', 'prod/db', 5432)).toMatchInlineSnapshot(`
      ALLOWED staging/web → prod/db TCP 5432
      egress  allowed open
        staging/web is not selected by any policy with Egress in its policyTypes, so its egress is not restricted.
      ingress allowed open
        prod/db is selected by prod/deny-egress, but only for Egress, so its ingress is not restricted.
    `);
  });

  it('a rule that allows: selector peer and numeric port, with another rule allowing too', () => {
    const policies = prod(dbFromWeb, denyIngress, [
      'db-all',
      '  podSelector: { matchLabels: { app: db } }\n  ingress: [{}]\n',
    ]);
    expect(explain(policies, 'prod/web', 'prod/db', 5432)).toMatchInlineSnapshot(`
      ALLOWED prod/web → prod/db TCP 5432
      egress  allowed open
        prod/web is selected by prod/deny-ingress, but only for Ingress, so its egress is not restricted.
      ingress allowed isolated prod/db-all[0] prod/db-from-web[0]
        prod/db is isolated for ingress by 3 policies (prod/db-all, prod/db-from-web, prod/deny-ingress); ingress[0] of prod/db-all allows it: it has no \`from\`, so every source matches, and it lists no \`ports\`, so every port matches. Also allowed by ingress[0] of prod/db-from-web.
    `);
  });

  it('the plain case: a podSelector peer and a numeric port, for ingress and for egress', () => {
    expect(explain(prod(dbFromWeb), 'prod/web', 'prod/db', 5432)).toMatchInlineSnapshot(`
      ALLOWED prod/web → prod/db TCP 5432
      egress  allowed open
        prod/web is not selected by any policy with Egress in its policyTypes, so its egress is not restricted.
      ingress allowed isolated prod/db-from-web[0]
        prod/db is isolated for ingress by prod/db-from-web; ingress[0] of prod/db-from-web allows it: the source prod/web matches \`podSelector app=web\` and TCP 5432 matches \`port: 5432\`.
    `);
    const webToDb = prod([
      'web-to-db',
      '  podSelector: { matchLabels: { app: web } }\n  egress:\n    - to: [{ podSelector: { matchLabels: { app: db } } }]\n      ports: [{ port: 5432 }]\n',
    ]);
    expect(explain(webToDb, 'prod/web', 'prod/db', 5432)).toMatchInlineSnapshot(`
      ALLOWED prod/web → prod/db TCP 5432
      egress  allowed isolated prod/web-to-db[0]
        prod/web is isolated for egress by prod/web-to-db; egress[0] of prod/web-to-db allows it: the destination prod/db matches \`podSelector app=db\` and TCP 5432 matches \`port: 5432\`.
      ingress allowed open
        prod/db is not selected by any policy with Ingress in its policyTypes, so its ingress is not restricted.
    `);
  });

  it('peers: both selectors in one peer, podSelector {} and namespaceSelector {}', () => {
    const and = prod([
      'and',
      '  podSelector: { matchLabels: { app: db } }\n  ingress:\n    - from: [{ namespaceSelector: { matchLabels: { env: staging } }, podSelector: { matchExpressions: [{ key: app, operator: In, values: [web, api] }] } }]\n',
    ]);
    expect(explain(and, 'staging/web', 'prod/db', 5432)).toMatchInlineSnapshot(`
      ALLOWED staging/web → prod/db TCP 5432
      egress  allowed open
        staging/web is not selected by any policy with Egress in its policyTypes, so its egress is not restricted.
      ingress allowed isolated prod/and[0]
        prod/db is isolated for ingress by prod/and; ingress[0] of prod/and allows it: the source staging/web matches \`namespaceSelector env=staging and podSelector app in (web,api)\` (one peer, so the pod and its namespace must both match), and it lists no \`ports\`, so every port matches.
    `);
    const everyPod = prod([
      'same-ns',
      '  podSelector: {}\n  ingress: [{ from: [{ podSelector: {} }] }]\n',
    ]);
    expect(explain(everyPod, 'prod/web', 'prod/db', 5432)).toMatchInlineSnapshot(`
      ALLOWED prod/web → prod/db TCP 5432
      egress  allowed open
        prod/web is selected by prod/same-ns, but only for Ingress, so its egress is not restricted.
      ingress allowed isolated prod/same-ns[0]
        prod/db is isolated for ingress by prod/same-ns; ingress[0] of prod/same-ns allows it: the source prod/web matches \`podSelector {}\` (every pod in prod) and it lists no \`ports\`, so every port matches.
    `);
    const everyNs = prod([
      'all-ns',
      '  podSelector: {}\n  ingress: [{ from: [{ namespaceSelector: {} }] }]\n',
    ]);
    expect(explain(everyNs, 'staging/web', 'prod/db', 5432)).toMatchInlineSnapshot(`
      ALLOWED staging/web → prod/db TCP 5432
      egress  allowed open
        staging/web is not selected by any policy with Egress in its policyTypes, so its egress is not restricted.
      ingress allowed isolated prod/all-ns[0]
        prod/db is isolated for ingress by prod/all-ns; ingress[0] of prod/all-ns allows it: the source staging/web matches \`namespaceSelector {}\` (every pod in every namespace) and it lists no \`ports\`, so every port matches.
    `);
  });

  it('ipBlock: an outside address, and a pod IP (with the caveat)', () => {
    const policies = prod([
      'cidr',
      '  podSelector: {}\n  ingress: [{ from: [{ ipBlock: { cidr: 10.244.0.0/16, except: [10.244.1.0/24] } }] }]\n',
    ]);
    expect(explain(policies, 'ip:10.244.9.9', 'prod/db', 5432)).toMatchInlineSnapshot(`
      ALLOWED ip:10.244.9.9 → prod/db TCP 5432
      egress  allowed open
        10.244.9.9 is outside the cluster, not a pod, so no NetworkPolicy applies to its egress.
      ingress allowed isolated prod/cidr[0]
        prod/db is isolated for ingress by prod/cidr; ingress[0] of prod/cidr allows it: the source 10.244.9.9 is inside \`ipBlock 10.244.0.0/16 except 10.244.1.0/24\` and it lists no \`ports\`, so every port matches.
    `);
    expect(explain(policies, 'staging/web', 'prod/db', 5432)).toMatchInlineSnapshot(`
      ALLOWED staging/web → prod/db TCP 5432
      egress  allowed open
        staging/web is not selected by any policy with Egress in its policyTypes, so its egress is not restricted.
      ingress allowed isolated prod/cidr[0]
        prod/db is isolated for ingress by prod/cidr; ingress[0] of prod/cidr allows it: the source staging/web has IP 10.244.2.3, inside \`ipBlock 10.244.0.0/16 except 10.244.1.0/24\`, and it lists no \`ports\`, so every port matches. Whether ipBlock applies to pod IPs depends on the network plugin: the Kubernetes docs advise ipBlock for addresses outside the cluster, since pod IPs come and go.
    `);
  });

  it('ports: a named port, every port of a protocol, a range', () => {
    const policies = prod([
      'ports',
      '  podSelector: { matchLabels: { app: api } }\n  ingress:\n    - ports: [{ port: http }]\n    - ports: [{ protocol: UDP }]\n    - ports: [{ port: 9000, endPort: 9100 }]\n',
    ]);
    expect(explain(policies, 'prod/web', 'prod/api', 8080)).toMatchInlineSnapshot(`
      ALLOWED prod/web → prod/api TCP 8080
      egress  allowed open
        prod/web is not selected by any policy with Egress in its policyTypes, so its egress is not restricted.
      ingress allowed isolated prod/ports[0]
        prod/api is isolated for ingress by prod/ports; ingress[0] of prod/ports allows it: it has no \`from\`, so every source matches, and TCP 8080 matches \`port: http\` (prod/api's container port http is TCP 8080).
    `);
    expect(explain(policies, 'prod/web', 'prod/api', 53, 'UDP')).toMatchInlineSnapshot(`
      ALLOWED prod/web → prod/api UDP 53
      egress  allowed open
        prod/web is not selected by any policy with Egress in its policyTypes, so its egress is not restricted.
      ingress allowed isolated prod/ports[1]
        prod/api is isolated for ingress by prod/ports; ingress[1] of prod/ports allows it: it has no \`from\`, so every source matches, and UDP 53 matches \`protocol: UDP\` (every UDP port).
    `);
    expect(explain(policies, 'prod/web', 'prod/api', 9050)).toMatchInlineSnapshot(`
      ALLOWED prod/web → prod/api TCP 9050
      egress  allowed open
        prod/web is not selected by any policy with Egress in its policyTypes, so its egress is not restricted.
      ingress allowed isolated prod/ports[2]
        prod/api is isolated for ingress by prod/ports; ingress[2] of prod/ports allows it: it has no \`from\`, so every source matches, and TCP 9050 matches \`port: 9000, endPort: 9100\`.
    `);
  });

  it('denied: no rules at all, by one policy and by several', () => {
    expect(explain(prod(denyIngress), 'prod/web', 'prod/db', 5432)).toMatchInlineSnapshot(`
      DENIED prod/web → prod/db TCP 5432
      egress  allowed open
        prod/web is selected by prod/deny-ingress, but only for Ingress, so its egress is not restricted.
      ingress denied  isolated
        prod/db is isolated for ingress by prod/deny-ingress, which has no ingress rules, so all ingress to it is denied.
    `);
    const many = prod(
      denyIngress,
      ...['b', 'c', 'd'].map((n): [string, string] => [n, '  podSelector: {}\n']),
    );
    expect(explain(many, 'prod/web', 'prod/db', 5432)).toMatchInlineSnapshot(`
      DENIED prod/web → prod/db TCP 5432
      egress  allowed open
        prod/web is selected by 4 policies (prod/b, prod/c, prod/d and 1 more), but only for Ingress, so its egress is not restricted.
      ingress denied  isolated
        prod/db is isolated for ingress by 4 policies (prod/b, prod/c, prod/d and 1 more), and none of them has an ingress rule, so all ingress to it is denied.
    `);
  });

  it('denied with the closest rule: right peer wrong port, right port wrong peer, neither', () => {
    const policies = prod(dbFromWeb);
    expect(explain(policies, 'prod/web', 'prod/db', 80)).toMatchInlineSnapshot(`
      DENIED prod/web → prod/db TCP 80
      egress  allowed open
        prod/web is not selected by any policy with Egress in its policyTypes, so its egress is not restricted.
      ingress denied  isolated
        prod/db is isolated for ingress by prod/db-from-web, and no ingress rule of a policy selecting it matches prod/web on TCP 80. Closest: ingress[0] of prod/db-from-web matches the source but allows only \`port: 5432\`.
    `);
    expect(explain(policies, 'prod/api', 'prod/db', 5432)).toMatchInlineSnapshot(`
      DENIED prod/api → prod/db TCP 5432
      egress  allowed open
        prod/api is not selected by any policy with Egress in its policyTypes, so its egress is not restricted.
      ingress denied  isolated
        prod/db is isolated for ingress by prod/db-from-web, and no ingress rule of a policy selecting it matches prod/api on TCP 5432. Closest: ingress[0] of prod/db-from-web allows TCP 5432 but only from \`podSelector app=web\`.
    `);
    expect(explain(policies, 'prod/api', 'prod/db', 80)).toMatchInlineSnapshot(`
      DENIED prod/api → prod/db TCP 80
      egress  allowed open
        prod/api is not selected by any policy with Egress in its policyTypes, so its egress is not restricted.
      ingress denied  isolated
        prod/db is isolated for ingress by prod/db-from-web, and no ingress rule of a policy selecting it matches prod/api on TCP 80.
    `);
  });

  it('denied egress: a named port cannot reach an outside address', () => {
    const policies = prod([
      'egress-http',
      '  podSelector: { matchLabels: { app: web } }\n  policyTypes: [Egress]\n  egress: [{ ports: [{ port: http }] }]\n',
    ]);
    expect(explain(policies, 'prod/web', 'ip:203.0.113.7', 8080)).toMatchInlineSnapshot(`
      DENIED prod/web → ip:203.0.113.7 TCP 8080
      egress  denied  isolated
        prod/web is isolated for egress by prod/egress-http, and no egress rule of a policy selecting it matches 203.0.113.7 on TCP 8080. Closest: egress[0] of prod/egress-http matches the destination, but a named port (\`port: http\`) only matches a pod's container port, and 203.0.113.7 is not a pod.
      ingress allowed open
        203.0.113.7 is outside the cluster, not a pod, so no NetworkPolicy applies to its ingress.
    `);
  });

  it('always allowed: a pod to itself, a pod and its own node; and a node that is not a pod', () => {
    const policies = prod(denyIngress, denyEgress);
    expect(explain(policies, 'prod/web', 'prod/web', 80)).toMatchInlineSnapshot(`
      ALLOWED prod/web → prod/web TCP 80
      egress  allowed isolated
        prod/web is connecting to itself, which is always allowed: NetworkPolicy cannot block a pod's traffic to itself.
      ingress allowed isolated
        prod/web is connecting to itself, which is always allowed: NetworkPolicy cannot block a pod's traffic to itself.
    `);
    expect(explain(policies, 'ip:192.168.0.10', 'prod/api', 8080)).toMatchInlineSnapshot(`
      ALLOWED ip:192.168.0.10 → prod/api TCP 8080
      egress  allowed open
        prod/api runs on node-1, and traffic between a pod and its own node is always allowed, whatever the policies.
      ingress allowed isolated
        prod/api runs on node-1, and traffic between a pod and its own node is always allowed, whatever the policies.
    `);
    expect(explain([], 'ip:192.168.0.10', 'prod/db', 5432)).toMatchInlineSnapshot(`
      ALLOWED ip:192.168.0.10 → prod/db TCP 5432
      egress  allowed open
        node-1 (192.168.0.10) is a node, not a pod, so no NetworkPolicy applies to its egress.
      ingress allowed open
        prod/db is not selected by any policy with Ingress in its policyTypes, so its ingress is not restricted.
    `);
  });

  it('a flow to a port name the destination lacks', () => {
    expect(explain([], 'prod/web', 'prod/db', 'http')).toMatchInlineSnapshot(`
      DENIED prod/web → prod/db TCP http
      egress  denied  open
        prod/db has no TCP container port named 'http', so this connection has no port to reach.
      ingress denied  open
        prod/db has no TCP container port named 'http', so this connection has no port to reach.
    `);
  });
});
