import { parse } from 'yaml';

// A hand-written glibc search and Kubernetes DNS record check for the DNS questions, reading
// only the question's text: the resolv.conf block, the Services listed, the manifest. It shares
// no code with src/sim/dns, so the tests check the engine's key by another path.

const ZONE = 'cluster.local';

/** The text inside the first ``` block after `after`. */
function block(prompt: string, after = ''): string {
  const start = prompt.indexOf('```', prompt.indexOf(after));
  const bodyStart = prompt.indexOf('\n', start) + 1;
  return prompt.slice(bodyStart, prompt.indexOf('```', bodyStart));
}

/** The text between `before` and the next backtick-quoted end. */
function quoted(prompt: string, before: string, end = '`'): string {
  const at = prompt.indexOf(before);
  if (at < 0) throw new Error(`no "${before}" in the prompt`);
  const from = at + before.length;
  return prompt.slice(from, prompt.indexOf(end, from));
}

/** search list and ndots from a resolv.conf text. */
function readConf(text: string): { search: string[]; ndots: number } {
  const lines = text.split('\n');
  const search =
    lines
      .find((l) => l.startsWith('search '))
      ?.split(' ')
      .slice(1) ?? [];
  const ndotsEntry = /ndots:(\d+)/.exec(lines.find((l) => l.startsWith('options ')) ?? '');
  return { search, ndots: ndotsEntry?.[1] === undefined ? 1 : Number(ndotsEntry[1]) };
}

/** The names glibc's res_search sends, in order. */
export function glibcOrder(name: string, search: string[], ndots: number): string[] {
  if (name.endsWith('.')) return [name];
  const dots = name.split('.').length - 1;
  const withSearch = search.map((d) => `${name}.${d}.`);
  return dots >= ndots ? [`${name}.`, ...withSearch] : [...withSearch, `${name}.`];
}

/** The count of queries the cost question's pod sends. */
export function expectedCost(prompt: string): number {
  const { search, ndots } = readConf(block(prompt));
  const upstream = `${quoted(prompt, 'upstream resolver knows `')}.`;
  const name = quoted(prompt, 'curl https://', '/');
  let names = 0;
  for (const candidate of glibcOrder(name, search, ndots)) {
    names++;
    if (!candidate.endsWith(`.${ZONE}.`) && candidate === upstream) break;
  }
  return names * 2;
}

/** The A-record names that exist, from the "- name (namespace ns): ..." lines. */
function existingNames(prompt: string): Set<string> {
  const names = new Set<string>();
  for (const line of prompt.split('\n')) {
    const m = /^- (\S+) \(namespace (\S+)\): (.*)$/.exec(line);
    if (m === null) continue;
    const [, svc = '', ns = '', rest = ''] = m;
    const owner = `${svc}.${ns}.svc.${ZONE}.`;
    if (rest.startsWith('ClusterIP')) names.add(owner);
    for (const ep of rest.matchAll(/(\S+) \S+ ready(?=,|$)/g)) {
      names.add(owner);
      names.add(`${ep[1] ?? ''}.${owner}`);
    }
  }
  return names;
}

/** The name that ends the search in the first-answer question. */
export function expectedFirst(prompt: string): string {
  const { search, ndots } = readConf(block(prompt, 'resolv.conf'));
  const name = quoted(prompt, 'A record of `');
  const exists = existingNames(prompt);
  for (const candidate of glibcOrder(name, search, ndots)) {
    const inCluster = candidate.endsWith(`.${ZONE}.`);
    if (!inCluster || exists.has(candidate)) return `\`${candidate}\``;
  }
  return 'none';
}

interface Manifest {
  metadata: { name: string; namespace: string };
  spec: { clusterIP: string; ports: { name: string; port: number }[] };
}

/** The "port target; port target" answer of the SRV question. */
export function expectedSrv(prompt: string): string {
  const manifest = parse(block(prompt)) as Manifest;
  const query = quoted(prompt, 'dig +short SRV ');
  const { name, namespace } = manifest.metadata;
  const owner = `${name}.${namespace}.svc.${ZONE}.`;
  const port = manifest.spec.ports.find((p) => query === `_${p.name}._tcp.${owner}`);
  if (port === undefined) return 'No SRV record (NXDOMAIN)';
  if (manifest.spec.clusterIP !== 'None') return `${String(port.port)} ${owner}`;
  const ready = [...quoted(prompt, 'serviceName is db: ', '.\n').matchAll(/(\S+) \(\S+\) ready/g)];
  if (ready.length === 0) return 'No SRV record (NXDOMAIN)';
  return ready.map((m) => `${String(port.port)} ${m[1] ?? ''}.${owner}`).join('; ');
}
