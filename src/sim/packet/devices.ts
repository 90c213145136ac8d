/** The Linux bridge the CNI bridge plugin creates on every node. */
export const BRIDGE_NAME = 'cni0';

/**
 * The host-side veth name for a pod: "veth" and 8 hex digits, like the CNI plugins' random names,
 * but derived from the pod (FNV-1a hash) so the simulator stays deterministic.
 */
export function vethName(namespace: string, pod: string): string {
  let hash = 0x811c9dc5;
  for (const char of `${namespace}/${pod}`) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `veth${finalMix(hash).toString(16).padStart(8, '0')}`;
}

/** Spreads the bits of a hash (MurmurHash3's finaliser) so similar pod names get unlike veth names. */
function finalMix(hash: number): number {
  let h = hash;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
