import type { WalkContext } from './walk-context';
import type { OutNat } from './walk-driver';
import { endpoint, plainHop, reversed, rewritten, withNat } from './walk-hops';
import type { Flow, HopDraft } from './walk-hops';
import { CLIENT_PORT } from './walk-service';
import type { PathDrafts } from './walk-service';
import { conntrackEntry } from './walk-service-rules';
import { VPC_CIDR } from './walk-topology';

/** The web server on the internet every to-internet walk talks to. */
export const INTERNET_SERVER = { ip: '203.0.113.10', port: 443 } as const;
/** The Elastic IP of the VPC's NAT gateway (vpc-cni with external SNAT). */
export const NAT_GATEWAY_IP = '198.51.100.77';

/** The source NAT the node does for traffic leaving the cluster, or none (vpc-cni with external SNAT). */
function egressSnat(context: WalkContext, flow: Flow): OutNat | undefined {
  const { style, externalSnat } = context.scenario;
  const node = context.topology.nodes[0];
  const to = node.ip;
  switch (style) {
    case 'vxlan':
      return {
        to,
        by: 'Flannel (iptables MASQUERADE)',
        rule: `-A FLANNEL-POSTRTG -s ${context.topology.clusterCidr} ! -d 224.0.0.0/4 -m comment --comment "flanneld masq" -j MASQUERADE --random-fully`,
      };
    case 'bgp':
      return {
        to,
        by: 'Calico natOutgoing (iptables MASQUERADE)',
        rule: '-A cali-nat-outgoing -m set --match-set cali40masq-ipam-pools src -m set ! --match-set cali40all-ipam-pools dst -j MASQUERADE --random-fully',
      };
    case 'ebpf':
      return {
        to,
        by: 'Cilium eBPF masquerading',
        rule: `cilium-dbg bpf nat list → TCP OUT ${endpoint(flow.srcIp, flow.srcPort)} -> ${endpoint(flow.dstIp, flow.dstPort)} XLATE_SRC ${endpoint(to, flow.srcPort)}`,
      };
    case 'vpc-cni':
      if (externalSnat) return undefined;
      return {
        to,
        by: 'VPC CNI (iptables SNAT, AWS-SNAT-CHAIN-0)',
        rule: `-A AWS-SNAT-CHAIN-0 -d ${VPC_CIDR} -m comment --comment "AWS SNAT CHAIN" -j RETURN\n-A AWS-SNAT-CHAIN-0 ! -o vlan+ -m comment --comment "AWS, SNAT" -m addrtype ! --dst-type LOCAL -j SNAT --to-source ${to} --random-fully`,
      };
  }
}

/** A pod opens a connection to a server on the internet; something must replace its private source address. */
export function toInternet(context: WalkContext): PathDrafts {
  const { topology, driver } = context;
  const { client } = topology;
  const node = client.node;
  const request: Flow = {
    srcIp: client.ip,
    srcPort: CLIENT_PORT,
    dstIp: INTERNET_SERVER.ip,
    dstPort: INTERNET_SERVER.port,
    proto: 'TCP',
  };
  const snat = egressSnat(context, request);
  const publicSource = snat?.to ?? NAT_GATEWAY_IP;
  const outside = rewritten(request, 'src', publicSource, CLIENT_PORT);
  const natGateway = snat
    ? []
    : [
        withNat(
          plainHop(
            'VPC',
            'NAT gateway',
            `The subnet's route table sends internet traffic to the NAT gateway, which replaces the pod's source ${client.ip} with its own address; the internet sees the NAT gateway's Elastic IP ${NAT_GATEWAY_IP}.`,
            outside,
            [node.routerMac, node.routerMac],
            '0.0.0.0/0 → nat-0a1b2c3d4e5f60718',
          ),
          'SNAT',
          'src',
          client.ip,
          NAT_GATEWAY_IP,
          'NAT gateway (AWS_VPC_K8S_CNI_EXTERNALSNAT=true)',
        ),
      ];
  const server = `server ${INTERNET_SERVER.ip}`;
  const hops: HopDraft[] = [
    ...driver.leavePod(client, request),
    ...driver.leaveForInternet(client, request, snat),
    ...natGateway,
    plainHop(
      'internet',
      server,
      `The server sees a connection from ${endpoint(publicSource, CLIENT_PORT)} and knows nothing of the pod; it replies to that address.`,
      outside,
      [node.routerMac, node.mac],
    ),
  ];
  return { hops, reply: internetReply(context, request, outside, snat) };
}

/** The reply: to the translated address, where conntrack (or the NAT gateway) restores the pod's IP. */
function internetReply(
  context: WalkContext,
  request: Flow,
  outside: Flow,
  snat: OutNat | undefined,
): HopDraft[] {
  const { topology, driver, scenario } = context;
  const { client } = topology;
  const node = client.node;
  const seen = reversed(request);
  const onWire = reversed(outside);
  const sent = plainHop(
    'internet',
    `server ${INTERNET_SERVER.ip}`,
    `The server replies to ${endpoint(onWire.dstIp, onWire.dstPort)}.`,
    onWire,
    [node.routerMac, node.mac],
  );
  if (!snat) {
    const eniMac = client.eni === 'eth1' ? node.secondaryEniMac : node.mac;
    return [
      sent,
      withNat(
        plainHop(
          'VPC',
          'NAT gateway',
          `The NAT gateway finds its translation for the connection and rewrites the destination back to ${client.ip}; the VPC delivers it to the ENI that owns that address.`,
          seen,
          [node.routerMac, eniMac],
        ),
        'un-SNAT',
        'dst',
        NAT_GATEWAY_IP,
        client.ip,
        'NAT gateway',
      ),
      plainHop(
        node.name,
        client.eni,
        `${node.name} receives the reply on ${client.eni} and routes it to the pod.`,
        seen,
        [node.routerMac, eniMac],
      ),
      ...driver.deliverLocal(client, seen),
    ];
  }
  const ebpf = scenario.style === 'ebpf';
  const rule = ebpf
    ? `cilium-dbg bpf nat list → TCP IN ${endpoint(onWire.srcIp, onWire.srcPort)} -> ${endpoint(onWire.dstIp, onWire.dstPort)} XLATE_DST ${endpoint(client.ip, CLIENT_PORT)}`
    : conntrackEntry(
        [client.ip, CLIENT_PORT, INTERNET_SERVER.ip, INTERNET_SERVER.port],
        [INTERNET_SERVER.ip, INTERNET_SERVER.port, snat.to, CLIENT_PORT],
      );
  return [
    sent,
    withNat(
      plainHop(
        node.name,
        ebpf ? 'eth0 (tc ingress)' : 'eth0',
        `The reply arrives for ${node.name}'s own address, but it matches the connection's ${ebpf ? "entry in Cilium's NAT map" : 'conntrack entry'}, so the destination goes back to ${client.ip} before the node routes it.`,
        seen,
        [node.routerMac, node.mac],
        rule,
      ),
      'un-SNAT',
      'dst',
      snat.to,
      client.ip,
      ebpf ? snat.by : `conntrack (${snat.by} reversed)`,
    ),
    ...driver.deliverLocal(client, seen),
  ];
}
