import type { ClusterPlanInput, ClusterPlanPresetId } from './cluster-plan-types';

/**
 * Starting points: kubeadm's defaults, EKS with the VPC CNI, and an office that collides.
 *
 * - kubeadm: --service-cidr defaults to 10.96.0.0/12 and --pod-network-cidr has no default
 *   (https://kubernetes.io/docs/reference/setup-tools/kubeadm/kubeadm-init/); the pod CIDR here is
 *   the one Flannel's manifest uses, 10.244.0.0/16 (github.com/flannel-io/flannel,
 *   kube-flannel.yml net-conf.json).
 * - EKS: without serviceIpv4Cidr, Services get 10.100.0.0/16 or 172.20.0.0/16
 *   (https://docs.aws.amazon.com/eks/latest/APIReference/API_KubernetesNetworkConfigRequest.html);
 *   29 pods is the VPC CNI's maxPods for an m5.large (awslabs/amazon-eks-ami eni-max-pods.txt).
 */
export const CLUSTER_PLAN_PRESETS: Readonly<Record<ClusterPlanPresetId, ClusterPlanInput>> = {
  kubeadm: {
    podCidr: '10.244.0.0/16',
    nodeCidrMaskSize: 24,
    serviceCidr: '10.96.0.0/12',
    nodes: 20,
    maxPodsPerNode: 110,
    otherRanges: [{ name: 'Node network', cidr: '192.168.0.0/24' }],
    mode: 'overlay',
  },
  'eks-vpc-cni': {
    podCidr: '10.0.0.0/20',
    nodeCidrMaskSize: 24,
    serviceCidr: '172.20.0.0/16',
    nodes: 50,
    maxPodsPerNode: 29,
    otherRanges: [{ name: 'VPC', cidr: '10.0.0.0/16' }],
    mode: 'vpc-cni',
  },
  'office-collision': {
    podCidr: '10.244.0.0/16',
    nodeCidrMaskSize: 24,
    serviceCidr: '10.96.0.0/12',
    nodes: 20,
    maxPodsPerNode: 110,
    otherRanges: [
      { name: 'Office LAN', cidr: '192.168.1.0/24' },
      { name: 'Office VPN', cidr: '10.100.0.0/16' },
      { name: 'Branch office', cidr: '10.244.32.0/20' },
    ],
    mode: 'overlay',
  },
};
