import { stringify } from 'yaml';
import type { ClusterModel, NetworkPolicy, PodModel } from '~/sim/netpol/types';
import { podName } from './netpol-cluster';

// The stem of the NetworkPolicy question: the cluster as `kubectl get` style tables, the policies
// as YAML documents (what `kubectl apply -f` would take), and the question itself.

/** "a=1,b=2", labels sorted by key as kubectl prints them. */
function labelText(labels: Record<string, string>): string {
  return Object.keys(labels)
    .sort()
    .map((key) => `${key}=${labels[key] ?? ''}`)
    .join(',');
}

/** "http 8080/TCP, metrics 9090/TCP". */
function portsText(pod: PodModel): string {
  return (pod.ports ?? [])
    .map((p) => `${p.name ?? ''} ${String(p.port)}/${p.protocol ?? 'TCP'}`.trim())
    .join(', ');
}

/** Rows of text with each column padded to its widest cell. */
function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i < row.length - 1 ? cell.padEnd((widths?.[i] ?? 0) + 2) : cell))
        .join(''),
    )
    .join('\n');
}

/** The namespaces and pods of a cluster as two tables. */
export function clusterText(cluster: ClusterModel): string {
  const namespaces = table([
    ['NAMESPACE', 'LABELS'],
    ...cluster.namespaces.map((ns) => [ns.name, labelText(ns.labels)]),
  ]);
  const pods = table([
    ['POD', 'IP', 'LABELS', 'CONTAINER PORTS'],
    ...cluster.pods.map((pod) => [podName(pod), pod.ip, labelText(pod.labels), portsText(pod)]),
  ]);
  return `${namespaces}\n\n${pods}`;
}

/** The policies as one multi-document YAML text. */
export function policiesYaml(policies: readonly NetworkPolicy[]): string {
  return policies.map((p) => stringify(p).trimEnd()).join('\n---\n');
}

/** The whole stem: the cluster, the policies, and the flow asked about. */
export function netpolPrompt(
  cluster: ClusterModel,
  policies: readonly NetworkPolicy[],
  flow: { from: PodModel; to: PodModel; port: number; otherPort: number },
): string {
  const { from, to, port, otherPort } = flow;
  const portName = (p: number) => to.ports?.find((c) => c.port === p)?.name ?? '';
  return [
    'A cluster whose network plugin enforces NetworkPolicy runs these namespaces and pods:',
    `\`\`\`text\n${clusterText(cluster)}\n\`\`\``,
    'These NetworkPolicies are applied, and no others:',
    `\`\`\`yaml\n${policiesYaml(policies)}\n\`\`\``,
    `Can \`${podName(from)}\` open a TCP connection to the pod IP of \`${podName(to)}\` (${to.ip}) on port ${String(port)} (its \`${portName(port)}\` port)? ` +
      `\`${podName(to)}\` also listens on TCP ${String(otherPort)} (\`${portName(otherPort)}\`).`,
  ].join('\n\n');
}
