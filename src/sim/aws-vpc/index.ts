/**
 * The AWS VPC engine: walks one connection through a region's VPCs the way AWS forwards it, and
 * says at each step what decided and why. Route tables pick the longest matching prefix (on a tie a
 * static route beats a prefix-list route; the implicit `local` route covers the VPC); security
 * groups are stateful and allow-only (every rule checked, return traffic always passes); network
 * ACLs are stateless, numbered, first match wins, with a final `*` deny, checked only where a
 * packet crosses a subnet's edge, replies included. Internet gateways translate 1:1 between an
 * ENI's private and public IPv4; NAT gateways translate sources on the way out and refuse
 * connections in; gateway endpoints reach S3 and DynamoDB through their prefix lists; peering is
 * never transitive; transit gateways route between attached VPCs and a VPN. Pure: no DOM, no
 * stores; bad input (a malformed CIDR, a NACL rule number outside 1–32766, a route to a missing
 * target …) throws an InputError. About 9 KB gzip, no dependency beyond src/sim/ip; the walker
 * island (about 3 KB) renders a view computed at build time and imports this on first interaction.
 *
 * @example
 * const result = evaluateFlow(network, {
 *   from: { instance: 'i-app' },
 *   to: { internet: '198.51.100.7' },
 *   protocol: 'tcp',
 *   port: 443,
 * });
 * result.allowed; // true
 * result.request.hops[1]?.reason; // 'route table rtb-private: 0.0.0.0/0 → nat-a (longest prefix /0).'
 * result.reply?.hops.find((h) => h.kind === 'nat')?.translation; // { before, after } packets
 * evaluateFlow(withoutRules(network, new Set(['acl:acl-public:in:110'])), flow).summary;
 * // 'The request arrives, but the reply is denied: NACL acl-public inbound rule * denies it: …'
 */
export { evaluateFlow, evaluateCompiled, DEFAULT_SOURCE_PORT } from './evaluate';
export { compileNetwork } from './compile';
export { listToggles, withoutRules } from './toggles';
export { describeSubnets, listEndpoints, endpointKey } from './facts';
export { InputError, isInputError } from '../ip';
export type { RuleToggle } from './toggles';
export type { SubnetFacts, EndpointOption } from './facts';
export type { CompiledNetwork } from './compiled';
export type {
  AwsNetwork,
  AwsService,
  Flow,
  FlowEndpoint,
  FlowProtocol,
  FlowResult,
  Hop,
  HopKind,
  Instance,
  IpPermission,
  IpRange,
  Leg,
  NatGateway,
  NetworkAcl,
  NetworkAclEntry,
  Packet,
  PrefixList,
  Route,
  RouteTable,
  RuleProtocol,
  SecurityGroup,
  Subnet,
  TransitGateway,
  Vpc,
  VpcEndpoint,
  VpcPeeringConnection,
} from './types';
