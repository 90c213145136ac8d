import { formatIpv4, maskFromPrefix } from '../ip';
import { magicNumber } from './binary';
import { describeSubnet } from './describe';
import { randomUnicastAddress } from './drill-addresses';
import type { DrillQuestion } from './drill-types';
import type { Random } from './prng';

/** The answer written for the broadcast of a /31 or /32, which has none. */
export const NO_BROADCAST = 'none';

/** A prefix length: mostly /8 to /30 (weighted to the common /20–/30), now and then /31 or /32. */
function randomPrefix(random: Random): number {
  const roll = random.next();
  if (roll < 0.04) return 31;
  if (roll < 0.08) return 32;
  return roll < 0.7 ? random.int(20, 30) : random.int(8, 19);
}

/** An "analyze this address" question: network, broadcast, host range and host count. */
export function generateAnalyze(random: Random, seed: number): DrillQuestion {
  const prefix = randomPrefix(random);
  const address = formatIpv4(randomUnicastAddress(random));
  const value = random.chance(0.5)
    ? `${address} ${formatIpv4(maskFromPrefix(prefix))}`
    : `${address}/${String(prefix)}`;
  const subnet = describeSubnet(value);
  return {
    skill: 'analyze',
    seed,
    prompt:
      'Find the subnet this address is in: its network and broadcast addresses, the first and last usable hosts, and how many usable hosts it has.',
    given: [{ label: 'Address', value }],
    fields: [
      { id: 'network', label: 'Network address', kind: 'ipv4', placeholder: 'e.g. 192.168.1.0' },
      {
        id: 'broadcast',
        label: 'Broadcast address',
        kind: 'ipv4',
        placeholder: `e.g. 192.168.1.255, or "${NO_BROADCAST}"`,
      },
      {
        id: 'firstHost',
        label: 'First usable host',
        kind: 'ipv4',
        placeholder: 'e.g. 192.168.1.1',
      },
      {
        id: 'lastHost',
        label: 'Last usable host',
        kind: 'ipv4',
        placeholder: 'e.g. 192.168.1.254',
      },
      { id: 'usableHosts', label: 'Usable hosts', kind: 'number', placeholder: 'e.g. 254' },
    ],
    answer: {
      network: subnet.network,
      broadcast: subnet.broadcast ?? NO_BROADCAST,
      firstHost: subnet.firstHost,
      lastHost: subnet.lastHost,
      usableHosts: String(subnet.usableHosts),
    },
  };
}

/** The worked solution by the magic-number method. */
export function explainAnalyze(q: DrillQuestion): string[] {
  const value = q.given[0]?.value ?? '';
  const subnet = describeSubnet(value);
  const magic = magicNumber(value);
  const steps = [
    value.includes('/')
      ? `The prefix /${String(subnet.prefix)} means ${String(subnet.prefix)} network bits, so the mask is ${subnet.mask}.`
      : `The mask ${subnet.mask} has ${String(subnet.prefix)} one bits, so the prefix is /${String(subnet.prefix)}.`,
  ];
  if (subnet.prefix >= 31)
    return [...steps, ...explainTinyBlock(subnet.prefix, subnet.network, subnet.lastHost)];
  return [...steps, ...magicSteps(value, magic), ...hostSteps(subnet)];
}

/** The steps that find network and broadcast in the interesting octet. */
function magicSteps(value: string, magic: ReturnType<typeof magicNumber>): string[] {
  const ordinal = ['first', 'second', 'third', 'fourth'][magic.octet - 1] ?? 'fourth';
  const subnet = describeSubnet(value);
  const nextStart = magic.networkOctetValue + magic.blockSize;
  return [
    `The interesting octet is the ${ordinal}: the network bits end there (mask octet ${String(magic.maskOctet)}).`,
    magic.blockSize === 1
      ? 'The mask octet is 255, so the block size there is 256 − 255 = 1: the network keeps this octet as it is.'
      : `Block size (the magic number): 256 − ${String(magic.maskOctet)} = ${String(magic.blockSize)}, so subnets start at multiples of ${String(magic.blockSize)} in that octet.`,
    `The address has ${String(magic.addressOctetValue)} in that octet; the largest multiple of ${String(magic.blockSize)} at or below it is ${String(magic.networkOctetValue)}. Octets before it stay, octets after it become 0: the network is ${subnet.network}.`,
    `The next subnet starts at ${String(magic.networkOctetValue)} + ${String(magic.blockSize)} = ${String(nextStart)} in that octet, so the broadcast is one address before it (octets after it all 255): ${subnet.broadcast ?? ''}.`,
  ];
}

/** The steps from network and broadcast to the host range and count. */
function hostSteps(subnet: ReturnType<typeof describeSubnet>): string[] {
  const hostBits = 32 - subnet.prefix;
  return [
    `The hosts are the addresses in between: ${subnet.firstHost} (network + 1) to ${subnet.lastHost} (broadcast − 1).`,
    `${String(hostBits)} host bits give 2^${String(hostBits)} − 2 = ${subnet.usableHosts.toLocaleString('en-US')} usable hosts (the network and broadcast addresses are not hosts).`,
  ];
}

/** The steps for a /31 (RFC 3021 point-to-point) or a /32 (one host). */
function explainTinyBlock(prefix: number, network: string, last: string): string[] {
  if (prefix === 32) {
    return [
      `A /32 is a single address, ${network}: it is its own network and only host, and has no broadcast address. Usable hosts: 1.`,
    ];
  }
  return [
    `A /31 holds two addresses, ${network} and ${last}: round the last octet down to an even number for the first.`,
    'RFC 3021 lets both be hosts on a point-to-point link: there is no broadcast address, so both are usable. Usable hosts: 2.',
  ];
}
