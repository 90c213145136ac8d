import { stringify } from 'yaml';
import {
  CLUSTER_IP,
  EXTERNAL_CLIENT,
  NODE_PORT,
  NODES,
  type ServicesScenario,
} from './services-scenario';

// The stems of the Services questions: the Service as YAML, the pods one per line, the nodes, and
// the connection, in words the oracle in tests/unit/quiz/generators/services-oracle.ts reads back.

export const SERVICES_TAGS = ['k8s:services'];
export const LESSON = 'services/services-kube-proxy';

export const REFERENCES = [
  {
    title: 'Kubernetes documentation: Service',
    url: 'https://kubernetes.io/docs/concepts/services-networking/service/',
  },
  {
    title: 'Kubernetes documentation: Virtual IPs and Service Proxies',
    url: 'https://kubernetes.io/docs/reference/networking/virtual-ips/',
  },
];

/** The Service manifest of a scenario, as YAML. */
function serviceYaml(s: ServicesScenario): string {
  const spec = s.cluster.services[0]?.spec ?? {};
  return stringify({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'api', namespace: 'default' },
    spec,
  }).trimEnd();
}

/** One line per selected pod: node, Ready condition, whether it is being deleted. */
export function podLines(s: ServicesScenario): string {
  return s.pods
    .map(
      (p) =>
        `- ${p.name} on ${p.node}: Ready ${p.state === 'not-ready' ? 'False' : 'True'}, ${p.state === 'terminating' ? 'being deleted (terminating)' : 'not being deleted'}`,
    )
    .join('\n');
}

/** The node list with addresses. */
export function nodeLine(): string {
  return `Nodes: ${NODES.map((n) => `${n.name} (${n.ip})`).join(', ')}.`;
}

/** The connection the question is about. */
export function connectionLine(s: ServicesScenario): string {
  const node = NODES.find((n) => n.name === s.clientNode) ?? NODES[0];
  return s.external
    ? `A host outside the cluster, ${EXTERNAL_CLIENT}, opens a new TCP connection to ${node.ip}:${String(NODE_PORT)} (${node.name}).`
    : `The pod \`client\` on ${node.name} opens a new TCP connection to ${CLUSTER_IP}:80.`;
}

/** The common stem: the manifest, the pods, the nodes and the connection. */
export function scenarioText(s: ServicesScenario): string {
  return [
    'kube-proxy runs in iptables mode on every node. The Service:',
    `\`\`\`yaml\n${serviceYaml(s)}\n\`\`\``,
    `The pods its selector matches (each serves on port 8080):\n${podLines(s)}`,
    nodeLine(),
    connectionLine(s),
  ].join('\n\n');
}
