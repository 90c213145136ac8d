import { formatIpv4, maskFromPrefix, parseCidr } from '~/sim/ip';
import { IPV6_TYPE_CHOICES, NO_BROADCAST, generateDrill } from '~/sim/subnet';
import { randomFromNumber, shuffled } from '../random';
import type { ScenarioQuestion, SingleQuestion, TypedQuestion } from '../types';
import {
  EUI64_TAGS,
  IPV4_TAGS,
  IPV6_TYPE_TAGS,
  RFC_4291,
  RFC_4632,
  base,
  givenText,
  lessonLink,
  letteredOptions,
  typedPart,
} from './subnet-common';

// Quiz questions built on the subnet engine's seeded drills: the drill supplies the numbers and
// the key, these functions give them the shape of exam questions.

/** Summarization as single choice: the exact summary against too wide, too narrow and next-door blocks. */
export function summaryQuestion(seed: number): SingleQuestion {
  const drill = generateDrill('summarize', seed);
  const key = parseCidr(drill.answer['summary'] ?? '');
  const size = 2 ** (32 - key.prefix);
  const cidr = (network: number, prefix: number): string =>
    `${formatIpv4(network >>> 0)}/${String(prefix)}`;
  const wider = key.prefix - 1;
  const right = {
    text: cidr(key.network, key.prefix),
    correct: true,
    explanation:
      'It covers exactly the listed networks: the bits they share, and no address outside them.',
  };
  const wrong = [
    {
      text: cidr((key.network & maskFromPrefix(wider)) >>> 0, wider),
      explanation:
        'One bit too short: it covers twice the address space, including networks not listed.',
    },
    {
      text: cidr(key.network, key.prefix + 1),
      explanation: 'One bit too long: it covers only half of the listed networks.',
    },
    {
      text: cidr(key.network + size, key.prefix),
      explanation: 'The next block of the same size: it covers none of the listed networks.',
    },
  ].map((o) => ({ ...o, correct: false }));
  return {
    ...base(
      'subnet-summary',
      `Which single route summarizes exactly these networks?\n\n${givenText(drill)}`,
      {
        references: [RFC_4632],
        topics: IPV4_TAGS,
        difficulty: 2,
        lesson: lessonLink('summarisation-route-aggregation'),
      },
    ),
    type: 'single',
    options: letteredOptions(seed, [right, ...wrong]),
  };
}

/** IPv6 address type as single choice: the right type and three others. */
export function ipv6TypeQuestion(seed: number): SingleQuestion {
  const drill = generateDrill('ipv6-type', seed);
  const answer = drill.answer['type'];
  // A documentation address is also global unicast by prefix, so that option would be ambiguous.
  const excluded = answer === 'documentation' ? ['documentation', 'global-unicast'] : [answer];
  const others = shuffled(
    IPV6_TYPE_CHOICES.filter((c) => !excluded.includes(c.value)),
    randomFromNumber(seed),
  ).slice(0, 3);
  const right = IPV6_TYPE_CHOICES.filter((c) => c.value === answer);
  const options = [...right, ...others].map((c) => ({
    text: c.label,
    correct: c.value === answer,
    explanation: `${c.label}: ${c.rule}.`,
  }));
  return {
    ...base('ipv6-type', `What type of IPv6 address is ${drill.given[0]?.value ?? ''}?`, {
      references: [RFC_4291],
      topics: IPV6_TYPE_TAGS,
      difficulty: 1,
      lesson: lessonLink('ipv6-address-types'),
    }),
    type: 'single',
    options: letteredOptions(seed, options),
  };
}

/** Modified EUI-64 as a typed IPv6 answer. */
export function eui64Question(seed: number): TypedQuestion {
  const drill = generateDrill('eui64', seed);
  return typedPart(
    'eui64',
    `${drill.prompt}\n\n${givenText(drill)}`,
    'ipv6',
    [drill.answer['address'] ?? ''],
    {
      references: [RFC_4291],
      topics: EUI64_TAGS,
      difficulty: 2,
      lesson: lessonLink('modified-eui-64'),
      explanation:
        'Split the MAC in half, insert FFFE in the middle, flip the seventh bit of the first byte (the universal/local bit), and append the 64 bits to the /64 prefix.',
    },
  );
}

/** VLSM as a scenario: one typed CIDR part per group. */
export function vlsmQuestion(seed: number): ScenarioQuestion {
  const drill = generateDrill('vlsm', seed);
  const extra = {
    references: [RFC_4632],
    topics: IPV4_TAGS,
    lesson: lessonLink('vlsm-carving-one-block-into-right-sized-subnets'),
  };
  const stem =
    'Give each group a subnet of the address block with VLSM: each group gets the smallest block that holds its hosts plus the network and broadcast addresses; allocate the largest block first (blocks of the same size in the order listed), each starting at the next free address.';
  return {
    ...base('subnet-vlsm', `${stem}\n\n${givenText(drill)}`, { ...extra, difficulty: 3 }),
    type: 'scenario',
    parts: drill.fields.map((field) =>
      typedPart(
        field.id,
        `Subnet for ${field.label}`,
        'cidr',
        [drill.answer[field.id] ?? ''],
        extra,
      ),
    ),
  };
}

/** Subnet analysis as a scenario of typed parts: network, broadcast, host range, host count. */
export function analyzeQuestion(seed: number): ScenarioQuestion {
  const drill = generateDrill('analyze', seed);
  const extra = {
    references: [RFC_4632],
    topics: IPV4_TAGS,
    lesson: lessonLink('the-four-numbers-of-every-subnet'),
  };
  const parts = drill.fields.map((field) => {
    const expected = drill.answer[field.id] ?? '';
    if (expected === NO_BROADCAST) {
      return typedPart(
        field.id,
        `${field.label} (type "${NO_BROADCAST}" if there is none)`,
        'text',
        [NO_BROADCAST],
        extra,
      );
    }
    return typedPart(
      field.id,
      field.label,
      field.kind === 'number' ? 'number' : 'ipv4',
      [expected],
      extra,
    );
  });
  return {
    ...base('subnet-analyze', `${drill.prompt}\n\n${givenText(drill)}`, {
      ...extra,
      difficulty: 2,
    }),
    type: 'scenario',
    parts,
  };
}
