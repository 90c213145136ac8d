import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { evaluate, parsePolicies, reachability } from '~/sim/netpol';
import type {
  ClusterModel,
  Endpoint,
  LabelSelector,
  NetworkPolicy,
  NetworkPolicyPeer,
  NetworkPolicyPort,
  PodModel,
  PolicyType,
  Protocol,
} from '~/sim/netpol';

// Invariants of the engine over random clusters and random valid policies. The machine is shared,
// so these property runs get a generous vitest timeout (they assert results, never durations).
const SLOW = 60_000;

const NAMESPACES = ['a', 'b', 'c'] as const;
const VALUES = ['web', 'db', 'y'] as const;

const labels = fc.record(
  { app: fc.constantFrom(...VALUES), tier: fc.constantFrom('front', 'back') },
  { requiredKeys: [] },
);

const selector: fc.Arbitrary<LabelSelector> = fc.oneof(
  fc.constant({}),
  labels.map((matchLabels) => ({ matchLabels })),
  fc
    .record({
      key: fc.constantFrom('app', 'tier'),
      operator: fc.constantFrom('In' as const, 'NotIn' as const),
      values: fc.uniqueArray(fc.constantFrom(...VALUES, 'front'), { minLength: 1, maxLength: 2 }),
    })
    .map((expression) => ({ matchExpressions: [expression] })),
  fc
    .record({
      key: fc.constantFrom('app', 'tier'),
      operator: fc.constantFrom('Exists' as const, 'DoesNotExist' as const),
    })
    .map((expression) => ({ matchExpressions: [expression] })),
);

const peer: fc.Arbitrary<NetworkPolicyPeer> = fc.oneof(
  selector.map((podSelector) => ({ podSelector })),
  selector.map((namespaceSelector) => ({ namespaceSelector })),
  fc
    .tuple(selector, selector)
    .map(([podSelector, namespaceSelector]) => ({ podSelector, namespaceSelector })),
  fc.constantFrom<NetworkPolicyPeer>(
    { ipBlock: { cidr: '10.0.0.0/16', except: ['10.0.1.0/24'] } },
    { ipBlock: { cidr: '10.0.1.0/24' } },
    { ipBlock: { cidr: '0.0.0.0/0', except: ['192.168.0.0/16'] } },
    { ipBlock: { cidr: '198.51.100.0/24' } },
  ),
);

const port: fc.Arbitrary<NetworkPolicyPort> = fc.constantFrom<NetworkPolicyPort>(
  {},
  { port: 80 },
  { protocol: 'TCP' as const, port: 8080 },
  { protocol: 'UDP' as const },
  { port: 'http' },
  { port: 79, endPort: 81 },
);

const rule = fc.record(
  { peers: fc.array(peer, { maxLength: 2 }), ports: fc.array(port, { maxLength: 2 }) },
  { requiredKeys: [] },
);

/** A valid policy in one of the namespaces, named by its index. */
const policyAt = (index: number): fc.Arbitrary<NetworkPolicy> =>
  fc
    .record({
      namespace: fc.constantFrom(...NAMESPACES),
      podSelector: selector,
      policyTypes: fc.constantFrom<PolicyType[] | undefined>(
        undefined,
        ['Ingress'],
        ['Egress'],
        ['Ingress', 'Egress'],
      ),
      ingress: fc.option(fc.array(rule, { maxLength: 2 }), { nil: undefined }),
      egress: fc.option(fc.array(rule, { maxLength: 2 }), { nil: undefined }),
    })
    .map(({ namespace, podSelector, policyTypes, ingress, egress }) => {
      const policy: NetworkPolicy = {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: `p${String(index)}`, namespace },
        spec: { podSelector },
      };
      if (policyTypes) policy.spec.policyTypes = policyTypes;
      if (ingress)
        policy.spec.ingress = ingress.map(({ peers, ports }) => ({
          ...(peers && { from: peers }),
          ...(ports && { ports }),
        }));
      if (egress)
        policy.spec.egress = egress.map(({ peers, ports }) => ({
          ...(peers && { to: peers }),
          ...(ports && { ports }),
        }));
      return policy;
    });

const policies: fc.Arbitrary<NetworkPolicy[]> = fc
  .integer({ min: 0, max: 5 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => policyAt(i))));

