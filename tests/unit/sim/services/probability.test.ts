import { describe, expect, it } from 'vitest';
import { computeProbability, iptablesProbabilities, InputError } from '~/sim/services';

// kube-proxy writes fmt.Sprintf("%0.10f", 1.0/float64(n)) for rule i of n with n-i
// (pkg/proxy/iptables/proxier.go, computeProbability and writeServiceToEndpointRules).

describe('iptablesProbabilities', () => {
  it('writes no probability for zero or one endpoint (the only rule matches unconditionally)', () => {
    expect(iptablesProbabilities(0)).toEqual([]);
    expect(iptablesProbabilities(1)).toEqual([]);
  });

  it('writes 1/(n-i) with ten decimals on every rule but the last', () => {
    expect(iptablesProbabilities(2)).toEqual(['0.5000000000']);
    expect(iptablesProbabilities(3)).toEqual(['0.3333333333', '0.5000000000']);
    expect(iptablesProbabilities(4)).toEqual(['0.2500000000', '0.3333333333', '0.5000000000']);
    expect(iptablesProbabilities(7)[0]).toBe('0.1428571429');
    expect(iptablesProbabilities(6)).toEqual([
      '0.1666666667',
      '0.2000000000',
      '0.2500000000',
      '0.3333333333',
      '0.5000000000',
    ]);
  });

  it('rounds an exact tie to even as Go does, where toFixed would round up', () => {
    expect(computeProbability(2048)).toBe('0.0004882812');
    expect(computeProbability(10240)).toBe('0.0000976563');
  });

  it('refuses a count that is not a whole number from 0 to 100000', () => {
    for (const bad of [-1, 1.5, Number.NaN, 100_001]) {
      expect(() => iptablesProbabilities(bad)).toThrow(InputError);
    }
    expect(() => iptablesProbabilities(-1)).toThrow(/whole number from 0 to 100000/);
  });
});
