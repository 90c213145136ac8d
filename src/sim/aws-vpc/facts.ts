import { compileNetwork } from './compile';
import type { CompiledNetwork } from './compiled';
import type { AwsNetwork, FlowEndpoint } from './types';

/** A subnet as an architect describes it: its route table, its network ACL, and whether it is public. */
export interface SubnetFacts {
  subnetId: string;
  vpcId: string;
  cidr: string;
  routeTableId: string;
  /** Whether the route table's association is explicit (false: it uses the main route table). */
  explicitRouteTable: boolean;
  networkAclId: string;
  /** Public: its route table sends 0.0.0.0/0 to an internet gateway. */
  public: boolean;
}

/** Facts about every subnet of the network (which route table and ACL apply, public or private). */
export function describeSubnets(network: AwsNetwork): SubnetFacts[] {
  const compiled = compileNetwork(network);
  return network.Vpcs.flatMap((vpc) =>
    vpc.Subnets.map((s) => {
      const subnet = compiled.vpcs.get(vpc.VpcId)?.subnets.get(s.SubnetId);
      const routeTableId = subnet?.routeTableId ?? '';
      return {
        subnetId: s.SubnetId,
        vpcId: vpc.VpcId,
        cidr: s.CidrBlock,
        routeTableId,
        explicitRouteTable: vpc.RouteTables.some((t) => t.SubnetIds?.includes(s.SubnetId)),
        networkAclId: subnet?.aclId ?? '',
        public: isPublicTable(compiled, vpc.VpcId, routeTableId),
      };
    }),
  );
}

/** Whether a route table sends 0.0.0.0/0 to an internet gateway. */
function isPublicTable(compiled: CompiledNetwork, vpcId: string, tableId: string): boolean {
  const table = compiled.vpcs.get(vpcId)?.routeTables.get(tableId);
  return (
    table?.routes.some((r) => r.destination === '0.0.0.0/0' && r.target.kind === 'igw') ?? false
  );
}

/** One end a flow can name, with a stable key and a label for pickers. */
export interface EndpointOption {
  key: string;
  label: string;
  endpoint: FlowEndpoint;
  /** Whether it can open a connection (AWS services only answer). */
  canStart: boolean;
}

/** The flow ends a network offers: its instances, the given internet and on-premises hosts, and its services. */
export function listEndpoints(
  network: AwsNetwork,
  outside: { internet?: string[]; onPremises?: string[] } = {},
): EndpointOption[] {
  const instances = network.Vpcs.flatMap((vpc) =>
    (vpc.Instances ?? []).map((i) => ({
      key: `instance:${i.InstanceId}`,
      label: `${i.Name ?? i.InstanceId} (${i.PrivateIpAddress}${i.PublicIpAddress ? `, public ${i.PublicIpAddress}` : ''})`,
      endpoint: { instance: i.InstanceId },
      canStart: true,
    })),
  );
  const internet = (outside.internet ?? []).map((ip) => ({
    key: `internet:${ip}`,
    label: `Internet host ${ip}`,
    endpoint: { internet: ip },
    canStart: true,
  }));
  const onPremises = (outside.onPremises ?? []).map((ip) => ({
    key: `onPremises:${ip}`,
    label: `On-premises host ${ip}`,
    endpoint: { onPremises: ip },
    canStart: true,
  }));
  const services = [
    ...new Set((network.PrefixLists ?? []).flatMap((p) => (p.ServiceName ? [p.ServiceName] : []))),
  ].map((s) => ({
    key: `service:${s}`,
    label: s === 's3' ? 'Amazon S3' : 'Amazon DynamoDB',
    endpoint: { service: s },
    canStart: false,
  }));
  return [...instances, ...internet, ...onPremises, ...services];
}

/** The key of a flow end, as listEndpoints names it. */
export function endpointKey(endpoint: FlowEndpoint): string {
  const [kind, value] = Object.entries(endpoint)[0] ?? ['', ''];
  return `${kind}:${String(value)}`;
}