const cluster: fc.Arbitrary<ClusterModel> = fc
  .array(
    fc.record({
      namespace: fc.constantFrom(...NAMESPACES),
      labels,
      http: fc.constantFrom(undefined, 80, 8080),
      node: fc.constantFrom('n1', 'n2'),
    }),
    { minLength: 1, maxLength: 7 },
  )
  .chain((pods) =>
    fc
      .record({ env: fc.array(fc.constantFrom('x', 'y'), { minLength: 3, maxLength: 3 }) })
      .map(({ env }) => ({
        namespaces: NAMESPACES.map((name, i) => ({ name, labels: { env: env[i] ?? 'x' } })),
        nodes: [
          { name: 'n1', ip: '192.168.0.1' },
          { name: 'n2', ip: '192.168.0.2' },
        ],
        pods: pods.map(({ namespace, labels: podLabels, http, node }, i): PodModel => ({
          namespace,
          name: `pod${String(i)}`,
          labels: podLabels,
          ip: `10.0.${String(i % 3)}.${String(i + 1)}`,
          node,
          ...(http === undefined ? {} : { ports: [{ name: 'http', port: http }] }),
        })),
      })),
  );

const probe = fc.record({
  port: fc.constantFrom<number | string>(80, 8080, 'http', 443),
  protocol: fc.constantFrom<Protocol>('TCP', 'UDP'),
});

/** The endpoint of the pod at `pick` (modulo the pod count). */
const podEnd = (model: ClusterModel, pick: number): Endpoint => {
  const chosen = model.pods[pick % model.pods.length];
  return { namespace: chosen?.namespace ?? '', pod: chosen?.name ?? '' };
};

const endpoints = (model: ClusterModel): fc.Arbitrary<Endpoint> =>
  fc.oneof(
    { arbitrary: fc.nat().map((pick) => podEnd(model, pick)), weight: 4 },
    {
      arbitrary: fc.constantFrom(
        { ip: '10.0.1.200' },
        { ip: '198.51.100.9' },
        { ip: '192.168.0.1' },
      ),
      weight: 1,
    },
  );

const scenario = cluster.chain((model) =>
  fc.record({
    model: fc.constant(model),
    policies,
    extra: policyAt(9),
    from: endpoints(model),
    to: endpoints(model),
    probe,
  }),
);

