import { describe, expect, it } from 'vitest';
import { initialState, otherPolicyKeys, simReducer } from '~/components/sims/netpol/sim-state';
import { ALLOW_WEB, DENY_SHOP, policyInput, shopSeed } from './fixtures';

describe('simReducer', () => {
  it('opens a seed with ids and nothing to compare against', () => {
    const state = initialState(shopSeed());
    expect(state.model.policies.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(state.previous).toBeNull();
    expect(state.lastChange).toBeNull();
  });

  it('toggles a policy and keeps the model before the change', () => {
    const start = initialState(shopSeed());
    const next = simReducer(start, { type: 'toggle', id: 'p1' });
    expect(next.model.policies[0]?.enabled).toBe(false);
    expect(next.previous).toBe(start.model);
    expect(next.lastChange).toBe('Switched off shop/deny-all');
    expect(simReducer(next, { type: 'toggle', id: 'p1' }).lastChange).toBe(
      'Switched on shop/deny-all',
    );
  });

  it('replaces an edited policy in place, splitting extra documents after it with new ids', () => {
    const start = initialState(shopSeed());
    const renamed = policyInput(DENY_SHOP.replace('deny-all', 'deny-everything'));
    const extra = policyInput(ALLOW_WEB.replace('allow-web', 'allow-web-2'));
    const next = simReducer(start, { type: 'replace-policy', id: 'p1', with: [renamed, extra] });
    expect(next.model.policies.map((p) => `${p.id} ${p.policy.metadata.name}`)).toEqual([
      'p1 deny-everything',
      'p3 allow-web-2',
      'p2 allow-web',
    ]);
    expect(next.lastChange).toBe('Edited shop/deny-everything, shop/allow-web-2');
  });

  it('adds and deletes policies, and ignores unknown ids', () => {
    const start = initialState(shopSeed());
    const added = simReducer(start, {
      type: 'add-policies',
      policies: [policyInput(DENY_SHOP.replace('deny-all', 'x'))],
    });
    expect(added.model.policies.at(-1)?.id).toBe('p3');
    const deleted = simReducer(added, { type: 'delete-policy', id: 'p2' });
    expect(deleted.model.policies.map((p) => p.id)).toEqual(['p1', 'p3']);
    expect(deleted.lastChange).toBe('Deleted shop/allow-web');
    expect(simReducer(deleted, { type: 'toggle', id: 'p9' })).toBe(deleted);
  });

  it('changes the probe without counting it as a change; a load starts afresh', () => {
    const toggled = simReducer(initialState(shopSeed()), { type: 'toggle', id: 'p1' });
    const probed = simReducer(toggled, { type: 'set-probe', probe: { port: 53, protocol: 'UDP' } });
    expect(probed.previous).toBe(toggled.previous);
    expect(probed.probe).toEqual({ port: 53, protocol: 'UDP' });
    const loaded = simReducer(probed, { type: 'load', seed: shopSeed() });
    expect(loaded.previous).toBeNull();
    expect(loaded.generation).toBe(probed.generation + 1);
  });

  it('lists the other policies’ keys, for refusing a duplicate name', () => {
    const { model } = initialState(shopSeed());
    expect([...otherPolicyKeys(model, 'p1')]).toEqual(['shop/allow-web']);
  });
});
