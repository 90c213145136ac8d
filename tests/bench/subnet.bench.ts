import { it } from 'vitest';
import {
  DRILL_SKILLS,
  checkDrill,
  describeSubnet,
  generateDrill,
  summarize,
  vlsm,
} from '~/sim/subnet';
import type { DrillQuestion } from '~/sim/subnet';
import { measure, report } from './harness';

const QUESTIONS = 100_000;

/** Generates QUESTIONS drills, skills in turn, and grades each against its own key. */
function drillRound(): number {
  let correct = 0;
  for (let i = 0; i < QUESTIONS; i++) {
    const skill = DRILL_SKILLS[i % DRILL_SKILLS.length]?.id ?? 'analyze';
    const q: DrillQuestion = generateDrill(skill, i);
    if (checkDrill(q, q.answer).correct) correct++;
  }
  return correct;
}

/** Twenty /24s with a gap, the kind of list a routing table gives summarize. */
const ROUTES = Array.from(
  { length: 20 },
  (_, i) => `10.${String(i < 10 ? 1 : 2)}.${String(i)}.0/24`,
);

// The subnet engine: a learner's worth of drills many times over, and the calculator functions.
it('subnet engine', () => {
  report([
    measure(
      'generate + check 100,000 drills',
      'all 7 skills in turn, seeds 0..99,999',
      drillRound,
      {
        runs: 5,
        warmup: 1,
      },
    ),
    measure('describeSubnet', '172.16.77.130/27', () => describeSubnet('172.16.77.130/27'), {
      runs: 1000,
      warmup: 50,
    }),
    measure(
      'describeSubnet (dotted mask)',
      '10.1.2.3 255.255.248.0',
      () => describeSubnet('10.1.2.3 255.255.248.0'),
      {
        runs: 1000,
        warmup: 50,
      },
    ),
    measure('summarize', '20 /24 routes in two runs', () => summarize(ROUTES), {
      runs: 1000,
      warmup: 50,
    }),
    measure(
      'vlsm',
      '10.0.0.0/16, 8 requests',
      () => vlsm('10.0.0.0/16', [4000, 2000, 1000, 500, 250, 100, 50, 2]),
      {
        runs: 1000,
        warmup: 50,
      },
    ),
  ]);
});
