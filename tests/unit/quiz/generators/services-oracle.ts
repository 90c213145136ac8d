// A hand-written reading of the Services questions: it parses the stem (the Service YAML, the pod
// lines, the nodes, the connection) and recomputes the answer from the rules the lesson teaches,
// without calling the engine, so the tests check the generator's key by another code path.

import { parse } from 'yaml';

export interface ParsedStem {
  pods: { name: string; node: string; ready: boolean; terminating: boolean }[];
  nodes: Record<string, string>; // name → IP
  external: boolean;
  clientNode: string;
  internalLocal: boolean;
  externalLocal: boolean;
}

/** Reads the stem back. */
export function parseStem(prompt: string): ParsedStem {
  const yaml = /```yaml\n([\s\S]*?)\n```/.exec(prompt)?.[1] ?? '';
  const spec = (parse(yaml) as { spec: Record<string, unknown> }).spec;
  const pods = [
    ...prompt.matchAll(
      /^- (\S+) on (\S+): Ready (True|False), (being deleted|not being deleted)/gm,
    ),
  ].map((m) => ({
    name: m[1] ?? '',
    node: m[2] ?? '',
    ready: m[3] === 'True',
    terminating: m[4] === 'being deleted',
  }));
  const nodes = Object.fromEntries(
    [...prompt.matchAll(/(node-\w) \((\d+\.\d+\.\d+\.\d+)\)/g)].map((m) => [
      m[1] ?? '',
      m[2] ?? '',
    ]),
  );
  const external = /A host outside the cluster/.test(prompt);
  const clientNode =
    (external ? /:30080 \((node-\w)\)/.exec(prompt) : /`client` on (node-\w)/.exec(prompt))?.[1] ??
    '';
  return {
    pods,
    nodes,
    external,
    clientNode,
    internalLocal: spec['internalTrafficPolicy'] === 'Local',
    externalLocal: spec['externalTrafficPolicy'] === 'Local',
  };
}

/** The pods usable cluster-wide: ready and not terminating, else terminating ones still ready. */
function usable(stem: ParsedStem): string[] {
  const ready = stem.pods.filter((p) => p.ready && !p.terminating);
  const chosen = ready.length > 0 ? ready : stem.pods.filter((p) => p.ready && p.terminating);
  return chosen.map((p) => p.name);
}

/** The pods the node's rules may pick, or why none: 'dropped' or 'refused'. */
export function expectedPods(stem: ParsedStem): string[] | 'dropped' | 'refused' {
  const anywhere = usable(stem);
  if (anywhere.length === 0) return 'refused';
  const local = stem.external ? stem.externalLocal : stem.internalLocal;
  if (!local) return anywhere.sort();
  const onNode = { ...stem, pods: stem.pods.filter((p) => p.node === stem.clientNode) };
  const mine = usable(onNode);
  return mine.length === 0 ? 'dropped' : mine.sort();
}

/** The text of the expected answer to "which pods can … reach". */
export function expectedPodsText(stem: ParsedStem): string {
  const pods = expectedPods(stem);
  if (pods === 'refused')
    return 'None: the connection is refused (the Service has no usable endpoint)';
  if (pods === 'dropped') return `None: ${stem.clientNode} drops the packet (no local endpoint)`;
  return pods.join(', ');
}

/** The text of the expected probability answer for rule k. */
export function expectedProbabilityText(stem: ParsedStem, rule: number): string {
  const pods = expectedPods(stem);
  const n = Array.isArray(pods) ? pods.length : 0;
  if (rule === n)
    return 'No --probability: it is the last rule and matches every packet that reaches it';
  return `--probability ${(1 / (n - rule + 1)).toFixed(10)}`;
}

/** The text of the expected source-address answer (external clients). */
export function expectedSourceText(stem: ParsedStem): string {
  const pods = expectedPods(stem);
  const node = stem.clientNode;
  if (pods === 'refused') return 'None: the connection is refused';
  if (pods === 'dropped') return `None: ${node} drops the packet`;
  return stem.externalLocal
    ? "203.0.113.50, the client's own address"
    : `${stem.nodes[node] ?? ''}, the address of ${node} (masqueraded)`;
}