describe('evaluate: invariants', { timeout: SLOW }, () => {
  it('lets every pod reach itself', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), ({ model, policies: set, probe: p }, pick) => {
        const self = podEnd(model, pick);
        expect(evaluate(model, set, { from: self, to: self, ...p }).allowed).toBe(true);
      }),
    );
  });

  it('allows everything once every policy is removed (except a port name the pod lacks)', () => {
    fc.assert(
      fc.property(scenario, ({ model, from, to, probe: p }) => {
        const verdict = evaluate(model, [], { from, to, ...p });
        expect(verdict.egress.isolated || verdict.ingress.isolated).toBe(false);
        if (typeof p.port === 'number') expect(verdict.allowed).toBe(true);
      }),
    );
  });

  it('gives the same verdict whatever the order of the policies', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), ({ model, policies: set, from, to, probe: p }, seed) => {
        const shuffled = [...set].sort(
          (x, y) =>
            ((x.metadata.name.length * 31 + seed) % 7) - ((y.metadata.name.length * 17 + seed) % 5),
        );
        shuffled.reverse();
        expect(evaluate(model, shuffled, { from, to, ...p })).toEqual(
          evaluate(model, set, { from, to, ...p }),
        );
      }),
    );
  });

  it('decides a pod’s direction from its own namespace’s policies only; not isolated means allowed', () => {
    fc.assert(
      fc.property(scenario, ({ model, policies: set, from, to, probe: p }) => {
        const verdict = evaluate(model, set, { from, to, ...p });
        if (!verdict.ingress.isolated && !verdict.ingress.reason.includes('no port to reach')) {
          expect(verdict.ingress.allowed).toBe(true);
        }
        if ('namespace' in to) {
          const own = set.filter((q) => (q.metadata.namespace ?? 'default') === to.namespace);
          const alone = evaluate(model, own, { from, to, ...p });
          expect(alone.ingress.allowed).toBe(verdict.ingress.allowed);
          expect(alone.ingress.isolated).toBe(verdict.ingress.isolated);
        }
        if ('namespace' in from) {
          const own = set.filter((q) => (q.metadata.namespace ?? 'default') === from.namespace);
          const alone = evaluate(model, own, { from, to, ...p });
          expect(alone.egress.allowed).toBe(verdict.egress.allowed);
          expect(alone.egress.isolated).toBe(verdict.egress.isolated);
        }
      }),
    );
  });

  it('never removes an allowed connection by adding a policy, in a direction already isolated', () => {
    fc.assert(
      fc.property(scenario, ({ model, policies: set, extra, from, to, probe: p }) => {
        const before = evaluate(model, set, { from, to, ...p });
        const after = evaluate(model, [...set, extra], { from, to, ...p });
        if (before.ingress.isolated && before.ingress.allowed)
          expect(after.ingress.allowed).toBe(true);
        if (before.egress.isolated && before.egress.allowed)
          expect(after.egress.allowed).toBe(true);
        if (before.ingress.isolated && before.egress.isolated && before.allowed)
          expect(after.allowed).toBe(true);
      }),
    );
  });

  it('agrees with reachability cell by cell', () => {
    fc.assert(
      fc.property(scenario, ({ model, policies: set, probe: p }) => {
        const matrix = reachability(model, set, p);
        for (const from of model.pods) {
          for (const to of model.pods) {
            const verdict = evaluate(model, set, {
              from: { namespace: from.namespace, pod: from.name },
              to: { namespace: to.namespace, pod: to.name },
              ...p,
            });
            expect(matrix[`${from.namespace}/${from.name}`]?.[`${to.namespace}/${to.name}`]).toBe(
              verdict.allowed,
            );
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('parsePolicies: invariants', { timeout: SLOW }, () => {
  it('reads back exactly the policies it is given, as YAML (1.1) and as JSON', () => {
    fc.assert(
      fc.property(policies, (set) => {
        const yamlText = set
          .map((q) => stringify(q, { version: '1.1', aliasDuplicateObjects: false }))
          .join('---\n');
        const fromYaml = parsePolicies(yamlText);
        expect(fromYaml.errors).toEqual([]);
        expect(fromYaml.policies).toEqual(set);
        const fromJson = parsePolicies(set.map((q) => JSON.stringify(q)).join('\n---\n'));
        expect(fromJson.policies).toEqual(set);
      }),
    );
  });

  /** parsePolicies never throws, never hits its internal-error fallback, and returns located errors. */
  const wellBehaved = (text: string): void => {
    const result = parsePolicies(text);
    expect(Array.isArray(result.policies)).toBe(true);
    for (const error of result.errors) {
      expect(error.message).not.toContain('could not be read');
      expect(error.document).toBeGreaterThanOrEqual(1);
      expect(error.line).toBeGreaterThanOrEqual(1);
      expect(error.column).toBeGreaterThanOrEqual(1);
    }
  };

  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), wellBehaved), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), wellBehaved), {
      numRuns: 300,
    });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), wellBehaved), {
      numRuns: 300,
    });
  });

  it('never throws on YAML-like text built from the fields, typos and syntax of policies', () => {
    const token = fc.constantFrom(
      'apiVersion: networking.k8s.io/v1',
      'kind: NetworkPolicy',
      'kind: List',
      'items:',
      'metadata:',
      'name: p',
      'namespace: prod',
      'spec:',
      'podSelector:',
      'podselector: {}',
      'policyTypes: [Ingress, Egress]',
      'ingress:',
      'egress:',
      '- from:',
      '- to:',
      '- podSelector: {}',
      'namespaceSelector:',
      'matchLabels:',
      'app: web',
      'matchExpressions:',
      '- key: app',
      'operator: NotIn',
      'values: [a]',
      'ipBlock:',
      'cidr: 10.0.0.0/8',
      'except: [10.1.0.0/16]',
      'ports:',
      '- port: 80',
      'endPort: 70',
      'port: http',
      'protocol: udp',
      '-',
      '---',
      '&a',
      '*a',
      '{',
      '}',
      '[',
      ']',
      '"',
      "'",
      '#',
      ':',
      '\t',
      '__proto__: x',
      '? x',
      '|',
      '>',
      '~',
      'null',
    );
    const line = fc
      .tuple(fc.nat({ max: 8 }), fc.array(token, { minLength: 1, maxLength: 3 }))
      .map(([indent, parts]) => ' '.repeat(indent) + parts.join(' '));
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 30 }).map((lines) => lines.join('\n')),
        wellBehaved,
      ),
      {
        numRuns: 500,
      },
    );
  });
});
