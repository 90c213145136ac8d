import type { ProxyEndpoint } from './categorize';
import type { Random } from './random';
import type { ProxyMode } from './types';

// How each kube-proxy mode picks one endpoint from a list: iptables walks the KUBE-SVC rules,
// each matching with its probability 1/(n-i); nftables draws `numgen random mod n`; IPVS uses its
// default scheduler, round robin. Session affinity (ClientIP) sends a known client back to the
// endpoint it used before, as the `recent` list (iptables), affinity set (nftables) or
// persistence (IPVS) of that node remembers it.

export interface PickState {
  roundRobin: Map<string, number>; // per node + chain: next index for IPVS rr
  affinity: Map<string, string>; // per node + chain + client IP: endpoint IP:port
}

/** A fresh state: no affinity remembered, round robin at the start. */
export function pickState(): PickState {
  return { roundRobin: new Map(), affinity: new Map() };
}

/** The index iptables' statistic rules reach: rule i matches with probability 1/(n-i). */
function iptablesIndex(n: number, random: Random): number {
  for (let i = 0; i < n - 1; i++) if (random() < 1 / (n - i)) return i;
  return n - 1;
}

/** Picks an endpoint for one new connection, recording affinity when the Service asks for it. */
export function pickEndpoint(
  endpoints: readonly ProxyEndpoint[],
  mode: ProxyMode,
  random: Random,
  state: PickState,
  key: { chain: string; clientIp: string; affinity: boolean },
): ProxyEndpoint | null {
  if (endpoints.length === 0) return null;
  const affinityKey = `${key.chain}|${key.clientIp}`;
  if (key.affinity) {
    const known = state.affinity.get(affinityKey);
    const hit = endpoints.find((e) => `${e.ip}:${String(e.port)}` === known);
    if (hit !== undefined) return hit;
  }
  let index: number;
  if (mode === 'iptables') index = iptablesIndex(endpoints.length, random);
  else if (mode === 'nftables') index = Math.floor(random() * endpoints.length);
  else {
    index = (state.roundRobin.get(key.chain) ?? 0) % endpoints.length;
    state.roundRobin.set(key.chain, index + 1);
  }
  const chosen = endpoints[index] ?? null;
  if (chosen !== null && key.affinity) {
    state.affinity.set(affinityKey, `${chosen.ip}:${String(chosen.port)}`);
  }
  return chosen;
}
