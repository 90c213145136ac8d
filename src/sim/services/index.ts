/**
 * The Services engine: what kube-proxy makes of a Service. It resolves Services as the core/v1
 * API does (type ClusterIP by default; NodePort from 30000-32767 with conflicts refused;
 * LoadBalancer as a NodePort plus an external address; ExternalName as a DNS CNAME only;
 * headless with no virtual IP), builds each EndpointSlice from pod labels with the ready /
 * serving / terminating conditions, and routes seeded traffic the way the rules on the entry node
 * would: iptables' probability ladder (the exact `--probability` strings kube-proxy writes),
 * nftables' random verdict map, or IPVS round robin (deprecated since v1.35); ClientIP affinity;
 * externalTrafficPolicy Cluster (SNAT, extra hop) or Local (client IP kept, health-checked nodes);
 * internalTrafficPolicy Local; trafficDistribution. It renders a node's rules as iptables-save,
 * nft and ipvsadm text, with kube-proxy's own chain names (base32 of SHA-256). IPv4 only. Pure: no
 * DOM, no stores; bad input throws an InputError. About 12 KB gzip (all of it; the simulator island's
 * chunk with it, 15 KB), no dependency beyond src/sim/ip.
 *
 * @example
 * iptablesProbabilities(3); // ['0.3333333333', '0.5000000000']
 * const result = sendTraffic(cluster, {
 *   service: 'default/web',
 *   clients: [{ kind: 'external', ip: '203.0.113.7', via: { node: 'node-a' } }],
 *   requests: 300,
 *   seed: 42,
 * });
 * result.endpoints.map((e) => e.count); // per-pod counts, the same for the same seed
 * result.perClient[0]?.first.snat; // { from: '203.0.113.7', to: '192.168.1.10' } with Cluster policy
 * renderIptables(cluster, 'node-a'); // '*filter … *nat … -A KUBE-SVC-… --probability 0.5000000000 …'
 * renderNft(cluster, 'node-a'); // 'table ip kube-proxy { … map service-ips { … } … }'
 */
export { iptablesProbabilities, computeProbability, MAX_ENDPOINTS } from './probability';
export { compileCluster, findService, findPort } from './compile';
export { sendTraffic, sendCompiled, clientLabel, MAX_REQUESTS } from './traffic';
export { renderIptables, renderIptablesCompiled, kernelProbability } from './iptables-render';
export { renderNft, renderNftCompiled } from './nft-render';
export { renderIpvs, renderIpvsCompiled } from './ipvs-render';
export { describeService, describeCompiled } from './describe';
export { categorizeEndpoints, proxyEndpoints } from './categorize';
export {
  portProtoHash,
  iptablesServiceChains,
  iptablesEndpointChain,
  servicePortName,
} from './chain-names';
export {
  DEFAULT_NODE_PORT_RANGE,
  DEFAULT_SERVICE_CIDR,
  DEFAULT_CLUSTER_CIDR,
  DEFAULT_AFFINITY_TIMEOUT_SECONDS,
  staticBandSize,
} from './defaults';
export { InputError, isInputError } from '../ip';
export type { CompiledCluster } from './compile';
export type { TrafficOptions, TrafficResult, EndpointCount } from './traffic';
export type { TrafficClient, RequestOutcome, Translation } from './route';
export type { ServiceFacts } from './describe';
export type { ProxyEndpoint, Categorized } from './categorize';
export type { RenderOptions } from './iptables-render';
export type * from './types';
