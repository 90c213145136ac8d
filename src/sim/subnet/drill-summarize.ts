import { binaryFromIpv4, cidrSize, formatCidr, parseCidr } from '../ip';
import { networkOf, randomPrivateAddress } from './drill-addresses';
import type { DrillQuestion } from './drill-types';
import type { Random } from './prng';

/** A summarization question: 2, 4 or 8 neighbouring networks that one route covers exactly. */
export function generateSummarize(random: Random, seed: number): DrillQuestion {
  const childPrefix = random.chance(0.2) ? random.int(16, 19) : random.int(20, 28);
  const count = 2 ** random.int(1, 3);
  const summaryPrefix = childPrefix - Math.log2(count);
  const network = networkOf(randomPrivateAddress(random, summaryPrefix), summaryPrefix);
  const networks = Array.from({ length: count }, (_, i) =>
    formatCidr({ network: network + i * cidrSize(childPrefix), prefix: childPrefix }),
  );
  return {
    skill: 'summarize',
    seed,
    prompt: 'Write the one summary route that covers exactly these networks, no more and no less.',
    given: networks.map((value, i) => ({ label: `Network ${String(i + 1)}`, value })),
    fields: [
      { id: 'summary', label: 'Summary route', kind: 'cidr', placeholder: 'e.g. 172.16.0.0/22' },
    ],
    answer: { summary: formatCidr({ network, prefix: summaryPrefix }) },
  };
}

/** The worked solution: write the networks in binary and keep the bits they share. */
export function explainSummarize(q: DrillQuestion): string[] {
  const networks = q.given.map((g) => parseCidr(g.value));
  const first = networks[0] ?? { network: 0, prefix: 32 };
  const last = networks.at(-1) ?? first;
  const firstBits = binaryFromIpv4(first.network).replaceAll('.', '');
  const lastBits = binaryFromIpv4(last.network).replaceAll('.', '');
  let shared = 0;
  while (shared < 32 && firstBits[shared] === lastBits[shared]) shared++;
  const summary = q.answer['summary'] ?? '';
  return [
    `Write the networks in binary: ${networks.map((n) => `${formatCidr(n)} = ${binaryFromIpv4(n.network)}`).join('; ')}.`,
    `The first and last networks agree on their first ${String(shared)} bits and differ after that, so the summary is a /${String(shared)}.`,
    `Keep those ${String(shared)} bits and set the rest to 0: ${summary}.`,
    `Check: a /${String(shared)} holds 2^${String(first.prefix - shared)} = ${String(2 ** (first.prefix - shared))} blocks of /${String(first.prefix)}, and ${String(networks.length)} networks are listed, so it covers exactly them.`,
  ];
}
