import { formatCidr, formatIpv4, parseCidr } from '../ip';
import { networkOf, randomPrivateAddress } from './drill-addresses';
import type { DrillQuestion } from './drill-types';
import type { Random } from './prng';
import { blockSizeForHosts, vlsm } from './vlsm';

const GROUPS = ['Sales', 'Engineering', 'Support', 'Guests', 'Servers', 'Finance', 'Lab', 'Voice'];
const HOSTS_LABEL = 'Hosts for ';

/** Host counts whose blocks fit in a base of 2^hostBits addresses: two to five requests. */
function randomRequests(random: Random, hostBits: number): number[] {
  const wanted = random.int(2, 5);
  const requests: number[] = [];
  let free = 2 ** hostBits;
  while (requests.length < wanted) {
    const maxBits = Math.min(hostBits - 1, Math.floor(Math.log2(free)));
    if (maxBits < 2) break;
    const bits = random.int(2, maxBits);
    free -= 2 ** bits;
    // Any count in this range needs exactly a block of 2^bits (hosts + 2 addresses, rounded up).
    requests.push(random.int(2 ** (bits - 1) - 1, 2 ** bits - 2));
  }
  return requests;
}

/** A VLSM question: one subnet per group out of a private block, largest block first. */
export function generateVlsm(random: Random, seed: number): DrillQuestion {
  const basePrefix = random.int(20, 26);
  const base = formatCidr({
    network: networkOf(randomPrivateAddress(random, basePrefix), basePrefix),
    prefix: basePrefix,
  });
  const requests = randomRequests(random, 32 - basePrefix);
  const groups = GROUPS.slice(random.int(0, GROUPS.length - requests.length)).slice(
    0,
    requests.length,
  );
  const allocations = vlsm(base, requests);
  return {
    skill: 'vlsm',
    seed,
    prompt:
      'Give each group a subnet from the address block with VLSM: the largest block first (blocks of the same size in the order listed), each one starting at the next free address, each the smallest block that holds its hosts plus the network and broadcast addresses.',
    given: [
      { label: 'Address block', value: base },
      ...requests.map((hosts, i) => ({
        label: `${HOSTS_LABEL}${groups[i] ?? ''}`,
        value: String(hosts),
      })),
    ],
    fields: requests.map((hosts, i) => ({
      id: `subnet${String(i + 1)}`,
      label: `${groups[i] ?? ''} (${String(hosts)} hosts)`,
      kind: 'cidr' as const,
      placeholder: 'e.g. 192.168.10.0/26',
    })),
    answer: Object.fromEntries(allocations.map((a, i) => [`subnet${String(i + 1)}`, a.cidr])),
  };
}

/** The worked allocation, one request at a time in the order they are placed. */
export function explainVlsm(q: DrillQuestion): string[] {
  const [baseGiven, ...requestGiven] = q.given;
  const base = parseCidr(baseGiven?.value ?? '');
  const requests = requestGiven.map((g) => ({
    name: g.label.replace(HOSTS_LABEL, ''),
    hosts: Number(g.value),
  }));
  const allocations = vlsm(
    baseGiven?.value ?? '',
    requests.map((r) => r.hosts),
  );
  const order = requests
    .map((request, index) => ({ ...request, index, size: blockSizeForHosts(request.hosts) }))
    .sort((a, b) => b.size - a.size || a.index - b.index);
  return [
    `Sort the requests by block size, largest first (equal blocks keep the listed order): ${order.map((r) => `${r.name} ${String(r.hosts)}`).join(', ')}. Start at ${formatIpv4(base.network)}.`,
    ...order.map((r) => {
      const cidr = allocations[r.index]?.cidr ?? '';
      const prefix = 32 - Math.log2(r.size);
      return `${r.name}: ${String(r.hosts)} hosts + 2 = ${String(r.hosts + 2)} addresses fit in a block of ${String(r.size)} (/${String(prefix)}, ${String(r.size - 2)} usable), so ${cidr}; the next free address is ${formatIpv4(parseCidr(cidr).network + r.size)}.`;
    }),
    'Largest first keeps every block aligned: each one starts on a multiple of its own size.',
  ];
}
