import { generateAnalyze, explainAnalyze } from './drill-analyze';
import { explainEui64, generateEui64 } from './drill-eui64';
import {
  explainCompress,
  explainExpand,
  generateCompress,
  generateExpand,
} from './drill-ipv6-text';
import { explainIpv6Type, generateIpv6TypeDrill } from './drill-ipv6-type';
import { explainSummarize, generateSummarize } from './drill-summarize';
import type { DrillQuestion, DrillSkill } from './drill-types';
import { explainVlsm, generateVlsm } from './drill-vlsm';
import { createRandom, type Random } from './prng';

export { checkDrill } from './drill-check';
export { NO_BROADCAST } from './drill-analyze';
export { IPV6_TYPE_CHOICES } from './drill-ipv6-type';
export type { DrillField, DrillQuestion, DrillResult, DrillSkill, FieldCheck } from './drill-types';

/** The skills a learner can practise, in teaching order, with a title and a one-line summary. */
export const DRILL_SKILLS: readonly { id: DrillSkill; title: string; summary: string }[] = [
  {
    id: 'analyze',
    title: 'Analyze a subnet',
    summary: 'Network, broadcast, host range and host count from an address and mask.',
  },
  {
    id: 'vlsm',
    title: 'VLSM',
    summary: 'Carve subnets of different sizes out of one block, largest first.',
  },
  {
    id: 'summarize',
    title: 'Route summarization',
    summary: 'The one route that covers a group of neighbouring networks.',
  },
  {
    id: 'ipv6-compress',
    title: 'Compress IPv6',
    summary: 'Shorten an IPv6 address to its RFC 5952 form.',
  },
  {
    id: 'ipv6-expand',
    title: 'Expand IPv6',
    summary: 'Write an IPv6 address in full, eight groups of four digits.',
  },
  {
    id: 'eui64',
    title: 'EUI-64',
    summary: 'The IPv6 address an interface forms from its MAC and a /64.',
  },
  {
    id: 'ipv6-type',
    title: 'IPv6 address types',
    summary: 'Tell global, unique local, link-local, multicast and the rest apart.',
  },
];

/** Per skill: how to make a question and how to explain it. */
const SKILLS: Record<
  DrillSkill,
  {
    generate: (random: Random, seed: number) => DrillQuestion;
    explain: (q: DrillQuestion) => string[];
  }
> = {
  analyze: { generate: generateAnalyze, explain: explainAnalyze },
  vlsm: { generate: generateVlsm, explain: explainVlsm },
  summarize: { generate: generateSummarize, explain: explainSummarize },
  'ipv6-compress': { generate: generateCompress, explain: explainCompress },
  'ipv6-expand': { generate: generateExpand, explain: explainExpand },
  eui64: { generate: generateEui64, explain: explainEui64 },
  'ipv6-type': { generate: generateIpv6TypeDrill, explain: explainIpv6Type },
};

/** Makes the question for a skill and a seed: the same pair always gives the same question. */
export function generateDrill(skill: DrillSkill, seed: number): DrillQuestion {
  const entry = SKILLS[skill];
  if (entry === undefined) throw new RangeError(`Unknown drill skill '${String(skill)}'`);
  return entry.generate(createRandom(seed), seed);
}

/** The worked solution of a question, one step per line. */
export function explainDrill(q: DrillQuestion): string[] {
  return SKILLS[q.skill].explain(q);
}
