// The drill skills' ids and titles alone, in teaching order: what a drill island needs to name the
// skills (its stats bar, its skill list) without the summaries or the question generators.
import type { DrillSkill } from './drill-types';

/** Each skill's title, in teaching order (the order of DRILL_SKILLS). */
export const DRILL_SKILL_TITLES: Readonly<Record<DrillSkill, string>> = {
  analyze: 'Analyze a subnet',
  vlsm: 'VLSM',
  summarize: 'Route summarization',
  'ipv6-compress': 'Compress IPv6',
  'ipv6-expand': 'Expand IPv6',
  eui64: 'EUI-64',
  'ipv6-type': 'IPv6 address types',
};

/** Every skill id, in teaching order. */
export const DRILL_SKILL_IDS = Object.keys(DRILL_SKILL_TITLES) as readonly DrillSkill[];

/** A skill's title, as the drills name it (the id itself for a skill not in the list). */
export function drillSkillTitle(skill: DrillSkill): string {
  return (DRILL_SKILL_TITLES as Partial<Record<string, string>>)[skill] ?? skill;
}
