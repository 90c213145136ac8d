import { z } from 'astro/zod';
import { isInputError, parseIpv4 } from '~/sim/ip';

// Consistency rules for a scenario's cluster (nodes, namespaces, pods) that no single field's
// schema can see: declared namespaces and nodes, unique names, unique addresses and ports.

/** A dotted-quad IPv4 address, written canonically (no spaces, no leading zeros). */
export const ipv4Address = z.string().superRefine((text, ctx) => {
  try {
    parseIpv4(text);
    if (text !== text.trim()) ctx.addIssue({ code: 'custom', message: 'remove the spaces' });
  } catch (error) {
    if (!isInputError(error)) throw error;
    ctx.addIssue({ code: 'custom', message: error.message });
  }
});

/** The parts of a scenario these rules read. */
interface ClusterShape {
  nodes: { name: string; ip: string }[];
  namespaces: { name: string; labels: Record<string, string> }[];
  pods: {
    namespace: string;
    name: string;
    ip: string;
    node?: string | undefined;
    ports: { name?: string | undefined; port: number; protocol: string }[];
  }[];
  outside?: { name: string; ip: string }[];
}

/** Adds an issue for every inconsistency in a scenario's nodes, namespaces and pods. */
export function checkScenarioCluster(cluster: ClusterShape, ctx: z.RefinementCtx): void {
  const issue = (path: PropertyKey[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  checkNamespaces(cluster, issue);
  const addresses = new Map<string, string>();
  const nodeNames = new Set<string>();
  cluster.nodes.forEach((node, index) => {
    if (nodeNames.has(node.name))
      issue(['nodes', index, 'name'], `node ${node.name} is listed twice`);
    nodeNames.add(node.name);
    claimAddress(addresses, node.ip, `node ${node.name}`, ['nodes', index, 'ip'], issue);
  });
  checkPods(cluster, nodeNames, addresses, issue);
  checkOutside(cluster.outside ?? [], addresses, issue);
}

/** Outside addresses have unique names and IPs that no pod or node uses. */
function checkOutside(
  outside: NonNullable<ClusterShape['outside']>,
  addresses: Map<string, string>,
  issue: Issue,
): void {
  const names = new Set<string>();
  outside.forEach((entry, index) => {
    if (names.has(entry.name)) {
      issue(['outside', index, 'name'], `outside address ${entry.name} is listed twice`);
    }
    names.add(entry.name);
    claimAddress(
      addresses,
      entry.ip,
      `outside address ${entry.name}`,
      ['outside', index, 'ip'],
      issue,
    );
  });
}

type Issue = (path: PropertyKey[], message: string) => void;

/** Namespace names are unique, and an explicit metadata.name label must match the name. */
function checkNamespaces({ namespaces }: ClusterShape, issue: Issue): void {
  const seen = new Set<string>();
  namespaces.forEach((ns, index) => {
    if (seen.has(ns.name))
      issue(['namespaces', index, 'name'], `namespace ${ns.name} is listed twice`);
    seen.add(ns.name);
    const own = ns.labels['kubernetes.io/metadata.name'];
    if (own !== undefined && own !== ns.name) {
      issue(
        ['namespaces', index, 'labels'],
        `kubernetes.io/metadata.name is always the namespace's own name (${ns.name}); leave it out`,
      );
    }
  });
}

/** Each pod sits in a declared namespace and node, with a unique name, address and ports. */
function checkPods(
  { namespaces, nodes, pods }: ClusterShape,
  nodeNames: Set<string>,
  addresses: Map<string, string>,
  issue: Issue,
): void {
  const declared = new Set(namespaces.map((n) => n.name));
  const names = new Set<string>();
  pods.forEach((pod, index) => {
    const id = `${pod.namespace}/${pod.name}`;
    if (!declared.has(pod.namespace)) {
      issue(['pods', index, 'namespace'], `pod ${id}: namespace ${pod.namespace} is not declared`);
    }
    if (names.has(id)) issue(['pods', index, 'name'], `pod ${id} is listed twice`);
    names.add(id);
    if (pod.node !== undefined && !nodeNames.has(pod.node)) {
      const why = nodes.length === 0 ? 'declare the scenario’s nodes first' : 'it is not declared';
      issue(['pods', index, 'node'], `pod ${id} runs on node ${pod.node}, but ${why}`);
    }
    claimAddress(addresses, pod.ip, `pod ${id}`, ['pods', index, 'ip'], issue);
    checkPorts(pod.ports, id, (path, message) => issue(['pods', index, 'ports', ...path], message));
  });
}

/** A container port name is used once per pod, and so is each port and protocol pair. */
function checkPorts(ports: ClusterShape['pods'][number]['ports'], id: string, issue: Issue): void {
  const names = new Set<string>();
  const numbers = new Set<string>();
  ports.forEach((port, index) => {
    if (port.name !== undefined) {
      if (names.has(port.name)) issue([index, 'name'], `pod ${id} names two ports ${port.name}`);
      names.add(port.name);
    }
    const key = `${String(port.port)}/${port.protocol}`;
    if (numbers.has(key)) issue([index, 'port'], `pod ${id} lists ${key} twice`);
    numbers.add(key);
  });
}

/** Records that `owner` uses `ip`, or reports who already does. */
function claimAddress(
  addresses: Map<string, string>,
  ip: string,
  owner: string,
  path: PropertyKey[],
  issue: Issue,
): void {
  const other = addresses.get(ip);
  if (other !== undefined) issue(path, `${owner} has IP ${ip}, which ${other} already uses`);
  else addresses.set(ip, owner);
}
