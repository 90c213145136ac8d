import { InputError } from '../ip';
import { AWS_JUMBO_MTU, DEFAULT_UNDERLAY_MTU, checkMtu } from './walk-mtu';
import { WALK_PATHS, WALK_STYLES } from './walk-types';
import type { WalkPath, WalkScenario, WalkStyle } from './walk-types';

/** A scenario after validation, with every default filled in. */
export interface ResolvedWalkScenario {
  readonly path: WalkPath;
  readonly style: WalkStyle;
  readonly externalSnat: boolean;
  readonly underlayMtu: number;
  readonly podMtu: number | undefined;
  readonly seed: number;
}

/** Checks a scenario and fills in the defaults; a wrong path, style or MTU throws an InputError. */
export function resolveWalkScenario(scenario: WalkScenario): ResolvedWalkScenario {
  const { path, style } = scenario;
  if (!(WALK_PATHS as readonly string[]).includes(path)) {
    throw new InputError(
      `'${String(path)}' is not a packet path; pick one of ${WALK_PATHS.join(', ')}.`,
      'path',
    );
  }
  if (!(WALK_STYLES as readonly string[]).includes(style)) {
    throw new InputError(
      `'${String(style)}' is not a pod network style; pick one of ${WALK_STYLES.join(', ')}.`,
      'style',
    );
  }
  // EC2 instances carry jumbo frames inside a VPC, and the VPC CNI sets 9001 on its ENIs by default.
  const underlayMtu =
    scenario.underlayMtu ?? (style === 'vpc-cni' ? AWS_JUMBO_MTU : DEFAULT_UNDERLAY_MTU);
  checkMtu(underlayMtu, 'underlayMtu');
  if (scenario.podMtu !== undefined) checkMtu(scenario.podMtu, 'podMtu');
  const seed = scenario.seed ?? 1;
  if (!Number.isSafeInteger(seed)) {
    throw new InputError(`The seed must be a whole number; got ${String(seed)}.`, 'seed');
  }
  return {
    seed,
    path,
    style,
    externalSnat: scenario.externalSnat ?? false,
    underlayMtu,
    podMtu: scenario.podMtu,
  };
}
