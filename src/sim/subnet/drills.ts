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
export {
  DRILL_SKILLS,
  DRILL_SKILL_IDS,
  drillSkillTitle,
  type DrillSkillInfo,
} from './drill-skills';

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
