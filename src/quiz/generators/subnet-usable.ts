import { formatIpv4, parseIpv4 } from '~/sim/ip';
import { describeSubnet } from '~/sim/subnet';
import { randomFromNumber, randomIndex } from '../random';
import type { SingleQuestion } from '../types';
import { IPV4_TAGS, RFC_4632, base, lessonLink, letteredOptions } from './subnet-common';

// "Which address is usable in this subnet?": one host address against the network address, the
// broadcast address and the addresses just outside the block.

const PRIVATE_BLOCKS = [
  { network: 0x0a000000, prefix: 8 },
  { network: 0xac100000, prefix: 12 },
  { network: 0xc0a80000, prefix: 16 },
];

/** Picks a seeded subnet inside an RFC 1918 block with a prefix from /20 to /29. */
function pickSubnet(seed: number): { cidr: string; prefix: number; random: () => number } {
  const random = randomFromNumber(seed);
  const block = PRIVATE_BLOCKS[randomIndex(random, PRIVATE_BLOCKS.length)] ?? {
    network: 0x0a000000,
    prefix: 8,
  };
  const prefix = 20 + randomIndex(random, 10);
  const hostBits = 32 - block.prefix;
  const offset = Math.floor(random() * 2 ** hostBits);
  const address = (block.network + offset) >>> 0;
  return { cidr: `${formatIpv4(address)}/${String(prefix)}`, prefix, random };
}

/** Makes the question for one seed. */
export function usableAddressQuestion(seed: number): SingleQuestion {
  const { cidr, random } = pickSubnet(seed);
  const subnet = describeSubnet(cidr);
  const first = parseIpv4(subnet.firstHost);
  const host = formatIpv4(first + randomIndex(random, subnet.usableHosts));
  const network = subnet.network;
  const broadcast = subnet.broadcast ?? subnet.lastHost;
  const block = `${network}/${String(subnet.prefix)}`;
  const outside = [
    {
      text: network,
      explanation: `${network} is the network address of ${block}: it names the subnet and is not assigned to a host.`,
    },
    {
      text: broadcast,
      explanation: `${broadcast} is the broadcast address of ${block} (all host bits 1), not a host address.`,
    },
    {
      text: formatIpv4((parseIpv4(broadcast) + 1) >>> 0),
      explanation: `This is one past the broadcast address: the network address of the next block, outside ${block}.`,
    },
    {
      text: formatIpv4((parseIpv4(network) - 1) >>> 0),
      explanation: `This is one before the network address: the broadcast of the previous block, outside ${block}.`,
    },
  ];
  const skip = randomIndex(random, outside.length);
  const wrong = outside.filter((_, i) => i !== skip).map((o) => ({ ...o, correct: false }));
  const right = {
    text: host,
    correct: true,
    explanation: `${host} lies between the first host ${subnet.firstHost} and the last host ${subnet.lastHost}.`,
  };
  return {
    ...base('subnet-usable', `Which address can be assigned to a host in the subnet ${block}?`, {
      references: [RFC_4632],
      topics: IPV4_TAGS,
      difficulty: 1,
      lesson: lessonLink('the-four-numbers-of-every-subnet'),
    }),
    type: 'single',
    options: letteredOptions(seed, [right, ...wrong]),
  };
}
