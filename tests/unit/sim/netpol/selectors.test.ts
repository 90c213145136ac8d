import { describe, expect, it } from 'vitest';
import { InputError } from '~/sim/ip';
import { labelsFrom } from '~/sim/netpol/labels';
import { compileSelector, selectorMatches } from '~/sim/netpol/selectors';
import type { LabelSelector } from '~/sim/netpol';

/** Whether a selector matches these labels. */
function matches(selector: LabelSelector, labels: Record<string, string>): boolean {
  return selectorMatches(compileSelector(selector, 'podSelector'), labelsFrom(labels));
}

describe('label selectors', () => {
  it('{} matches everything, labels or not', () => {
    expect(matches({}, {})).toBe(true);
    expect(matches({ matchLabels: {}, matchExpressions: [] }, { app: 'x' })).toBe(true);
    expect(compileSelector({}, 'podSelector').empty).toBe(true);
  });

  it('matchLabels needs every pair', () => {
    const selector = { matchLabels: { app: 'web', tier: 'front' } };
    expect(matches(selector, { app: 'web', tier: 'front', extra: 'x' })).toBe(true);
    expect(matches(selector, { app: 'web' })).toBe(false);
    expect(matches(selector, { app: 'web', tier: 'back' })).toBe(false);
  });

  it.each([
    ['In', ['a', 'b'], { k: 'a' }, true],
    ['In', ['a', 'b'], { k: 'c' }, false],
    ['In', ['a'], {}, false],
    ['NotIn', ['a'], { k: 'b' }, true],
    ['NotIn', ['a'], { k: 'a' }, false],
    ['NotIn', ['a'], {}, true],
    ['Exists', [], { k: '' }, true],
    ['Exists', [], {}, false],
    ['DoesNotExist', [], {}, true],
    ['DoesNotExist', [], { k: 'a' }, false],
  ] as const)('%s %j against %j → %s', (operator, values, labels, expected) => {
    expect(
      matches({ matchExpressions: [{ key: 'k', operator, values: [...values] }] }, labels),
    ).toBe(expected);
  });

  it('ANDs matchLabels and every expression', () => {
    const selector: LabelSelector = {
      matchLabels: { app: 'web' },
      matchExpressions: [
        { key: 'tier', operator: 'Exists' },
        { key: 'legacy', operator: 'DoesNotExist' },
      ],
    };
    expect(matches(selector, { app: 'web', tier: 'x' })).toBe(true);
    expect(matches(selector, { app: 'web', tier: 'x', legacy: 'y' })).toBe(false);
    expect(matches(selector, { app: 'web' })).toBe(false);
  });

  it('reads prototype names such as constructor and __proto__ as plain keys', () => {
    expect(matches({ matchExpressions: [{ key: 'constructor', operator: 'Exists' }] }, {})).toBe(
      false,
    );
    expect(matches({ matchExpressions: [{ key: 'toString', operator: 'DoesNotExist' }] }, {})).toBe(
      true,
    );
    const labels = JSON.parse('{"__proto__": "x"}') as Record<string, string>;
    expect(
      matches({ matchLabels: JSON.parse('{"__proto__": "x"}') as Record<string, string> }, labels),
    ).toBe(true);
    expect(matches({ matchLabels: { constructor: 'x' } }, {})).toBe(false);
  });

  it('refuses an unknown operator in a hand-built selector', () => {
    const selector = {
      matchExpressions: [{ key: 'k', operator: 'Equals' }],
    } as unknown as LabelSelector;
    expect(() => compileSelector(selector, 'spec.podSelector')).toThrow(InputError);
    expect(() => compileSelector(selector, 'spec.podSelector')).toThrow(
      "spec.podSelector.matchExpressions[0].operator is 'Equals': use In, NotIn, Exists or DoesNotExist.",
    );
  });
});
