import { describe, expect, it } from 'vitest';
import { parsePolicies } from '~/sim/netpol';
import { problems, withSpec } from './helpers';

// Errors in label selectors and label maps (spec lines start on line 7).

/** A spec whose podSelector is written on line 7 as given. */
const selector = (text: string): string[] => problems(withSpec(`  podSelector: ${text}\n`));

describe('matchLabels', () => {
  it('needs string values: YAML 1.1 reads yes, y, on and numbers otherwise', () => {
    expect(selector('{ matchLabels: { enabled: yes, port: 80 } }')).toEqual([
      "1:7:42 spec.podSelector.matchLabels.enabled | spec.podSelector.matchLabels.enabled should be a string, not the boolean true: YAML reads yes as a boolean, so quote it ('yes').",
      "1:7:53 spec.podSelector.matchLabels.port | spec.podSelector.matchLabels.port should be a string, not the number 80: YAML reads 80 as a number, so quote it ('80').",
    ]);
  });

  it('asks for an empty value to be written as quotes', () => {
    expect(problems(withSpec('  podSelector:\n    matchLabels:\n      app:\n'))).toEqual([
      "1:9:7 spec.podSelector.matchLabels.app | spec.podSelector.matchLabels.app has no value: write '' for an empty label value.",
    ]);
  });

  it.each([
    ['a/b/c', "label key 'a/b/c' has more than one '/'."],
    [
      'Example.com/app',
      "label key 'Example.com/app' has an invalid prefix: it must be a lower-case DNS name such as example.com.",
    ],
    ['/app', "label key '/app' has an empty prefix before '/'."],
    ['example.com/', "label key 'example.com/' has an empty name."],
    [
      '__proto__',
      "label key '__proto__' is not valid: use letters, digits, '-', '_' and '.', starting and ending with a letter or digit.",
    ],
    [`a${'b'.repeat(63)}`, 'has a name longer than 63 characters.'],
  ])('refuses the label key %j', (key, message) => {
    const [error] = selector(`{ matchLabels: { "${key}": x } }`);
    expect(error).toContain(
      `1:7:33 spec.podSelector.matchLabels.${key} | spec.podSelector.matchLabels.${key}: `,
    );
    expect(error).toContain(message);
  });

  it.each([
    ['has space', "label value 'has space' is not valid"],
    ['x'.repeat(64), 'is longer than 63 characters.'],
    ['-x', "label value '-x' is not valid"],
  ])('refuses the label value %j', (value, message) => {
    expect(selector(`{ matchLabels: { app: "${value}" } }`)[0]).toContain(message);
  });

  it('accepts an empty value, prefixed keys and dotted values', () => {
    const { policies, errors } = parsePolicies(
      withSpec("  podSelector: { matchLabels: { app: '', example.com/tier: v1.2_x } }\n"),
    );
    expect(errors).toEqual([]);
    expect(policies[0]?.spec.podSelector).toEqual({
      matchLabels: { app: '', 'example.com/tier': 'v1.2_x' },
    });
  });

  it('never gives a parsed label map a prototype', () => {
    const { policies } = parsePolicies(withSpec('  podSelector: { matchLabels: { app: web } }\n'));
    expect(Object.getPrototypeOf(policies[0]?.spec.podSelector.matchLabels)).toBeNull();
  });
});

describe('matchExpressions', () => {
  it('requires key and operator', () => {
    expect(selector('{ matchExpressions: [{ values: [a] }] }')).toEqual([
      '1:7:37 spec.podSelector.matchExpressions[0].key | spec.podSelector.matchExpressions[0].key is required: the label key the expression tests.',
      '1:7:37 spec.podSelector.matchExpressions[0].operator | spec.podSelector.matchExpressions[0].operator is required: In, NotIn, Exists or DoesNotExist.',
    ]);
  });

  it.each([
    ['in', 'did you mean In?'],
    ['=', 'did you mean In (with one value)?'],
    ['"!="', 'did you mean NotIn?'],
    ['Equals', 'did you mean In (with one value)?'],
    ['Gt', 'use In, NotIn, Exists or DoesNotExist.'],
  ])('names the operator meant for %s', (operator, hint) => {
    const [error] = selector(
      `{ matchExpressions: [{ key: app, operator: ${operator}, values: [a] }] }`,
    );
    expect(error).toMatch(/^1:7:\d+ spec\.podSelector\.matchExpressions\[0\]\.operator \| /);
    expect(error).toContain('is not a selector operator: use In, NotIn, Exists or DoesNotExist');
    expect(error).toContain(hint);
  });

  it('requires values for In and NotIn', () => {
    expect(selector('{ matchExpressions: [{ key: app, operator: NotIn, values: [] }] }')).toEqual([
      '1:7:74 spec.podSelector.matchExpressions[0].values | spec.podSelector.matchExpressions[0].values must list at least one value when the operator is NotIn.',
    ]);
    expect(selector('{ matchExpressions: [{ key: app, operator: In }] }')).toEqual([
      '1:7:37 spec.podSelector.matchExpressions[0].values | spec.podSelector.matchExpressions[0].values must list at least one value when the operator is In.',
    ]);
  });

  it('refuses values for Exists and DoesNotExist', () => {
    expect(
      selector('{ matchExpressions: [{ key: app, operator: Exists, values: [web] }] }'),
    ).toEqual([
      '1:7:75 spec.podSelector.matchExpressions[0].values | spec.podSelector.matchExpressions[0].values must be left out when the operator is Exists: it only tests whether the key is there.',
    ]);
  });

  it('checks the key and the values like labels', () => {
    expect(
      selector('{ matchExpressions: [{ key: "a b", operator: In, values: ["x y"] }] }'),
    ).toEqual([
      "1:7:44 spec.podSelector.matchExpressions[0].key | spec.podSelector.matchExpressions[0].key: label key 'a b' is not valid: use letters, digits, '-', '_' and '.', starting and ending with a letter or digit.",
      "1:7:74 spec.podSelector.matchExpressions[0].values[0] | spec.podSelector.matchExpressions[0].values[0]: label value 'x y' is not valid: use letters, digits, '-', '_' and '.', starting and ending with a letter or digit.",
    ]);
  });

  it('suggests matchLabels for a typo, and lists the fields otherwise', () => {
    expect(selector('{ matchlabels: { app: web } }')).toEqual([
      "1:7:18 spec.podSelector.matchlabels | unknown field 'matchlabels' in spec.podSelector: did you mean 'matchLabels'?",
    ]);
    expect(selector('{ app: web }')).toEqual([
      "1:7:18 spec.podSelector.app | unknown field 'app' in spec.podSelector; the fields here are matchLabels, matchExpressions.",
    ]);
  });
});
