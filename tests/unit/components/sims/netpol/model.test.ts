import { describe, expect, it } from 'vitest';
import { enabledPolicies, keyOfPolicy } from '~/components/sims/netpol/model';
import { initialState, simReducer } from '~/components/sims/netpol/sim-state';
import { policyKey } from '~/sim/netpol/compile';
import type { NetworkPolicy } from '~/sim/netpol/types';
import { shopSeed } from './fixtures';

describe('keyOfPolicy', () => {
  const named = (metadata: NetworkPolicy['metadata']): NetworkPolicy => ({
    metadata,
    spec: { podSelector: {} },
  });

  it('spells a policy’s key exactly as the engine does, with and without a namespace', () => {
    for (const policy of [
      named({ name: 'deny-all', namespace: 'shop' }),
      named({ name: 'deny-all' }),
      ...shopSeed().policies.map((p) => p.policy),
    ]) {
      expect(keyOfPolicy(policy)).toBe(policyKey(policy));
    }
    expect(keyOfPolicy(named({ name: 'deny-all' }))).toBe('default/deny-all');
  });
});

describe('enabledPolicies', () => {
  it('keeps the switched-on policies in list order', () => {
    const state = simReducer(initialState(shopSeed()), { type: 'toggle', id: 'p1' });
    expect(enabledPolicies(state.model).map(keyOfPolicy)).toEqual(['shop/allow-web']);
  });
});
