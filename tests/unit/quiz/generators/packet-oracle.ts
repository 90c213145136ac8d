// A hand-written answer key for the packet generator: it reads the style, path and cluster legend
// back from the stem and knows, from the CNI docs rather than from the engine, which places a
// request passes for each style and path and where its first address rewrite happens. It returns
// the text of the one option that matches.

type Style = 'vxlan' | 'bgp' | 'ebpf' | 'vpc-cni';
type Path = 'same-node' | 'cross-node' | 'to-service' | 'to-internet' | 'nodeport';

/** A place: a pod's eth0 (p1), a pod's host veth (v1), a device on a node, or a place off the nodes. */
type Place = string;

const ROUTES: Record<Style, Record<Path, Place[]>> = {
  vxlan: {
    'same-node': ['p1', 'v1', 'cni0@node-1', 'p2'],
    'cross-node': [
      'p1',
      'v1',
      'flannel.1@node-1',
      'wire',
      'eth0@node-2',
      'flannel.1@node-2',
      'cni0@node-2',
      'p3',
    ],
    'to-service': [
      'p1',
      'v1',
      'cni0@node-1',
      'flannel.1@node-1',
      'wire',
      'eth0@node-2',
      'flannel.1@node-2',
      'cni0@node-2',
      'p3',
    ],
    'to-internet': ['p1', 'v1', 'eth0@node-1', 'server'],
    nodeport: [
      'client',
      'eth0@node-1',
      'flannel.1@node-1',
      'wire',
      'eth0@node-2',
      'flannel.1@node-2',
      'cni0@node-2',
      'p3',
    ],
  },
  bgp: {
    'same-node': ['p1', 'v1', 'v2', 'p2'],
    'cross-node': ['p1', 'v1', 'eth0@node-1', 'wire', 'eth0@node-2', 'v3', 'p3'],
    'to-service': ['p1', 'v1', 'v1', 'eth0@node-1', 'wire', 'eth0@node-2', 'v3', 'p3'],
    'to-internet': ['p1', 'v1', 'eth0@node-1', 'server'],
    nodeport: ['client', 'eth0@node-1', 'eth0@node-1', 'wire', 'eth0@node-2', 'v3', 'p3'],
  },
  ebpf: {
    'same-node': ['p1', 'v1', 'v2', 'p2'],
    'cross-node': [
      'p1',
      'v1',
      'eth0 (tc egress)@node-1',
      'wire',
      'eth0 (tc ingress)@node-2',
      'v3',
      'p3',
    ],
    'to-service': [
      'p1',
      'v1',
      'eth0 (tc egress)@node-1',
      'wire',
      'eth0 (tc ingress)@node-2',
      'v3',
      'p3',
    ],
    'to-internet': ['p1', 'v1', 'eth0 (tc egress)@node-1', 'server'],
    nodeport: [
      'client',
      'eth0 (tc ingress)@node-1',
      'eth0 (tc egress)@node-1',
      'wire',
      'eth0 (tc ingress)@node-2',
      'v3',
      'p3',
    ],
  },
  'vpc-cni': {
    'same-node': ['p1', 'v1', 'v2', 'p2'],
    'cross-node': ['p1', 'v1', 'eth1@node-1', 'VPC router@VPC', 'eth0@node-2', 'v3', 'p3'],
    'to-service': ['p1', 'v1', 'v1', 'eth1@node-1', 'VPC router@VPC', 'eth0@node-2', 'v3', 'p3'],
    'to-internet': ['p1', 'v1', 'eth0@node-1', 'server'],
    nodeport: ['client', 'eth0@node-1', 'eth0@node-1', 'VPC router@VPC', 'eth0@node-2', 'v3', 'p3'],
  },
};

/** The vpc-cni internet route when SNAT is left to a NAT gateway: out of the pod's own ENI. */
const EXTERNAL_SNAT_ROUTE: Place[] = ['p1', 'v1', 'eth1@node-1', 'NAT gateway@VPC', 'server'];

