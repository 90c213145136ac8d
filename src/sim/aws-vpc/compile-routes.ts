import { InputError, type Cidr } from '../ip';
import { cidrAt, uniqueId } from './checks';
import type { CompiledNetwork, CompiledRoute, CompiledRouteTable, RouteTarget } from './compiled';
import type { AwsService, Route, RouteTable, Vpc } from './types';

/** What the route compiler needs from the rest of the network. */
type RouteContext = Pick<
  CompiledNetwork,
  'prefixLists' | 'peerings' | 'transitGateways' | 'natGateways'
>;

/** The service a gateway endpoint's ServiceName names (com.amazonaws.<region>.s3 → s3). */
export function serviceOfEndpoint(serviceName: string, id: string): AwsService {
  const last = serviceName.split('.').at(-1);
  if (last === 's3' || last === 'dynamodb') return last;
  throw new InputError(
    `${id}: gateway endpoints exist only for S3 and DynamoDB (com.amazonaws.<region>.s3 or .dynamodb), not '${serviceName}'.`,
    id,
  );
}

/** Compiles a VPC's route tables: the implicit local route first, then each route checked. */
export function compileRouteTables(
  vpc: Vpc,
  vpcCidr: Cidr,
  context: RouteContext,
  seen: Set<string>,
): Map<string, CompiledRouteTable> {
  const tables = new Map<string, CompiledRouteTable>();
  if (vpc.RouteTables.filter((t) => t.Main === true).length > 1) {
    throw new InputError(
      `${vpc.VpcId} has two main route tables; a VPC has exactly one.`,
      vpc.VpcId,
    );
  }
  const endpoints = new Map<string, AwsService>();
  for (const e of vpc.VpcEndpoints ?? []) {
    endpoints.set(
      uniqueId(seen, e.VpcEndpointId, 'VPC endpoint'),
      serviceOfEndpoint(e.ServiceName, e.VpcEndpointId),
    );
  }
  for (const table of vpc.RouteTables) {
    const id = uniqueId(seen, table.RouteTableId, 'route table');
    const local: CompiledRoute = {
      destination: vpc.CidrBlock,
      cidrs: [vpcCidr],
      fromPrefixList: false,
      target: { kind: 'local' },
      targetId: 'local',
    };
    const routes = (table.Routes ?? []).map((r) => compileRoute(vpc, table, r, context, endpoints));
    checkDuplicates(id, routes);
    tables.set(id, { id, routes: [local, ...routes] });
  }
  return tables;
}

/** Refuses two routes to the same destination in one table, as AWS does. */
function checkDuplicates(tableId: string, routes: CompiledRoute[]): void {
  const seen = new Set<string>();
  for (const r of routes) {
    if (seen.has(r.destination))
      throw new InputError(
        `${tableId} has two routes to ${r.destination}; a destination appears once per table.`,
        tableId,
      );
    seen.add(r.destination);
  }
}

/** Checks one route: one destination, one target, and that the target exists and is reachable from this VPC. */
function compileRoute(
  vpc: Vpc,
  table: RouteTable,
  route: Route,
  context: RouteContext,
  endpoints: Map<string, AwsService>,
): CompiledRoute {
  const where = `${table.RouteTableId} route to ${route.DestinationCidrBlock ?? route.DestinationPrefixListId ?? '?'}`;
  if (
    (route.DestinationCidrBlock === undefined) ===
    (route.DestinationPrefixListId === undefined)
  ) {
    throw new InputError(
      `${where}: give exactly one of DestinationCidrBlock or DestinationPrefixListId.`,
      table.RouteTableId,
    );
  }
  let cidrs: Cidr[];
  let destination: string;
  if (route.DestinationPrefixListId !== undefined) {
    const list = context.prefixLists.get(route.DestinationPrefixListId);
    if (!list)
      throw new InputError(
        `${where}: prefix list ${route.DestinationPrefixListId} does not exist; add it under PrefixLists.`,
        table.RouteTableId,
      );
    cidrs = list.cidrs;
    destination = list.id;
  } else {
    destination = route.DestinationCidrBlock ?? '';
    cidrs = [cidrAt(destination, `${where} DestinationCidrBlock`)];
    if (destination === vpc.CidrBlock)
      throw new InputError(
        `${where}: the local route already covers the VPC's own CIDR.`,
        table.RouteTableId,
      );
  }
  const target = targetOf(vpc, route, where, context, endpoints);
  if (target.kind === 'endpoint') {
    const list = route.DestinationPrefixListId
      ? context.prefixLists.get(route.DestinationPrefixListId)
      : undefined;
    if (list?.service !== target.service) {
      throw new InputError(
        `${where}: a gateway endpoint for ${target.service} is reached through its service's prefix list, not ${destination}.`,
        table.RouteTableId,
      );
    }
  }
  return {
    destination,
    cidrs,
    fromPrefixList: route.DestinationPrefixListId !== undefined,
    target,
    targetId: 'id' in target ? target.id : 'local',
  };
}

/** Resolves a route's one target, refusing a missing one or one this VPC cannot use. */
function targetOf(
  vpc: Vpc,
  route: Route,
  where: string,
  context: RouteContext,
  endpoints: Map<string, AwsService>,
): RouteTarget {
  const given = [
    route.GatewayId,
    route.NatGatewayId,
    route.VpcPeeringConnectionId,
    route.TransitGatewayId,
  ].filter((t) => t !== undefined);
  if (given.length !== 1) {
    throw new InputError(
      `${where}: give exactly one target (GatewayId, NatGatewayId, VpcPeeringConnectionId or TransitGatewayId).`,
      where,
    );
  }
  const missing = (id: string, what: string) =>
    new InputError(`${where}: the target ${id} is not ${what}.`, where);
  if (route.GatewayId !== undefined) {
    const id = route.GatewayId;
    if (id === vpc.InternetGatewayId) return { kind: 'igw', id };
    const service = endpoints.get(id);
    if (service) return { kind: 'endpoint', id, service };
    throw missing(id, `${vpc.VpcId}'s internet gateway or one of its gateway endpoints`);
  }
  if (route.NatGatewayId !== undefined) {
    const nat = context.natGateways.get(route.NatGatewayId);
    if (nat?.vpcId !== vpc.VpcId)
      throw missing(route.NatGatewayId, `a NAT gateway in ${vpc.VpcId}`);
    return { kind: 'nat', id: nat.id };
  }
  if (route.VpcPeeringConnectionId !== undefined) {
    const pcx = context.peerings.get(route.VpcPeeringConnectionId);
    if (!pcx?.vpcIds.includes(vpc.VpcId))
      throw missing(route.VpcPeeringConnectionId, `a peering connection of ${vpc.VpcId}`);
    return {
      kind: 'peering',
      id: pcx.id,
      peerVpcId: pcx.vpcIds[0] === vpc.VpcId ? pcx.vpcIds[1] : pcx.vpcIds[0],
    };
  }
  const tgwId = route.TransitGatewayId ?? '';
  const tgw = context.transitGateways.get(tgwId);
  if (!tgw?.routes.some((r) => r.vpcId === vpc.VpcId))
    throw missing(tgwId, `a transit gateway attached to ${vpc.VpcId}`);
  return { kind: 'tgw', id: tgwId };
}
