// The NetworkPolicy simulator's UI model: its shapes (defined in src/lib/netpol-sim-types.ts, which
// the build shares) and the small functions the islands apply to them.
import type { NetworkPolicy } from '~/sim/netpol/types';
import type { SimModel } from '~/lib/netpol-sim-types';

export type {
  OutsideAddress,
  PolicyInput,
  PolicyItem,
  SimCluster,
  SimModel,
  SimProbe,
  SimSeed,
} from '~/lib/netpol-sim-types';

/**
 * A policy's "namespace/name", spelled as the engine's policyKey spells it. It lives here too
 * because the engine's module (compile.ts) would bring the whole compiler into the lesson's island,
 * which renders its first state without the engine; a unit test holds the two to the same answer.
 */
export function keyOfPolicy(policy: NetworkPolicy): string {
  return `${policy.metadata.namespace ?? 'default'}/${policy.metadata.name}`;
}

/** The applied policies of a model, in list order. */
export function enabledPolicies(model: SimModel): NetworkPolicy[] {
  return model.policies.filter((item) => item.enabled).map((item) => item.policy);
}
