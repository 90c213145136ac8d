import type { PacketHop } from '~/sim/packet/walk-types';
import type { WalkStep } from './hop-view';

// Which part of the diagram each hop is at, read off the hop's place and device: a pod, the host
// end of its veth (veth*, cali*, lxc*, eni*), a bridge or host device (cni0, cilium_host), a
// tunnel (flannel.1), the node's NIC (eth0), the network between the nodes, or a place outside.

/** The rows of a node, top to bottom, and the places outside the nodes. */
export type PartKind = 'pod' | 'veth' | 'host' | 'tunnel' | 'nic' | 'net' | 'outside';

/** One box of the diagram, before it has a position. */
export interface DiagramPart {
  /** Stable and unique: the place and the device (or the pod's IP). */
  readonly key: string;
  readonly kind: PartKind;
  /** The node's name, or the outside place ("wire", "internet", "client"). */
  readonly place: string;
  readonly label: string;
  /** A second line, e.g. a pod's IP. */
  readonly sub?: string;
  /** True for a box drawn for the picture only, which no hop of the walk is at. */
  readonly idle?: boolean;
}

/** Places between or outside the nodes; every other place is a node. */
const NETWORK_PLACES = /^(wire|vpc|underlay|network)$/i;
const OUTSIDE_PLACES = /^(internet|client|outside|external)/i;

/** Known interface names, to find the interface in a device text like "lxc1a2b (tc ingress)". */
const INTERFACE =
  /^(eth\d+|ens\d+|enp\w+|veth\w*|cali\w+|lxc\w+|eni\w+|cni0|cbr0|docker0|flannel\.\d+|tunl0|cilium_\w+|vxlan\w*|kube-bridge|lo)$/;

/** Whether a place is a node (not the network between nodes, nor the outside world). */
export function isNodePlace(place: string): boolean {
  return !NETWORK_PLACES.test(place) && !OUTSIDE_PLACES.test(place);
}

/** Whether a place is the network between the nodes. */
export function isNetworkPlace(place: string): boolean {
  return NETWORK_PLACES.test(place);
}

/** The interfaces a device text names ("veth1a2b → cni0" names two), or the text itself. */
export function interfacesOf(device: string): string[] {
  const words = device.split(/[\s(),:→>@]+/).filter((w) => INTERFACE.test(w));
  return words.length > 0 ? [...new Set(words)] : [device];
}

/** The first interface a device text names, or the text itself. */
export function interfaceOf(device: string): string {
  return interfacesOf(device)[0] ?? device;
}

/** The kind of node-side device an interface name is. */
function kindOfInterface(name: string, device: string): PartKind {
  if (/^(veth|cali|lxc|eni)/.test(name)) return 'veth';
  if (/^(flannel\.|tunl|vxlan|cilium_vxlan)/.test(name)) return 'tunnel';
  if (/^(eth|ens|enp)\d/.test(name) && !/\bpod\b/i.test(device)) return 'nic';
  return 'host';
}

/** Where a hop sits in its leg: its position and the leg's length. */
interface LegSpot {
  readonly position: number;
  readonly length: number;
}

/** The pod a device text names, as the engine writes a pod's own interface: "eth0 (web-1)". */
export function podNameOf(device: string): string | null {
  // A pod name is a DNS label (no spaces), unlike an eBPF hook such as "eth0 (tc ingress)".
  return /^eth\d+ \(([a-z0-9][a-z0-9.-]*)\)$/.exec(device.trim())?.[1] ?? null;
}

/** True when the hop is a pod's own eth0: named so, or an eth* at either end of a leg. */
function isPodEnd(step: WalkStep, spot: LegSpot, name: string): boolean {
  if (podNameOf(step.hop.device) !== null || /\bpod\b/i.test(step.hop.device)) return true;
  if (!/^eth\d/.test(name)) return false;
  return spot.position === 0 || spot.position === spot.length - 1;
}

/** The pod's IP at its eth0: the source where the packet leaves it, else the destination. */
function podIp(step: WalkStep): string {
  const { inner } = step.hop.headers;
  return step.previous === undefined ? inner.srcIp : inner.dstIp;
}

/** The diagram parts a hop is at: usually one; two for a device text like "veth1a2b → cni0". */
function partsAt(step: WalkStep, spot: LegSpot): DiagramPart[] {
  const { at, device } = step.hop;
  if (isNetworkPlace(at)) return [{ key: 'net', kind: 'net', place: at, label: device }];
  if (!isNodePlace(at))
    return [{ key: `out|${at}|${device}`, kind: 'outside', place: at, label: device }];
  const names = interfacesOf(device);
  if (isPodEnd(step, spot, names[0] ?? device)) {
    const ip = podIp(step);
    const pod = podNameOf(device);
    return [
      pod
        ? { key: `${at}|pod|${pod}`, kind: 'pod', place: at, label: pod, sub: ip }
        : { key: `${at}|pod|${ip}`, kind: 'pod', place: at, label: 'pod eth0', sub: ip },
    ];
  }
  return names.map((name) => ({
    key: `${at}|${name}`,
    kind: kindOfInterface(name, device),
    place: at,
    label: name,
  }));
}

/** Every distinct part the walk touches, in order of first visit, and each step's part keys. */
export function partsOf(steps: readonly WalkStep[]): {
  parts: DiagramPart[];
  stepKeys: string[][];
} {
  const requestCount = steps.filter((s) => s.leg === 'request').length;
  const parts = new Map<string, DiagramPart>();
  const stepKeys = steps.map((step) => {
    const spot =
      step.leg === 'request'
        ? { position: step.index, length: requestCount }
        : { position: step.index - requestCount, length: steps.length - requestCount };
    const here = partsAt(step, spot);
    for (const part of here) if (!parts.has(part.key)) parts.set(part.key, part);
    return here.map((part) => part.key);
  });
  return { parts: [...parts.values()], stepKeys };
}

/** Whether a hop rewrites the destination towards a Service's backend, or back. */
export function touchesService(hop: PacketHop): boolean {
  return hop.nat === 'DNAT' || hop.nat === 'un-DNAT';
}
