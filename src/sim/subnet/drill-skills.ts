// The drill skills with their titles and one-line summaries, apart from the generators, so that
// listing the skills does not import the whole drill engine (islands need only drill-skill-titles).
import { DRILL_SKILL_TITLES } from './drill-skill-titles';
import type { DrillSkill } from './drill-types';

export { DRILL_SKILL_IDS, DRILL_SKILL_TITLES, drillSkillTitle } from './drill-skill-titles';

/** One drill skill as the learner sees it named and summed up. */
export interface DrillSkillInfo {
  id: DrillSkill;
  title: string;
  summary: string;
}

/** What each skill asks for, in one line. */
const SUMMARIES: Readonly<Record<DrillSkill, string>> = {
  analyze: 'Network, broadcast, host range and host count from an address and mask.',
  vlsm: 'Carve subnets of different sizes out of one block, largest first.',
  summarize: 'The one route that covers a group of neighbouring networks.',
  'ipv6-compress': 'Shorten an IPv6 address to its RFC 5952 form.',
  'ipv6-expand': 'Write an IPv6 address in full, eight groups of four digits.',
  eui64: 'The IPv6 address an interface forms from its MAC and a /64.',
  'ipv6-type': 'Tell global, unique local, link-local, multicast and the rest apart.',
};

/** The skills a learner can practise, in teaching order, with a title and a one-line summary. */
export const DRILL_SKILLS: readonly DrillSkillInfo[] = Object.entries(DRILL_SKILL_TITLES).map(
  ([id, title]) => ({ id: id as DrillSkill, title, summary: SUMMARIES[id as DrillSkill] }),
);
