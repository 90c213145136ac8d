// The facts for the overlay-first plugins (Flannel, Canal, Weave Net); see plugin-facts.ts for
// what each field means.
import { fact, type PluginFacts } from './plugin-facts-types';

const FLANNEL_BACKENDS =
  'https://github.com/flannel-io/flannel/blob/master/Documentation/backends.md';
const CANAL_DOC =
  'https://docs.tigera.io/calico/latest/getting-started/kubernetes/flannel/install-for-flannel';
const WEAVE_REPO = 'https://github.com/weaveworks/weave';

export const FLANNEL: PluginFacts = {
  id: 'flannel',
  name: 'Flannel',
  maintained: true,
  status: 'Maintained in the flannel-io/flannel repository (backends documented for v0.28).',
  statusSource: 'https://github.com/flannel-io/flannel',
  facts: {
    policy: fact(
      'no',
      'Moves packets only: it enforces no NetworkPolicy by itself. Canal adds Calico’s policy on top.',
      CANAL_DOC,
    ),
    encryption: fact(
      'yes',
      'Its wireguard backend encapsulates and encrypts traffic with in-kernel WireGuard.',
      FLANNEL_BACKENDS,
    ),
    performance: fact(
      'partial',
      'VXLAN overlay by default; the host-gw backend routes without encapsulation when nodes share a layer-2 network. No eBPF data plane.',
      FLANNEL_BACKENDS,
    ),
    simplicity: fact(
      'yes',
      'One small agent per node with VXLAN as the recommended default; few settings to decide.',
      FLANNEL_BACKENDS,
    ),
    cloud: fact(
      'no',
      'Pods get addresses from Flannel’s own network, carried in an overlay, not from the VPC.',
      FLANNEL_BACKENDS,
    ),
    scale: fact(
      'unconfirmed',
      'Not confirmed: its documentation gives no guidance for large clusters.',
      FLANNEL_BACKENDS,
    ),
    windows: fact(
      'yes',
      'The VXLAN backend has Windows settings (VNI 4096 or more, UDP port 4789).',
      FLANNEL_BACKENDS,
    ),
  },
};

export const CANAL: PluginFacts = {
  id: 'canal',
  name: 'Canal',
  maintained: true,
  status:
    'Documented by Calico as an install option (Calico for policy, Flannel for networking); Calico suggests its own VXLAN for new clusters.',
  statusSource: CANAL_DOC,
  facts: {
    policy: fact('yes', 'Calico enforces NetworkPolicy on top of Flannel’s network.', CANAL_DOC),
    encryption: fact(
      'unconfirmed',
      'Not confirmed: Calico’s Canal page does not cover encryption.',
      CANAL_DOC,
    ),
    performance: fact(
      'partial',
      'Flannel’s overlay carries the packets; no eBPF data plane.',
      CANAL_DOC,
    ),
    simplicity: fact(
      'partial',
      'Two projects to run and upgrade together; Calico recommends its own VXLAN instead for new clusters.',
      CANAL_DOC,
    ),
    cloud: fact('no', 'Pod addresses come from Flannel’s network, not from the VPC.', CANAL_DOC),
    scale: fact('unconfirmed', 'Not confirmed for this combination.', CANAL_DOC),
    windows: fact('unconfirmed', 'Not confirmed for this combination.', CANAL_DOC),
  },
};

export const WEAVE_NET: PluginFacts = {
  id: 'weave-net',
  name: 'Weave Net',
  maintained: false,
  status:
    'Unmaintained: Weaveworks shut down in 2024 and archived the weaveworks/weave repository in 2024 (the CNCF landscape removed it for that reason in September 2024). A community fork (rajch/weave) continues it.',
  statusSource: WEAVE_REPO,
  facts: {
    policy: fact(
      'yes',
      'Its weave-npc container turns NetworkPolicy into iptables rules.',
      'https://kubernetes.io/docs/tasks/administer-cluster/network-policy-provider/weave-network-policy/',
    ),
    encryption: fact(
      'yes',
      'Give every peer the same password and traffic between peers is encrypted.',
      `${WEAVE_REPO}/blob/master/site/using-weave/security-untrusted-networks.md`,
    ),
    performance: fact(
      'partial',
      'An overlay: the in-kernel fast datapath, or the slower user-space sleeve mode it falls back to.',
      `${WEAVE_REPO}/blob/master/site/how-it-works.md`,
    ),
    simplicity: fact(
      'yes',
      'One manifest, and nothing to configure on the underlying network.',
      `${WEAVE_REPO}/blob/master/site/how-it-works.md`,
    ),
    cloud: fact(
      'no',
      'Pods get overlay addresses from Weave’s own allocator, not from the VPC.',
      `${WEAVE_REPO}/blob/master/site/how-it-works.md`,
    ),
    scale: fact('unconfirmed', 'Not confirmed, and no longer developed upstream.', WEAVE_REPO),
    windows: fact(
      'unconfirmed',
      'Not confirmed: no Windows support in its documentation.',
      WEAVE_REPO,
    ),
  },
};
