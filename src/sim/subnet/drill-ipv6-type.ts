import { formatIpv6, formatIpv4 } from '../ip';
import type { DrillQuestion } from './drill-types';
import { ipv6Type } from './ipv6';
import type { Random } from './prng';
import type { Ipv6Type } from './types';

/** The answer choices, with the prefix that marks each type and the RFC that defines it. */
export const IPV6_TYPE_CHOICES: readonly { value: Ipv6Type; label: string; rule: string }[] = [
  {
    value: 'global-unicast',
    label: 'Global unicast',
    rule: '2000::/3, routable on the internet (RFC 4291)',
  },
  {
    value: 'unique-local',
    label: 'Unique local',
    rule: 'fc00::/7, in practice fd00::/8: private addresses (RFC 4193)',
  },
  {
    value: 'link-local',
    label: 'Link-local',
    rule: 'fe80::/10, valid on one link only (RFC 4291)',
  },
  { value: 'multicast', label: 'Multicast', rule: 'ff00::/8 (RFC 4291)' },
  { value: 'loopback', label: 'Loopback', rule: '::1/128 (RFC 4291)' },
  { value: 'unspecified', label: 'Unspecified', rule: '::/128, "no address yet" (RFC 4291)' },
  {
    value: 'ipv4-mapped',
    label: 'IPv4-mapped',
    rule: '::ffff:0:0/96, an IPv4 address seen by an IPv6 socket (RFC 4291)',
  },
  {
    value: 'documentation',
    label: 'Documentation',
    rule: '2001:db8::/32, for examples only (RFC 3849)',
  },
];

/** 64 random bits, as a bigint. */
function random64(random: Random): bigint {
  return (BigInt(random.int(0, 0xffffffff)) << 32n) | BigInt(random.int(0, 0xffffffff));
}

/** A random address text of the given type, in one of the ways people write it. */
function randomAddressOfType(random: Random, type: Ipv6Type): string {
  switch (type) {
    case 'global-unicast': {
      const first = random.int(0x2000, 0x3fff);
      const second = first === 0x2001 ? random.int(0, 0xd00) : random.int(0, 0xffff);
      return formatIpv6(
        (BigInt(first) << 112n) |
          (BigInt(second) << 96n) |
          (BigInt(random.int(0, 0xffff)) << 80n) |
          random64(random),
      );
    }
    case 'unique-local':
      return formatIpv6(
        (0xfdn << 120n) |
          (BigInt(random.int(0, 0xffffffff)) << 88n) |
          (BigInt(random.int(0, 0xffff)) << 64n) |
          random64(random),
      );
    case 'link-local':
      return formatIpv6((0xfe80n << 112n) | random64(random));
    case 'multicast':
      return random.pick([
        'ff02::1',
        'ff02::2',
        `ff02::1:ff${random.int(0, 0xff).toString(16).padStart(2, '0')}:${random.int(0, 0xffff).toString(16)}`,
        `ff0${random.pick(['1', '2', '5', '8', 'e'])}::${random.int(1, 0xfff).toString(16)}`,
      ]);
    case 'loopback':
      return random.pick(['::1', '0:0:0:0:0:0:0:1']);
    case 'unspecified':
      return random.pick(['::', '0:0:0:0:0:0:0:0']);
    case 'ipv4-mapped':
      return `::ffff:${formatIpv4(random.int(0x01000000, 0xdfffffff))}`;
    case 'documentation':
      return formatIpv6(
        (0x20010db8n << 96n) |
          (BigInt(random.int(0, 0xffffffff)) << 64n) |
          BigInt(random.int(0, 0xffff)),
      );
  }
}

/** An "which type is this IPv6 address?" question. */
export function generateIpv6TypeDrill(random: Random, seed: number): DrillQuestion {
  const type = random.pick(IPV6_TYPE_CHOICES).value;
  const address = randomAddressOfType(random, type);
  return {
    skill: 'ipv6-type',
    seed,
    prompt: 'What type of IPv6 address is this?',
    given: [{ label: 'Address', value: address }],
    fields: [
      {
        id: 'type',
        label: 'Address type',
        kind: 'choice',
        choices: IPV6_TYPE_CHOICES.map(({ value, label }) => ({ value, label })),
      },
    ],
    answer: { type: ipv6Type(address) },
  };
}

/** The worked answer: which leading bits decide the type. */
export function explainIpv6Type(q: DrillQuestion): string[] {
  const type = q.answer['type'] ?? '';
  const choice = IPV6_TYPE_CHOICES.find((c) => c.value === type);
  return [
    `${q.given[0]?.value ?? ''} falls in ${choice?.rule ?? type}: ${choice?.label.toLowerCase() ?? type}.`,
    'Check the most specific prefixes first (::, ::1, ::ffff:0:0/96, 2001:db8::/32), then ff, fe80, fc/fd; every other address is global unicast. Anycast addresses look like unicast, so their text cannot tell them apart.',
  ];
}
