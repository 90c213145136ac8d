import { contextFor, podToPod } from './walk-context';
import type { WalkContext } from './walk-context';
import { numberHops } from './walk-hops';
import type { Flow } from './walk-hops';
import { toInternet } from './walk-internet';
import { mtuFor } from './walk-mtu';
import { nodePort } from './walk-nodeport';
import { walkNotes } from './walk-notes';
import { resolveWalkScenario } from './walk-scenario';
import { CLIENT_PORT, toService } from './walk-service';
import type { PathDrafts } from './walk-service';
import type { NatEvent, PacketWalk, WalkNodeInfo, WalkPodInfo, WalkScenario } from './walk-types';

/** The service port every pod-to-pod walk connects to. */
const POD_PORT = 8080;

/**
 * Walks one packet hop by hop through a fixed two-node cluster built the way the style builds it,
 * with every device, rule, header and address translation on the way (and the reply where NAT
 * must be undone). A wrong path, style, MTU or seed throws an InputError.
 */
export function walkPacket(scenario: WalkScenario): PacketWalk {
  const resolved = resolveWalkScenario(scenario);
  const context = contextFor(resolved);
  const drafts = draftsFor(context);
  const request = numberHops(drafts.hops, 'h');
  const reply = drafts.reply ? numberHops(drafts.reply, 'r') : undefined;
  const nats = [...request.nats, ...(reply?.nats ?? [])];
  const base = {
    scenario,
    hops: request.hops,
    summary: summaryOf(context, request.hops.length, nats),
    nats,
    mtu: mtuFor(resolved.style, resolved.underlayMtu, resolved.podMtu),
    notes: walkNotes(resolved.style, resolved.path),
    ...clusterInfo(context),
  };
  return reply ? { ...base, reply: reply.hops } : base;
}

/** The hops of the scenario's path. */
function draftsFor(context: WalkContext): PathDrafts {
  const { client, neighbour, remote } = context.topology;
  const flow = (to: string): Flow => ({
    srcIp: client.ip,
    srcPort: CLIENT_PORT,
    dstIp: to,
    dstPort: POD_PORT,
    proto: 'TCP',
  });
  switch (context.scenario.path) {
    case 'same-node':
      return { hops: podToPod(context, client, neighbour, flow(neighbour.ip)) };
    case 'cross-node':
      return { hops: podToPod(context, client, remote, flow(remote.ip)) };
    case 'to-service':
      return toService(context);
    case 'to-internet':
      return toInternet(context);
    case 'nodeport':
      return nodePort(context);
  }
}

/** One paragraph: which path, how many hops, and every address translation on the way. */
function summaryOf(context: WalkContext, hopCount: number, nats: readonly NatEvent[]): string {
  const { path, style } = context.scenario;
  const journey = {
    'same-node': 'between two pods on node-1',
    'cross-node': 'from web-1 on node-1 to web-3 on node-2',
    'to-service': 'from web-1 to the ClusterIP of Service web',
    'to-internet': 'from web-1 to a server on the internet',
    nodeport: 'from a client outside the cluster to the NodePort of Service web',
  }[path];
  const translations =
    nats.length === 0
      ? 'No address is translated on the way: source and destination stay the pods’ own IPs.'
      : `Address translations: ${nats.map((nat) => `${nat.kind} of the ${nat.field === 'src' ? 'source' : 'destination'} ${nat.from} → ${nat.to} by ${nat.by}`).join('; ')}.`;
  return `The ${style} packet ${journey} takes ${String(hopCount)} hops. ${translations}`;
}

/** The fixed cluster's nodes and pods, as legends show them. */
function clusterInfo(context: WalkContext): { nodes: WalkNodeInfo[]; pods: WalkPodInfo[] } {
  const { nodes, client, neighbour, remote } = context.topology;
  return {
    nodes: nodes.map((node) => ({ name: node.name, ip: node.ip, podCidr: node.podCidr })),
    pods: [client, neighbour, remote].map((pod) => ({
      name: pod.name,
      node: pod.node.name,
      ip: pod.ip,
      mac: pod.mac,
      hostVeth: pod.hostVeth,
    })),
  };
}
