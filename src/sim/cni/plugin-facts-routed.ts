// The facts for the plugins that can route pods without an overlay (Calico, Cilium, kube-router,
// the Amazon VPC CNI); see plugin-facts.ts for what each field means.
import { fact, type PluginFacts } from './plugin-facts-types';

const CALICO_README = 'https://github.com/projectcalico/calico';
const CILIUM_README = 'https://github.com/cilium/cilium';
const CILIUM_ENI = 'https://docs.cilium.io/en/stable/network/concepts/ipam/eni/';
const KUBE_ROUTER_README = 'https://github.com/cloudnativelabs/kube-router';
const VPC_CNI_DOC = 'https://docs.aws.amazon.com/eks/latest/userguide/managing-vpc-cni.html';
const EKS_ALTERNATE_CNI =
  'https://docs.aws.amazon.com/eks/latest/userguide/alternate-cni-plugins.html';

export const CALICO: PluginFacts = {
  id: 'calico',
  name: 'Calico',
  maintained: true,
  status:
    'Maintained by Tigera as Calico Open Source (3.33 is the current release, v3.33.1 of November 2026).',
  statusSource: 'https://github.com/projectcalico/calico/releases',
  facts: {
    policy: fact(
      'yes',
      'Enforces Kubernetes NetworkPolicy and adds its own richer policy resources.',
      CALICO_README,
    ),
    encryption: fact(
      'yes',
      'Can build WireGuard tunnels between nodes for pod traffic.',
      CALICO_README,
    ),
    performance: fact(
      'yes',
      'Offers an eBPF data plane (more throughput, less CPU, no kube-proxy needed) and BGP routing without an overlay.',
      'https://docs.tigera.io/calico/latest/operations/ebpf/install',
    ),
    simplicity: fact(
      'partial',
      'One operator installs it, but you choose between BGP, IP-in-IP, VXLAN and eBPF modes.',
      'https://docs.tigera.io/calico/latest/networking/determine-best-networking',
    ),
    cloud: fact(
      'partial',
      'On EKS it can enforce policy beside the VPC CNI, or network pods itself with addresses from its own pools, which saves VPC addresses but means pod IPs are not VPC addresses.',
      EKS_ALTERNATE_CNI,
    ),
    scale: fact(
      'yes',
      'Its Typha daemon fans datastore updates out to the nodes; the docs recommend it above 50 nodes.',
      'https://docs.tigera.io/calico/latest/operations/typha',
    ),
    windows: fact(
      'yes',
      'Calico for Windows runs on Windows worker nodes (with limitations the docs list).',
      'https://docs.tigera.io/calico/latest/getting-started/kubernetes/windows-calico/limitations',
    ),
  },
};

export const CILIUM: PluginFacts = {
  id: 'cilium',
  name: 'Cilium',
  maintained: true,
  status: 'Maintained by the Cilium community (v1.20 releases through November 2026).',
  statusSource: CILIUM_README,
  facts: {
    policy: fact(
      'yes',
      'Enforces NetworkPolicy and its own L3 to L7 policies based on workload identity.',
      CILIUM_README,
    ),
    encryption: fact(
      'yes',
      'Transparent encryption between nodes with WireGuard or IPsec.',
      'https://docs.cilium.io/en/stable/security/network/encryption-wireguard/',
    ),
    performance: fact(
      'yes',
      'eBPF data plane that can replace kube-proxy entirely, in native routing or overlay mode.',
      CILIUM_README,
    ),
    simplicity: fact(
      'partial',
      'Many modes to understand (routing, IPAM, kube-proxy replacement, encryption) before you install.',
      'https://docs.cilium.io/en/stable/network/concepts/ipam/',
    ),
    cloud: fact(
      'yes',
      'Its AWS ENI IPAM mode gives pods addresses from ENIs attached to the instance, that is from the VPC.',
      CILIUM_ENI,
    ),
    scale: fact(
      'yes',
      'eBPF hash tables for load balancing, and in ENI mode one operator talks to the EC2 API so large clusters avoid rate limits.',
      CILIUM_ENI,
    ),
    windows: fact(
      'unconfirmed',
      'Not confirmed: its documentation describes no Windows node support.',
      CILIUM_README,
    ),
  },
};

export const KUBE_ROUTER: PluginFacts = {
  id: 'kube-router',
  name: 'kube-router',
  maintained: true,
  status: 'Maintained by cloudnativelabs (v2.6 releases through December 2025 at least).',
  statusSource: KUBE_ROUTER_README,
  facts: {
    policy: fact(
      'yes',
      'Enforces NetworkPolicy with iptables rules and ipsets.',
      'https://kube-router.io/docs/see-it-in-action/',
    ),
    encryption: fact(
      'no',
      'Its tunnels are plain IP-in-IP or FoU; its documentation offers no encryption.',
      'https://kube-router.io/docs/tunnels',
    ),
    performance: fact(
      'yes',
      'Routes pod traffic directly with BGP (no overlay inside a subnet) and proxies Services with IPVS.',
      KUBE_ROUTER_README,
    ),
    simplicity: fact(
      'yes',
      'One DaemonSet does routing, policy and the Service proxy, with the standard bridge plugin.',
      KUBE_ROUTER_README,
    ),
    cloud: fact(
      'no',
      'Pod CIDRs are announced over BGP; pods do not get VPC addresses.',
      KUBE_ROUTER_README,
    ),
    scale: fact(
      'unconfirmed',
      'Not confirmed: its documentation gives no large-cluster figures.',
      KUBE_ROUTER_README,
    ),
    windows: fact(
      'unconfirmed',
      'Not confirmed: no Windows support in its documentation.',
      KUBE_ROUTER_README,
    ),
  },
};

export const AWS_VPC_CNI: PluginFacts = {
  id: 'aws-vpc-cni',
  name: 'Amazon VPC CNI',
  maintained: true,
  status:
    'Maintained by AWS as the EKS networking add-on, released on GitHub (v1.23.1, September 2026, when checked).',
  statusSource: 'https://github.com/aws/amazon-vpc-cni-k8s/releases',
  facts: {
    policy: fact(
      'yes',
      'Since v1.14 its network policy agent enforces NetworkPolicy with eBPF on each pod’s host veth; you opt in.',
      'https://aws.github.io/amazon-vpc-cni-k8s/docs/network-policy-faq.html',
    ),
    encryption: fact(
      'partial',
      'No encryption of its own; AWS encrypts traffic between certain Nitro instance types automatically.',
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/data-protection.html#encryption-transit',
    ),
    performance: fact(
      'yes',
      'Pods get VPC addresses on ENIs, so there is no overlay and no encapsulation.',
      VPC_CNI_DOC,
    ),
    simplicity: fact(
      'yes',
      'EKS installs it on every node and can manage it as an add-on.',
      VPC_CNI_DOC,
    ),
    cloud: fact(
      'yes',
      'Every pod gets a private IPv4 or IPv6 address from the VPC; it is the only CNI plugin EKS supports on EC2 nodes.',
      VPC_CNI_DOC,
    ),
    scale: fact(
      'partial',
      'Pods per node are capped by the instance’s ENI and IP limits (prefix delegation raises the cap) and by free IPs in the subnets.',
      'https://docs.aws.amazon.com/eks/latest/userguide/cni-increase-ip-addresses-procedure.html',
    ),
    windows: fact(
      'yes',
      'EKS gives Windows pods VPC addresses too, managed by the VPC resource controller.',
      'https://github.com/aws/amazon-vpc-resource-controller-k8s',
    ),
  },
};