/** The first rewrite on the request: kind, field, place; null when nothing is rewritten. */
function firstNat(style: Style, path: Path, externalSnat: boolean): [string, string, Place] | null {
  if (path === 'same-node' || path === 'cross-node') return null;
  if (path === 'to-service') {
    const place = { vxlan: 'cni0@node-1', bgp: 'v1', ebpf: 'p1', 'vpc-cni': 'v1' }[style];
    return ['DNAT', 'destination', place];
  }
  if (path === 'nodeport')
    return ['DNAT', 'destination', style === 'ebpf' ? 'eth0 (tc ingress)@node-1' : 'eth0@node-1'];
  if (externalSnat) return ['SNAT', 'source', 'NAT gateway@VPC'];
  return ['SNAT', 'source', style === 'ebpf' ? 'eth0 (tc egress)@node-1' : 'eth0@node-1'];
}

/** What the stem says: style, path, external SNAT, and each pod's node and host veth. */
function readStem(prompt: string) {
  const style: Style = prompt.includes('Flannel-style')
    ? 'vxlan'
    : prompt.includes('Calico-style')
      ? 'bgp'
      : prompt.includes('Cilium-style')
        ? 'ebpf'
        : 'vpc-cni';
  const pathText = /Path: (.*?)\. Nodes:/.exec(prompt)?.[1] ?? '';
  const path: Path = pathText.includes('same node')
    ? 'same-node'
    : pathText.includes('ClusterIP')
      ? 'to-service'
      : pathText.includes('internet')
        ? 'to-internet'
        : pathText.includes('NodePort')
          ? 'nodeport'
          : 'cross-node';
  const pods = new Map<string, { node: string; veth: string }>();
  for (const match of prompt.matchAll(/(web-\d) on (node-\d): IP [\d.]+, host veth (\S+?)[;.]/g)) {
    pods.set(match[1] ?? '', { node: match[2] ?? '', veth: match[3] ?? '' });
  }
  return { style, path, externalSnat: prompt.includes('EXTERNALSNAT is true'), pods };
}

/** Whether an option's "device — where" names a place. */
function matches(option: string, place: Place, pods: ReturnType<typeof readStem>['pods']): boolean {
  const [device = '', at = ''] = option.split(' — ');
  const pod = pods.get(`web-${place.slice(1)}`);
  if (/^p\d$/.test(place)) return device === `eth0 (web-${place.slice(1)})` && at === pod?.node;
  if (/^v\d$/.test(place))
    return pod !== undefined && device.startsWith(pod.veth) && at === pod.node;
  if (place === 'wire') return at === 'wire';
  if (place === 'server') return at === 'internet' && device.startsWith('server ');
  if (place === 'client') return at === 'internet' && device.startsWith('client ');
  return option === place.replace('@', ' — ');
}

/** The one option that matches, or a note saying how many did. */
function onlyMatch(options: readonly string[], test: (option: string) => boolean): string {
  const found = options.filter(test);
  return found.length === 1 ? (found[0] ?? '') : `${String(found.length)} options match`;
}

/** The text of the option the oracle expects to be right. */
export function expectedOption(prompt: string, options: readonly string[]): string {
  const { style, path, externalSnat, pods } = readStem(prompt);
  const hop = /At hop (\d+) of the request/.exec(prompt)?.[1];
  if (hop !== undefined) {
    const route = externalSnat ? EXTERNAL_SNAT_ROUTE : ROUTES[style][path];
    const next = route[Number(hop)] ?? 'beyond the end';
    return onlyMatch(options, (option) => matches(option, next, pods));
  }
  const nat = firstNat(style, path, externalSnat);
  if (nat === null) return onlyMatch(options, (option) => option.startsWith('Nowhere'));
  const [kind, field, place] = nat;
  const prefix = `${kind} of the ${field} at `;
  return onlyMatch(
    options,
    (option) => option.startsWith(prefix) && matches(option.slice(prefix.length), place, pods),
  );
}
