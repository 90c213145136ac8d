import { describe, expect, it } from 'vitest';
import {
  mtuVerdict,
  scenarioFromState,
  type WalkerState,
} from '~/components/sims/packet/walker-state';

const STATE: WalkerState = {
  path: 'to-internet',
  style: 'vpc-cni',
  externalSnat: true,
  underlayMtu: '',
  podMtu: '',
  compare: false,
};

describe('scenarioFromState', () => {
  it('leaves empty MTUs to the engine’s defaults and keeps externalSnat for vpc-cni only', () => {
    expect(scenarioFromState(STATE)).toEqual({
      path: 'to-internet',
      style: 'vpc-cni',
      externalSnat: true,
    });
    expect(scenarioFromState(STATE, 'vxlan')).toEqual({ path: 'to-internet', style: 'vxlan' });
  });

  it('reads whole-number MTUs, with spaces around', () => {
    expect(scenarioFromState({ ...STATE, underlayMtu: ' 9001 ', podMtu: '8951' }, 'bgp')).toEqual({
      path: 'to-internet',
      style: 'bgp',
      underlayMtu: 9001,
      podMtu: 8951,
    });
  });

  it('turns an MTU that is not a whole number into a mistake on its field', () => {
    expect(scenarioFromState({ ...STATE, podMtu: '14.5' })).toEqual({
      field: 'podMtu',
      message: 'Type the pod MTU as a whole number of bytes, e.g. 1500.',
    });
    expect(scenarioFromState({ ...STATE, underlayMtu: 'big' })).toEqual({
      field: 'underlayMtu',
      message: 'Type the node network MTU as a whole number of bytes, e.g. 1500.',
    });
  });
});

describe('mtuVerdict', () => {
  it('writes the sum with the encapsulation overhead, or without one', () => {
    expect(
      mtuVerdict({ underlay: 1500, overhead: 50, podMtu: 1450, maxPodMtu: 1450, ok: true }),
    ).toBe('Fits: 1450 ≤ 1500 − 50 (encapsulation).');
    expect(
      mtuVerdict({ underlay: 1500, overhead: 50, podMtu: 1500, maxPodMtu: 1450, ok: false }),
    ).toBe('Too big: 1500 > 1500 − 50 (encapsulation).');
    expect(
      mtuVerdict({ underlay: 9001, overhead: 0, podMtu: 9001, maxPodMtu: 9001, ok: true }),
    ).toBe('Fits: 9001 ≤ 9001 (no encapsulation).');
  });
});
