/**
 * The subnetting engine: describes IPv4 subnets (network, broadcast, host range, mask, wildcard),
 * summarizes routes, allocates VLSM plans and lists the free space they leave, splits blocks,
 * classifies addresses, and handles IPv6 text forms (RFC 5952 compression, full expansion,
 * modified EUI-64, address types). It also makes seeded practice drills, grades answers tolerantly
 * and explains the worked solution, and checks a Kubernetes cluster's IP plan (pod CIDR and node
 * ranges or VPC CNI subnets, Service range, overlaps with the VPC, offices and VPNs).
 *
 * Rules: arithmetic is exact for every prefix /0–/32 (unsigned numbers, never a negative bitwise
 * result) and 128-bit for IPv6 (bigint). A /31 follows RFC 3021 (two usable hosts, no broadcast);
 * a /32 is one host with no broadcast. VLSM gives each request the smallest block holding its
 * hosts plus network and broadcast (at least a /30), largest block first, equal blocks in input order.
 * Summaries and free space are the fewest aligned blocks covering exactly the addresses asked
 * about. Special ranges follow the IANA special-purpose registry (RFC 1918, 6598, 3927, 5737,
 * 1122, 5771, 919). Cluster plans follow the kubeadm, kube-controller-manager, kube-apiserver,
 * kubelet and EKS documentation (cited in the cluster-plan-*.ts files). Pure: no DOM, no stores,
 * randomness only from the seed; bad input throws an InputError whose message says what is wrong
 * (a mask such as 255.0.255.0 is shown in binary, where a 0 is followed by a 1).
 *
 * Bundle size (esbuild, minified + gzip, src/sim/ip included): the whole surface is about 15 KB;
 * imported from here, describeSubnet + summarize + vlsm tree-shake to about 4 KB, planCluster +
 * its presets to about 5 KB, vlsm + freeBlocks + hostCountsFromText + describeSubnet to about 3 KB.
 *
 * @example
 * describeSubnet('172.16.77.130/27');
 * // { network: '172.16.77.128', broadcast: '172.16.77.159', firstHost: '172.16.77.129',
 * //   lastHost: '172.16.77.158', usableHosts: 30, totalAddresses: 32, prefix: 27,
 * //   mask: '255.255.255.224', wildcard: '0.0.0.31' }
 * describeSubnet('10.1.2.3 255.255.248.0').network; // '10.1.0.0'
 * summarize(['10.1.0.0/24', '10.1.1.0/24', '10.1.2.0/23']); // ['10.1.0.0/22']
 * vlsm('192.168.10.0/24', [20, 100, 2]); // [{ cidr: '192.168.10.128/27', hosts: 20 }, { cidr: '192.168.10.0/25', hosts: 100 }, { cidr: '192.168.10.160/30', hosts: 2 }]
 * freeBlocks('192.168.10.0/24', ['192.168.10.0/25', '192.168.10.128/27']); // ['192.168.10.160/27', '192.168.10.192/26']
 * hostCountsFromText(['100', '1,000']); // [100, 1000]; 'ten' throws "Subnet 1's host count is not a whole number (got 'ten') …"
 * ipv6Compress('2001:0db8:0000:0000:0000:ff00:0042:8329'); // '2001:db8::ff00:42:8329'
 * eui64('00:1a:2b:3c:4d:5e', '2001:db8:1:2::/64'); // '2001:db8:1:2:21a:2bff:fe3c:4d5e'
 * const q = generateDrill('analyze', 42); // same question for the same seed
 * checkDrill(q, { network: '…', broadcast: 'none', usableHosts: '1,022' }).fields; // per-field verdicts
 * explainDrill(q); // steps such as 'Block size (the magic number): 256 − 224 = 32, so subnets start …'
 * const plan = planCluster(CLUSTER_PLAN_PRESETS.kubeadm); // 10.244.0.0/16 pods, /24 per node, 10.96.0.0/12 Services
 * [plan.fits, plan.maxNodes, plan.podsPerNodeCidr, plan.serviceIps]; // [true, 256, 254, 1048574]
 * planCluster(CLUSTER_PLAN_PRESETS['office-collision']).overlaps[0];
 * // { a: 'Pod CIDR', b: 'Branch office', range: '10.244.32.0/20' }
 */
export { describeSubnet } from './describe';
export { summarize } from './summarize';
export { vlsm, blockSizeForHosts, hostCountsFromText } from './vlsm';
export { freeBlocks } from './free-blocks';
export { contains, overlaps } from './relations';
export { splitSubnet, nextSubnet, MAX_SPLIT_COUNT } from './split';
export { classfulClass, specialRange } from './classify';
export { binaryOctets, magicNumber } from './binary';
export { eui64, ipv6Compress, ipv6Expand, ipv6Type } from './ipv6';
export { DRILL_SKILLS, DRILL_SKILL_IDS, drillSkillTitle } from './drill-skills';
export { IPV6_TYPE_CHOICES, NO_BROADCAST, checkDrill, explainDrill, generateDrill } from './drills';
export { planCluster, CLUSTER_PLAN_PRESETS, DEFAULT_MAX_PODS_PER_NODE } from './cluster-plan';
export { InputError, isInputError } from '../ip';
export type {
  ClusterPlan,
  ClusterPlanInput,
  ClusterPlanMode,
  ClusterPlanPresetId,
  NamedRange,
  PlanFinding,
  PlanRange,
  RangeClash,
  RangeOverlap,
} from './cluster-plan';
export type { DrillField, DrillQuestion, DrillResult, DrillSkill, FieldCheck } from './drills';
export type { DrillSkillInfo } from './drill-skills';
export type {
  ClassfulClass,
  Ipv6Type,
  MagicNumber,
  SpecialRange,
  SubnetDescription,
  VlsmAllocation,
} from './types';
