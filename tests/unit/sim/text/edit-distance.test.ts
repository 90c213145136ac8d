import { describe, expect, it } from 'vitest';
import { editDistance } from '~/sim/text/edit-distance';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('policyType', 'policyTypes')).toBe(1);
    expect(editDistance('podselektor', 'podselector')).toBe(1);
    expect(editDistance('m5.larg', 'm5.large')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('is zero only for equal strings and the other length for an empty one', () => {
    expect(editDistance('ingress', 'ingress')).toBe(0);
    expect(editDistance('', 'egress')).toBe(6);
    expect(editDistance('egress', '')).toBe(6);
    expect(editDistance('Ingress', 'ingress')).toBe(1);
  });
});
