import type { SingleQuestion } from '../types';
import { pickOptions, type Option } from './services-options';
import {
  servicesScenario,
  EXTERNAL_CLIENT,
  NODES,
  type ServicesScenario,
} from './services-scenario';
import { LESSON, REFERENCES, SERVICES_TAGS, scenarioText } from './services-text';
import { base } from './subnet-common';

// Two questions over the Services engine: which pods a connection can reach, and which source
// address the backend sees (the probability question is in services-probability.ts).

/** The names of a pod list, or a sentence for none. */
function setText(names: readonly string[], none: string): string {
  return names.length === 0 ? none : [...names].sort().join(', ');
}

/** A one-pod option, explained by why that pod alone is not the answer. */
function singlePod(s: ServicesScenario, name: string): Option {
  const pod = s.pods.find((p) => p.name === name);
  const why = s.reachable.includes(name)
    ? `${name} is one of them, but not the only one.`
    : pod?.state === 'not-ready'
      ? `${name} is not ready, so its endpoint is neither ready nor serving.`
      : pod?.state === 'terminating'
        ? `${name} is terminating; kube-proxy uses it only when no endpoint is ready.`
        : `${name} is ready, but the traffic policy leaves it out for this node.`;
  return { text: name, correct: false, explanation: `No. ${why}` };
}

/** "Which pods can this connection reach?" */
export function endpointsQuestion(seed: number): SingleQuestion {
  const s = servicesScenario(seed);
  const local = s.external ? s.externalLocal : s.internalLocal;
  const policy = s.external ? 'externalTrafficPolicy' : 'internalTrafficPolicy';
  const ready = s.pods.filter((p) => p.state === 'ready').map((p) => p.name);
  const serving = s.pods.filter((p) => p.state !== 'not-ready').map((p) => p.name);
  const onNode = (names: string[]) =>
    names.filter((n) => s.pods.find((p) => p.name === n)?.node === s.clientNode);
  const none =
    s.outcome.verdict === 'rejected'
      ? 'None: the connection is refused (the Service has no usable endpoint)'
      : `None: ${s.clientNode} drops the packet (no local endpoint)`;
  const right: Option = {
    text: setText(s.reachable, none),
    correct: true,
    explanation:
      s.reachable.length === 0
        ? `Right. ${s.outcome.reason}`
        : `Right. The rules on ${s.clientNode} choose among ${setText(s.reachable, none)}; one connection, for example: ${s.outcome.reason}`,
  };
  const wrong: Option[] = [
    {
      text: setText(ready, none),
      correct: false,
      explanation: `No. That is every ready pod in the cluster; ${local ? `with ${policy}: Local only the pods on ${s.clientNode} count` : 'when no pod is ready, kube-proxy falls back to terminating pods that still serve'}.`,
    },
    {
      text: setText(onNode(ready), none),
      correct: false,
      explanation: `No. Only ${policy}: Local limits the choice to ${s.clientNode}'s own pods${local ? ', and a terminating pod that still serves is used when no local pod is ready' : ''}.`,
    },
    {
      text: setText(serving, none),
      correct: false,
      explanation:
        'No. A terminating pod is not ready; kube-proxy uses it only when no endpoint is ready.',
    },
    {
      text: setText(
        s.pods.map((p) => p.name),
        none,
      ),
      correct: false,
      explanation:
        'No. A pod whose Ready condition is False is never sent traffic: its endpoint is neither ready nor serving.',
    },
    {
      text: `None: ${s.clientNode} drops the packet (no local endpoint)`,
      correct: false,
      explanation:
        s.outcome.verdict === 'rejected'
          ? 'No. Nothing is dropped for want of a local endpoint: the Service has no usable endpoint at all, so the rules reject the connection.'
          : `No. The rules on ${s.clientNode} have an endpoint to send it to.`,
    },
  ];
  wrong.push(...s.pods.map((p) => singlePod(s, p.name)));
  return {
    ...base(
      'services-endpoint-choice',
      `${scenarioText(s)}\n\nWhich pods can the rules on ${s.clientNode} send this connection to?`,
      {
        explanation:
          'kube-proxy sends traffic to ready endpoints; only when none is ready does it use terminating endpoints that still serve. A Local traffic policy narrows the choice to the endpoints on the node that handles the packet, and drops the packet when there are none.',
        references: REFERENCES,
        topics: SERVICES_TAGS,
        difficulty: 2,
        lesson: `${LESSON}#traffic-policies`,
      },
    ),
    type: 'single',
    options: pickOptions(seed, right, wrong),
  };
}

/** "Which source address does the backend pod see?" */
export function clientIpQuestion(seed: number): SingleQuestion {
  const s = servicesScenario(seed, true);
  const entry = NODES.find((n) => n.name === s.clientNode) ?? NODES[0];
  const other = NODES.find((n) => n.name !== entry.name) ?? NODES[1];
  const texts = {
    client: `${EXTERNAL_CLIENT}, the client's own address`,
    entry: `${entry.ip}, the address of ${entry.name} (masqueraded)`,
    other: `${other.ip}, the address of ${other.name} (masqueraded)`,
    dropped: `None: ${entry.name} drops the packet`,
    refused: 'None: the connection is refused',
  };
  const o = s.outcome;
  const key =
    o.verdict === 'rejected'
      ? 'refused'
      : o.verdict === 'dropped'
        ? 'dropped'
        : o.snat === null
          ? 'client'
          : 'entry';
  const why: Record<keyof typeof texts, string> = {
    client:
      'externalTrafficPolicy: Local keeps the source address, but only when the node has a local endpoint.',
    entry:
      'With externalTrafficPolicy: Cluster the KUBE-EXT chain marks the packet for masquerade, so its source becomes the receiving node\u2019s address.',
    other:
      'Masquerading uses the address of the node that received the packet, not of the node the pod runs on.',
    dropped:
      'A node drops node-port traffic only when the policy is Local and it has no local endpoint.',
    refused: 'The connection is refused only when the Service has no usable endpoint anywhere.',
  };
  const option = (k: keyof typeof texts): Option => ({
    text: texts[k],
    correct: k === key,
    explanation: k === key ? `Right. ${o.reason}` : `No. ${why[k]}`,
  });
  const all = Object.keys(texts) as (keyof typeof texts)[];
  return {
    ...base(
      'services-client-ip',
      `${scenarioText(s)}\n\nWhat source address does the pod that answers see?`,
      {
        explanation:
          'externalTrafficPolicy: Cluster may forward to any node and masquerades (the pod sees a node address); Local keeps the client address and only uses the receiving node\u2019s endpoints, dropping the packet when it has none.',
        references: REFERENCES,
        topics: SERVICES_TAGS,
        difficulty: 3,
        lesson: `${LESSON}#externaltrafficpolicy-cluster-or-local`,
      },
    ),
    type: 'single',
    options: pickOptions(seed, option(key), all.filter((k) => k !== key).map(option)),
  };
}
