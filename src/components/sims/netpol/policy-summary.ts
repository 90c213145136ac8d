// The one-line summary of a policy in the list: which pods it selects now, and which directions
// it isolates with how many rules (from the engine's own effective policyTypes and selector text).
import { effectivePolicyTypes } from '~/sim/netpol/compile';
import { describeSelector } from '~/sim/netpol/describe';
import type { NetworkPolicy } from '~/sim/netpol/types';

/** "Selects backend (app=backend in shop). Isolates ingress: 1 rule." */
export function summarizePolicy(policy: NetworkPolicy, selectedPods: readonly string[]): string {
  const namespace = policy.metadata.namespace ?? 'default';
  const selector = describeSelector(policy.spec.podSelector);
  const which = selector === '{}' ? `every pod in ${namespace}` : `${selector} in ${namespace}`;
  const pods =
    selectedPods.length === 0 ? `no pod yet (${which})` : `${selectedPods.join(', ')} (${which})`;
  const directions = effectivePolicyTypes(policy).map((type) => {
    const rules = type === 'Ingress' ? policy.spec.ingress : policy.spec.egress;
    const count = rules?.length ?? 0;
    const name = type.toLowerCase();
    return count === 0
      ? `${name} with no rules, so all ${name} is denied`
      : `${name}: ${String(count)} ${count === 1 ? 'rule allows' : 'rules allow'} traffic`;
  });
  return `Selects ${pods}. Isolates ${directions.join('; ')}.`;
}
