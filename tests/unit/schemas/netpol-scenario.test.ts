import { describe, expect, it } from 'vitest';
import { NetpolChallengeSchema, NetpolScenarioSchema } from '~/schemas/netpol-scenario';

const denyAll = (namespace: string, name = 'deny') => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: ${name}, namespace: ${namespace} }
spec:
  podSelector: {}
  policyTypes: [Ingress]
`;

// A small valid scenario to vary; each test breaks one rule.
const scenario = () => ({
  title: 'Tiny shop',
  summary: 'Two pods and a policy.',
  probe: { port: 8080 },
  nodes: [
    { name: 'node-1', ip: '192.168.10.11' },
    { name: 'node-2', ip: '192.168.10.12' },
  ],
  namespaces: [{ name: 'shop', labels: { team: 'shop' } }, { name: 'ops' }],
  pods: [
    {
      namespace: 'shop',
      name: 'web',
      ip: '10.244.1.10',
      node: 'node-1',
      ports: [{ name: 'http', port: 8080 }],
    },
    { namespace: 'ops', name: 'tool', ip: '10.244.2.10', node: 'node-2' },
  ],
  policies: [{ yaml: denyAll('shop') }],
});
const messages = (value: unknown) =>
  NetpolScenarioSchema.safeParse(value).error?.issues.map(
    (i) => `${i.path.join('.')}: ${i.message}`,
  ) ?? [];

describe('NetpolScenarioSchema', () => {
  it('accepts a valid scenario and fills the defaults', () => {
    const data = NetpolScenarioSchema.parse(scenario());
    expect(data.probe).toEqual({ port: 8080, protocol: 'TCP' });
    expect(data.namespaces[1]?.labels).toEqual({});
    expect(data.pods[0]?.ports).toEqual([{ name: 'http', port: 8080, protocol: 'TCP' }]);
    expect(data.pods[1]?.labels).toEqual({});
    expect(data.policies[0]?.enabled).toBe(true);
  });

  it('refuses undeclared namespaces and nodes, and repeated pods', () => {
    const s = scenario();
    s.pods.push(
      { namespace: 'nowhere', name: 'x', ip: '10.244.1.11', node: 'node-9' },
      { namespace: 'shop', name: 'web', ip: '10.244.1.12', node: 'node-1' },
    );
    expect(messages(s)).toEqual([
      'pods.2.namespace: pod nowhere/x: namespace nowhere is not declared',
      'pods.2.node: pod nowhere/x runs on node node-9, but it is not declared',
      'pods.3.name: pod shop/web is listed twice',
    ]);
  });

  it('asks for nodes to be declared before pods name them', () => {
    expect(messages({ ...scenario(), nodes: [] })).toEqual([
      'pods.0.node: pod shop/web runs on node node-1, but declare the scenario’s nodes first',
      'pods.1.node: pod ops/tool runs on node node-2, but declare the scenario’s nodes first',
    ]);
  });

  it('refuses an address used twice, by pods or by a pod and a node', () => {
    const s = scenario();
    s.pods.push({ namespace: 'ops', name: 'dup', ip: '192.168.10.11', node: 'node-1' });
    expect(messages(s)).toEqual([
      'pods.2.ip: pod ops/dup has IP 192.168.10.11, which node node-1 already uses',
    ]);
    expect(
      messages({ ...scenario(), pods: [{ ...scenario().pods[0], ip: '10.244.1.010' }] })[0],
    ).toMatch(/^pods\.0\.ip: .*leading zero/);
  });

  it('refuses repeated port names and port numbers within a pod', () => {
    const s = scenario();
    s.pods[0] = {
      ...s.pods[0]!,
      ports: [
        { name: 'http', port: 8080 },
        { name: 'http', port: 8081 },
        { name: 'alt', port: 8080 },
      ],
    };
    expect(messages(s)).toEqual([
      'pods.0.ports.1.name: pod shop/web names two ports http',
      'pods.0.ports.2.port: pod shop/web lists 8080/TCP twice',
    ]);
  });

  it('keeps the automatic namespace label honest', () => {
    const s = {
      ...scenario(),
      namespaces: [
        { name: 'shop', labels: { 'kubernetes.io/metadata.name': 'store' } },
        { name: 'ops' },
      ],
    };
    expect(messages(s)).toEqual([
      "namespaces.0.labels: kubernetes.io/metadata.name is always the namespace's own name (shop); leave it out",
    ]);
  });

  it('checks that policies live in declared namespaces under unique names', () => {
    const s = {
      ...scenario(),
      policies: [{ yaml: denyAll('shop') }, { yaml: denyAll('shop') }, { yaml: denyAll('qa') }],
    };
    expect(messages(s)).toEqual([
      'policies.1.yaml: a second policy named shop/deny; names are unique within a namespace',
      'policies.2.yaml: policy deny is in namespace "qa", which the scenario does not declare',
    ]);
  });

  it('refuses an invalid policy and an unknown field', () => {
    const bad = denyAll('shop').replace('[Ingress]', '[Inbound]');
    expect(messages({ ...scenario(), policies: [{ yaml: bad }] })[0]).toMatch(
      /^policies\.0\.yaml: document 1, line \d+, column \d+ \(spec\.policyTypes\[0\]\): /,
    );
    expect(messages({ ...scenario(), probes: { port: 80 } })).toEqual([
      ': Unrecognized key: "probes"',
    ]);
  });

  it('accepts outside addresses, empty by default, and documents none twice', () => {
    expect(NetpolScenarioSchema.parse(scenario()).outside).toEqual([]);
    const s = {
      ...scenario(),
      outside: [
        { name: 'partner-api', ip: '203.0.113.10' },
        { name: 'partner-api', ip: '203.0.113.11' },
        { name: 'clash', ip: '10.244.1.10' },
        { name: 'Bad_Name', ip: '203.0.113.300' },
      ],
    };
    expect(messages(s)).toEqual([
      'outside.3.name: use lowercase letters, digits and hyphens, starting and ending with a letter or digit',
      expect.stringMatching(/^outside\.3\.ip: .*300/),
      'outside.1.name: outside address partner-api is listed twice',
      'outside.2.ip: outside address clash has IP 10.244.1.10, which pod shop/web already uses',
    ]);
  });
});

// A small valid challenge to vary.
const challenge = () => ({
  title: 'Close the shop',
  order: 1,
  difficulty: 'beginner',
  scenario: 'tiny-shop',
  task: 'Nothing may reach shop/web.',
  expect: [{ from: '*', to: 'shop/web', port: 8080, allowed: false }],
  solution: denyAll('shop'),
});

describe('NetpolChallengeSchema', () => {
  it('accepts a valid challenge and fills the defaults', () => {
    const data = NetpolChallengeSchema.parse(challenge());
    expect(data.starter).toEqual([]);
    expect(data.hints).toEqual([]);
    expect(data.expect[0]?.protocol).toBe('TCP');
  });

  it('refuses malformed selectors, outside-to-outside expectations and bad difficulty', () => {
    const result = NetpolChallengeSchema.safeParse({
      ...challenge(),
      difficulty: 'expert',
      expect: [
        { from: 'shop', to: 'shop/web', port: 8080, allowed: true },
        { from: 'ip:192.0.2.1', to: 'ip:192.0.2.2', port: 443, allowed: true },
      ],
    });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'difficulty',
      'expect.0.from',
      'expect.1',
    ]);
  });

  it('wants a solution that holds at least one valid policy', () => {
    const result = NetpolChallengeSchema.safeParse({ ...challenge(), solution: 'kind: Pod\n' });
    expect(result.success).toBe(false);
  });
});
