// An independent max-pods calculator that reads the question's stem (vCPUs, ENIs, addresses per
// ENI, hypervisor, mode) and applies the EKS AMI calculator's rules, written without the engine.

/** What the stem says about the node. */
export interface StemFacts {
  vcpus: number;
  enis: number;
  ipv4PerEni: number;
  nitro: boolean;
  prefixDelegation: boolean;
  customNetworking: boolean;
}

/** The first number before `label` in the text. */
function numberBefore(text: string, label: string): number {
  const match = new RegExp(`(\\d+) ${label}`).exec(text);
  if (match?.[1] === undefined) throw new Error(`no "${label}" in: ${text}`);
  return Number(match[1]);
}

/** Reads the node and the VPC CNI's configuration back from a stem. */
export function factsFromStem(stem: string): StemFacts {
  return {
    vcpus: numberBefore(stem, 'vCPUs'),
    enis: numberBefore(stem, 'network interfaces'),
    ipv4PerEni: numberBefore(stem, 'IPv4 addresses per ENI'),
    nitro: stem.includes('built on the Nitro System'),
    prefixDelegation: stem.includes('ENABLE_PREFIX_DELEGATION=true'),
    customNetworking: stem.includes('custom networking'),
  };
}

/** Max pods as the calculator computes it, from the facts alone. */
export function oracleMaxPods(facts: StemFacts): number {
  const enis = facts.customNetworking ? facts.enis - 1 : facts.enis;
  const addressesPerSlot = facts.prefixDelegation && facts.nitro ? 16 : 1;
  const pods = enis * (facts.ipv4PerEni - 1) * addressesPerSlot + 2;
  const cap = facts.vcpus > 30 ? 250 : 110;
  return pods < cap ? pods : cap;
}
