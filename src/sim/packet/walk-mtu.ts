import { InputError } from '../ip';
import type { MtuReport, WalkStyle } from './walk-types';

/** The smallest MTU an IPv4 host must accept (RFC 791: 576); below it nothing works. */
export const MIN_MTU = 576;
/** The largest MTU the simulator accepts: common jumbo-frame switches stop at 9216. */
export const MAX_MTU = 9216;
/**
 * What VXLAN costs: on the wire it adds outer Ethernet 14 + IPv4 20 + UDP 8 + VXLAN 8 bytes;
 * against the node's IP MTU it is the same 50 (IPv4 20 + UDP 8 + VXLAN 8 + the inner Ethernet 14).
 */
export const VXLAN_OVERHEAD = 50;
/** The node network MTU when none is given. */
export const DEFAULT_UNDERLAY_MTU = 1500;

/** The MTU of EC2 networking inside a VPC (jumbo frames), the VPC CNI's default AWS_VPC_ENI_MTU. */
export const AWS_JUMBO_MTU = 9001;

/** The bytes each style's encapsulation costs: only the VXLAN overlay wraps pod packets. */
export function overheadFor(style: WalkStyle): number {
  // Calico BGP without IPIP, Cilium in native routing and the VPC CNI all route pod packets unwrapped.
  return style === 'vxlan' ? VXLAN_OVERHEAD : 0;
}

/** Checks that an MTU is a whole number in the range Linux and real networks use. */
export function checkMtu(value: number, field: 'underlayMtu' | 'podMtu'): void {
  if (!Number.isInteger(value) || value < MIN_MTU || value > MAX_MTU) {
    const got = Number.isNaN(value) ? 'something that is not a number' : String(value);
    throw new InputError(
      `The ${field === 'underlayMtu' ? 'node network' : 'pod'} MTU must be a whole number of bytes from ${String(MIN_MTU)} to ${String(MAX_MTU)} (1500 is standard Ethernet, 9001 AWS jumbo frames); got ${got}.`,
      field,
    );
  }
}

/**
 * The MTU report for a style on a node network: the largest pod MTU that fits, and, when the
 * pod MTU given is larger, what breaks. Without a pod MTU the right one for the style is used.
 */
export function mtuFor(style: WalkStyle, underlayMtu: number, podMtu?: number): MtuReport {
  checkMtu(underlayMtu, 'underlayMtu');
  const overhead = overheadFor(style);
  const maxPodMtu = underlayMtu - overhead;
  const pod = podMtu ?? maxPodMtu;
  checkMtu(pod, 'podMtu');
  const base = { underlay: underlayMtu, overhead, podMtu: pod, maxPodMtu };
  if (pod <= maxPodMtu) return { ...base, ok: true };
  return { ...base, ok: false, problem: mtuProblem(style, underlayMtu, overhead, pod) };
}

/** A plain explanation of what goes wrong when pod packets are larger than the node network carries. */
function mtuProblem(style: WalkStyle, underlay: number, overhead: number, pod: number): string {
  const wire = pod + overhead;
  const wrapped =
    overhead > 0
      ? `a full-size ${String(pod)}-byte pod packet becomes ${String(wire)} bytes once VXLAN adds its ${String(overhead)} bytes`
      : `a full-size ${String(pod)}-byte pod packet`;
  return `The pod MTU ${String(pod)} is larger than the ${String(underlay - overhead)} bytes the ${style} network can carry: ${wrapped}, more than the node network's MTU of ${String(underlay)}. Such packets must be fragmented or are dropped; TCP sets Don't Fragment, so large segments vanish. Small packets still pass, so ping and the start of a connection work, but TLS handshakes and large responses hang. Recovery depends on Path MTU Discovery, which needs ICMP "fragmentation needed" messages that firewalls often block. Set the pod MTU to ${String(underlay - overhead)} or lower.`;
}
