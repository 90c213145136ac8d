// CoreDNS's Corefile as kubeadm deploys it (ConfigMap kube-system/coredns), explained plugin by
// plugin. Plugins run in CoreDNS's compiled-in order, not in the order written here.

/** One plugin line of the Corefile and what it does for the cluster. */
export interface CorefilePlugin {
  plugin: string;
  lines: string[]; // the plugin's lines as written, block included
  explanation: string;
  docs: string;
}

const docs = (name: string): string => `https://coredns.io/plugins/${name}/`;

/** The server block's plugins, in the order kubeadm writes them. */
export const COREFILE_PLUGINS: readonly CorefilePlugin[] = [
  {
    plugin: 'errors',
    lines: ['errors'],
    docs: docs('errors'),
    explanation:
      'Writes errors met while answering to the pod’s log (kubectl logs -n kube-system -l k8s-app=kube-dns).',
  },
  {
    plugin: 'health',
    lines: ['health {', '   lameduck 5s', '}'],
    docs: docs('health'),
    explanation:
      'Serves http://:8080/health for the liveness probe. lameduck 5s keeps the process answering for 5 seconds after it is told to stop, so a rolling update drops no queries.',
  },
  {
    plugin: 'ready',
    lines: ['ready'],
    docs: docs('ready'),
    explanation:
      'Serves http://:8181/ready for the readiness probe: OK only once every plugin that reports readiness (here kubernetes, after its first sync with the API server) is ready.',
  },
  {
    plugin: 'kubernetes',
    lines: [
      'kubernetes cluster.local in-addr.arpa ip6.arpa {',
      '   pods insecure',
      '   fallthrough in-addr.arpa ip6.arpa',
      '   ttl 30',
      '}',
    ],
    docs: docs('kubernetes'),
    explanation:
      'Answers from the API server’s Services and EndpointSlices for the cluster zone and the reverse zones. pods insecure answers a-b-c-d.<ns>.pod.cluster.local from the name alone, checking only that the namespace exists, not that such a pod does. fallthrough passes reverse names it does not know to the next plugin (forward). ttl 30 gives its answers a 30-second TTL (the default is 5).',
  },
  {
    plugin: 'prometheus',
    lines: ['prometheus :9153'],
    docs: docs('metrics'),
    explanation:
      'Exposes metrics (queries, response codes, latency, cache hits) on port 9153 at /metrics.',
  },
  {
    plugin: 'forward',
    lines: ['forward . /etc/resolv.conf {', '   max_concurrent 1000', '}'],
    docs: docs('forward'),
    explanation:
      'Sends every name the kubernetes plugin does not own (the . zone) to the nameservers in the CoreDNS pod’s own /etc/resolv.conf, that is the node’s resolvers, since CoreDNS runs with dnsPolicy Default. max_concurrent 1000 caps queries in flight upstream.',
  },
  {
    plugin: 'cache',
    lines: [
      'cache 30 {',
      '   disable success cluster.local',
      '   disable denial cluster.local',
      '}',
    ],
    docs: docs('cache'),
    explanation:
      'Caches answers, positive and negative, for at most 30 seconds, but not for the cluster zone: the two disable lines (written by kubeadm since v1.32) make names under cluster.local always answered fresh from the kubernetes plugin, so only forwarded names, such as external names and misses in a node search domain, come from memory.',
  },
  {
    plugin: 'loop',
    lines: ['loop'],
    docs: docs('loop'),
    explanation:
      'At start-up sends itself a random probe name; if the probe comes back through forward, the upstream points at CoreDNS itself (a forwarding loop, e.g. a node resolv.conf naming 127.0.0.53), and CoreDNS exits so the fault is seen.',
  },
  {
    plugin: 'reload',
    lines: ['reload'],
    docs: docs('reload'),
    explanation:
      'Checks the Corefile every 30 seconds (with jitter) and applies a changed one gracefully, so an edited ConfigMap takes effect without restarting the pods, once the kubelet has updated the mounted file.',
  },
  {
    plugin: 'loadbalance',
    lines: ['loadbalance'],
    docs: docs('loadbalance'),
    explanation:
      'Shuffles the order of A, AAAA and MX records in each answer (round robin), so clients of a headless Service do not all pick the first address.',
  },
];

/** The whole Corefile text, indented as in the ConfigMap. */
export function corefileText(zone = 'cluster.local'): string {
  const body = COREFILE_PLUGINS.flatMap((p) =>
    p.lines.map((line) => `    ${line.replace('cluster.local', zone)}`),
  );
  return ['.:53 {', ...body, '}', ''].join('\n');
}
