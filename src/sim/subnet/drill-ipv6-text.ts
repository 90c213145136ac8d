import { formatIpv6, formatIpv6Expanded } from '../ip';
import type { DrillQuestion } from './drill-types';
import type { Random } from './prng';

/** A random 16-bit group: often zero or small (so it has leading zeros to drop), otherwise any value. */
function randomGroup(random: Random): number {
  const roll = random.next();
  if (roll < 0.25) return 0;
  if (roll < 0.5) return random.int(1, 0xff);
  return random.int(0x100, 0xffff);
}

/** Eight groups with one or two runs of zeros, under a documentation, global, ULA or link-local prefix. */
export function randomIpv6Groups(random: Random): number[] {
  const groups = Array.from({ length: 8 }, () => randomGroup(random));
  const head = random.pick([
    [0x2001, 0x0db8],
    [random.int(0x2000, 0x3fff), randomGroup(random)],
    [0xfd00 + random.int(0, 0xff), random.int(0, 0xffff)],
    [0xfe80, 0],
  ]);
  groups.splice(0, 2, ...head);
  const runs = random.int(1, 2);
  for (let r = 0; r < runs; r++) {
    const length = random.int(1, 4);
    const start = random.int(2, 8 - length);
    groups.fill(0, start, start + length);
  }
  return groups;
}

/** The 128-bit value of eight 16-bit groups. */
export function valueFromGroups(groups: readonly number[]): bigint {
  return groups.reduce((value, group) => (value << 16n) | BigInt(group), 0n);
}

/** A compression question: the full form is given, the RFC 5952 form is asked for. */
export function generateCompress(random: Random, seed: number): DrillQuestion {
  const value = valueFromGroups(randomIpv6Groups(random));
  return {
    skill: 'ipv6-compress',
    seed,
    prompt: 'Write this IPv6 address in its shortest standard form (RFC 5952).',
    given: [{ label: 'Full address', value: formatIpv6Expanded(value) }],
    fields: [
      { id: 'compressed', label: 'Compressed form', kind: 'ipv6', placeholder: 'e.g. 2001:db8::1' },
    ],
    answer: { compressed: formatIpv6(value) },
  };
}

/** An expansion question: the compressed form is given, all eight groups of four digits are asked for. */
export function generateExpand(random: Random, seed: number): DrillQuestion {
  const value = valueFromGroups(randomIpv6Groups(random));
  return {
    skill: 'ipv6-expand',
    seed,
    prompt: 'Write this IPv6 address in full: all eight groups, four hex digits each.',
    given: [{ label: 'Address', value: formatIpv6(value) }],
    fields: [
      {
        id: 'expanded',
        label: 'Full form',
        kind: 'ipv6',
        placeholder: 'e.g. 2001:0db8:0000:0000:0000:0000:0000:0001',
      },
    ],
    answer: { expanded: formatIpv6Expanded(value) },
  };
}

/** Lists the zero-valued group positions as runs [start, length]. */
function zeroRuns(groups: readonly string[]): [number, number][] {
  const runs: [number, number][] = [];
  groups.forEach((group, i) => {
    if (Number.parseInt(group, 16) !== 0) return;
    const last = runs.at(-1);
    if (last && last[0] + last[1] === i) last[1]++;
    else runs.push([i, 1]);
  });
  return runs;
}

/** The worked steps of RFC 5952 compression. */
export function explainCompress(q: DrillQuestion): string[] {
  const full = q.given[0]?.value ?? '';
  const groups = full.split(':');
  const trimmed = groups.map((g) => g.replace(/^0+(?=.)/, ''));
  const runs = zeroRuns(groups).filter(([, length]) => length >= 2);
  const longest = runs.reduce<[number, number] | null>(
    (best, run) => (best === null || run[1] > best[1] ? run : best),
    null,
  );
  return [
    `Drop the leading zeros in every group (a group of zeros becomes 0): ${trimmed.join(':')}.`,
    longest === null
      ? 'No two or more zero groups stand next to each other, so nothing is replaced by "::" (RFC 5952 never uses "::" for a single 0 group).'
      : `The longest run of zero groups is groups ${String(longest[0] + 1)}–${String(longest[0] + longest[1])} (${String(longest[1])} groups${runs.length > 1 ? '; on a tie, the first run wins' : ''}): replace it with "::".`,
    `Use lower-case letters. Result: ${q.answer['compressed'] ?? ''}.`,
  ];
}

/** The worked steps of expansion. */
export function explainExpand(q: DrillQuestion): string[] {
  const short = q.given[0]?.value ?? '';
  const written = short.split(/::|:/).filter((g) => g !== '').length;
  return [
    short.includes('::')
      ? `${String(written)} groups are written, so "::" stands for 8 − ${String(written)} = ${String(8 - written)} groups of zeros.`
      : 'All eight groups are written; nothing is hidden by "::".',
    `Pad every group with leading zeros to four digits: ${q.answer['expanded'] ?? ''}.`,
  ];
}
