import { formatIpv6 } from '../ip';
import type { DrillQuestion } from './drill-types';
import { eui64 } from './ipv6';
import { parseMac } from './mac';
import type { Random } from './prng';

/** Hex of a byte, two digits. */
function hex2(byte: number): string {
  return byte.toString(16).padStart(2, '0');
}

/** Writes six octets as a MAC in one of the three usual notations. */
function formatMac(octets: readonly number[], style: number): string {
  const pairs = octets.map(hex2);
  if (style === 0) return pairs.join(':');
  if (style === 1) return pairs.join('-').toUpperCase();
  return [0, 2, 4].map((i) => `${pairs[i] ?? ''}${pairs[i + 1] ?? ''}`).join('.');
}

/** An EUI-64 question: a MAC and a /64 prefix, the address SLAAC would form is asked for. */
export function generateEui64(random: Random, seed: number): DrillQuestion {
  // Mostly universal addresses (u bit 0, becomes 1); now and then a local one (u bit 1, becomes 0).
  const first = (random.int(0, 255) & 0xfc) | (random.chance(0.15) ? 0x02 : 0);
  const octets = [first, ...Array.from({ length: 5 }, () => random.int(0, 255))];
  const prefix = random.chance(0.25)
    ? 'fe80::/64'
    : `${formatIpv6(((0x20010db8n << 32n) | BigInt(random.int(0, 0xffffffff))) << 64n)}/64`;
  const mac = formatMac(octets, random.int(0, 2));
  return {
    skill: 'eui64',
    seed,
    prompt:
      'Which address does this interface give itself with modified EUI-64 (as SLAAC does) in this /64?',
    given: [
      { label: 'MAC address', value: mac },
      { label: 'Prefix', value: prefix },
    ],
    fields: [
      {
        id: 'address',
        label: 'IPv6 address',
        kind: 'ipv6',
        placeholder: 'e.g. 2001:db8:1:2:21a:2bff:fe3c:4d5e',
      },
    ],
    answer: { address: eui64(mac, prefix) },
  };
}

/** The worked steps: split the MAC, insert ff:fe, flip the universal/local bit, add the prefix. */
export function explainEui64(q: DrillQuestion): string[] {
  const mac = q.given[0]?.value ?? '';
  const prefix = q.given[1]?.value ?? '';
  const octets = parseMac(mac);
  const [first = 0] = octets;
  const pairs = octets.map(hex2);
  const flipped = first ^ 0x02;
  const id = [hex2(flipped), ...pairs.slice(1, 3), 'ff', 'fe', ...pairs.slice(3)];
  return [
    `Split the MAC in half: ${pairs.slice(0, 3).join(':')} | ${pairs.slice(3).join(':')}, and put ff:fe in the middle: ${[...pairs.slice(0, 3), 'ff', 'fe', ...pairs.slice(3)].join(':')}.`,
    `Flip the 7th bit of the first octet (the universal/local bit, value 2): ${hex2(first)} = ${first.toString(2).padStart(8, '0')} becomes ${flipped.toString(2).padStart(8, '0')} = ${hex2(flipped)}.`,
    `The interface ID is ${[0, 2, 4, 6].map((i) => `${id[i] ?? ''}${id[i + 1] ?? ''}`).join(':')}; it fills the last 64 bits after the prefix ${prefix}.`,
    `Written in short form: ${q.answer['address'] ?? ''}.`,
  ];
}
