import { describe, expect, it } from 'vitest';
import {
  DRILL_SKILL_IDS,
  DRILL_SKILL_TITLES,
  drillSkillTitle,
} from '~/sim/subnet/drill-skill-titles';
import { DRILL_SKILLS } from '~/sim/subnet/drill-skills';
import * as drills from '~/sim/subnet/drills';
import * as engine from '~/sim/subnet';

describe('drill skill titles', () => {
  it('names each skill, and falls back to the id for one not in the list', () => {
    expect(drillSkillTitle('vlsm')).toBe('VLSM');
    expect(drillSkillTitle('ipv6-type')).toBe('IPv6 address types');
    expect(drillSkillTitle('bogus' as 'vlsm')).toBe('bogus');
  });

  it('lists the ids in teaching order, matching the full list with its summaries', () => {
    expect(DRILL_SKILL_IDS).toEqual([
      'analyze',
      'vlsm',
      'summarize',
      'ipv6-compress',
      'ipv6-expand',
      'eui64',
      'ipv6-type',
    ]);
    expect(DRILL_SKILLS.map((s) => s.id)).toEqual(DRILL_SKILL_IDS);
    expect(DRILL_SKILLS.map((s) => s.title)).toEqual(Object.values(DRILL_SKILL_TITLES));
    expect(DRILL_SKILLS[2]).toEqual({
      id: 'summarize',
      title: 'Route summarization',
      summary: 'The one route that covers a group of neighbouring networks.',
    });
  });

  it('is the same list that drills.ts and the engine index export', () => {
    expect(drills.DRILL_SKILLS).toBe(DRILL_SKILLS);
    expect(engine.DRILL_SKILLS).toBe(DRILL_SKILLS);
    expect(engine.drillSkillTitle).toBe(drillSkillTitle);
  });
});
