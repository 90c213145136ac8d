import { parseAllDocuments } from 'yaml';

// A hand-written NetworkPolicy checker for the simple shapes the generator writes (matchLabels
// selectors, pod/namespace peers, TCP ports by number or name), and a reader for the question's
// stem, so the tests check the engine's key from what the learner sees, by another code path.

export interface OracleNamespace {
  name: string;
  labels: Record<string, string>;
}

export interface OraclePod {
  namespace: string;
  name: string;
  ip: string;
  labels: Record<string, string>;
  ports: { name: string; port: number }[];
}

interface Selector {
  matchLabels?: Record<string, string>;
  matchExpressions?: unknown;
}

interface Peer {
  podSelector?: Selector;
  namespaceSelector?: Selector;
  ipBlock?: unknown;
}

interface Port {
  protocol?: string;
  port?: number | string;
  endPort?: number;
}

interface Rule {
  from?: Peer[];
  to?: Peer[];
  ports?: Port[];
}

export interface OraclePolicy {
  metadata: { name: string; namespace?: string };
  spec: {
    podSelector: Selector;
    policyTypes?: string[];
    ingress?: Rule[];
    egress?: Rule[];
  };
}

export interface OracleWorld {
  namespaces: OracleNamespace[];
  pods: OraclePod[];
  policies: OraclePolicy[];
}

/** "a=1,b=2" → { a: '1', b: '2' }. */
function labels(text: string): Record<string, string> {
  return Object.fromEntries(text.split(',').map((pair) => pair.split('=') as [string, string]));
}

/** The rows of a space-padded table after its header, split on runs of two or more spaces. */
function rows(table: string): string[][] {
  return table
    .split('\n')
    .slice(1)
    .map((line) => line.split(/ {2,}/));
}

/** The contents of every fenced block of a language in a text. */
function fenced(text: string, language: string): string[] {
  const pattern = new RegExp('```' + language + '\\n([\\s\\S]*?)\\n```', 'g');
  return [...text.matchAll(pattern)].map((m) => m[1] ?? '');
}

/** Reads the namespaces, pods and policies back from a question's stem. */
export function worldFromPrompt(prompt: string): OracleWorld {
  const [tables = ''] = fenced(prompt, 'text');
  const [nsTable = '', podTable = ''] = tables.split('\n\n');
  const namespaces = rows(nsTable).map(([name = '', l = '']) => ({ name, labels: labels(l) }));
  const pods = rows(podTable).map(([key = '', ip = '', l = '', ports = '']) => {
    const [namespace = '', name = ''] = key.split('/');
    const parsedPorts = ports.split(', ').map((p) => {
      const [portName = '', spec = ''] = p.split(' ');
      return { name: portName, port: Number(spec.replace('/TCP', '')) };
    });
    return { namespace, name, ip, labels: labels(l), ports: parsedPorts };
  });
  const [yamlText = ''] = fenced(prompt, 'yaml');
  const policies = parseAllDocuments(yamlText).map((doc) => doc.toJS() as OraclePolicy);
  return { namespaces, pods, policies };
}

/** Whether a matchLabels-only selector matches a label set (`{}` matches everything). */
function selects(selector: Selector, target: Record<string, string>): boolean {
  if (selector.matchExpressions !== undefined) throw new Error('oracle: no matchExpressions');
  return Object.entries(selector.matchLabels ?? {}).every(([k, v]) => target[k] === v);
}

/** Whether a peer matches a pod, for a policy in `policyNamespace`. */
function peerMatches(world: OracleWorld, peer: Peer, policyNamespace: string, pod: OraclePod) {
  if (peer.ipBlock !== undefined) throw new Error('oracle: no ipBlock');
  const nsLabels = world.namespaces.find((ns) => ns.name === pod.namespace)?.labels ?? {};
  const namespaceOk = peer.namespaceSelector
    ? selects(peer.namespaceSelector, nsLabels)
    : pod.namespace === policyNamespace;
  return namespaceOk && (peer.podSelector ? selects(peer.podSelector, pod.labels) : true);
}

/** Whether a rule's ports admit TCP `port` on the destination pod. */
function portMatches(ports: Port[] | undefined, port: number, destination: OraclePod): boolean {
  if (ports === undefined || ports.length === 0) return true;
  return ports.some((p) => {
    if ((p.protocol ?? 'TCP') !== 'TCP') return false;
    if (p.port === undefined) return true;
    if (typeof p.port === 'string') {
      return destination.ports.some((c) => c.name === p.port && c.port === port);
    }
    return port >= p.port && port <= (p.endPort ?? p.port);
  });
}

/** The directions a policy restricts: its policyTypes, or the API's default. */
function directions(policy: OraclePolicy): string[] {
  return (
    policy.spec.policyTypes ??
    ((policy.spec.egress ?? []).length > 0 ? ['Ingress', 'Egress'] : ['Ingress'])
  );
}

/** Whether `subject`'s policies for one direction admit `peer` on TCP `port` to `destination`. */
export function sideAllows(
  world: OracleWorld,
  direction: 'Ingress' | 'Egress',
  subject: OraclePod,
  peer: OraclePod,
  destination: OraclePod,
  port: number,
): boolean {
  const isolating = world.policies.filter(
    (p) =>
      (p.metadata.namespace ?? 'default') === subject.namespace &&
      selects(p.spec.podSelector, subject.labels) &&
      directions(p).includes(direction),
  );
  if (isolating.length === 0) return true;
  return isolating.some((p) => {
    const rules = (direction === 'Ingress' ? p.spec.ingress : p.spec.egress) ?? [];
    const ns = p.metadata.namespace ?? 'default';
    return rules.some((rule) => {
      const peers = (direction === 'Ingress' ? rule.from : rule.to) ?? [];
      const peerOk = peers.length === 0 || peers.some((x) => peerMatches(world, x, ns, peer));
      return peerOk && portMatches(rule.ports, port, destination);
    });
  });
}

/** Both sides of a flow from one pod to another on TCP `port`. */
export function flowSides(world: OracleWorld, from: OraclePod, to: OraclePod, port: number) {
  const egress = sideAllows(world, 'Egress', from, to, to, port);
  const ingress = sideAllows(world, 'Ingress', to, from, to, port);
  return { egress, ingress, allowed: egress && ingress };
}
