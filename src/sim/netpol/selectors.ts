import { InputError } from '../ip';
import { describeSelector } from './describe';
import { labelsFrom } from './labels';
import type { Labels } from './labels';
import type { LabelSelector } from './types';

/** One requirement ready to test: the operator and its values as a set. */
interface Requirement {
  readonly key: string;
  readonly operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  readonly values: ReadonlySet<string>;
}

/** A label selector compiled once: matchLabels as requirements, and its readable text. */
export interface CompiledSelector {
  readonly requirements: readonly Requirement[];
  /** Whether it is `{}`, which matches everything. */
  readonly empty: boolean;
  /** e.g. "app=frontend, tier in (api,web)", or "{}". */
  readonly text: string;
}

const OPERATORS = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist']);

/** Compiles a selector; an unknown operator (only possible in hand-built objects) is an InputError. */
export function compileSelector(selector: LabelSelector, field: string): CompiledSelector {
  const requirements: Requirement[] = [...labelsFrom(selector.matchLabels)].map(([key, value]) => ({
    key,
    operator: 'In',
    values: new Set([value]),
  }));
  (selector.matchExpressions ?? []).forEach((expression, i) => {
    if (!OPERATORS.has(expression.operator)) {
      throw new InputError(
        `${field}.matchExpressions[${String(i)}].operator is '${String(expression.operator)}': use In, NotIn, Exists or DoesNotExist.`,
        field,
      );
    }
    requirements.push({
      key: expression.key,
      operator: expression.operator,
      values: new Set(expression.values ?? []),
    });
  });
  return { requirements, empty: requirements.length === 0, text: describeSelector(selector) };
}

/** Whether labels satisfy every requirement (NotIn and DoesNotExist match a pod without the key). */
export function selectorMatches(selector: CompiledSelector, labels: Labels): boolean {
  return selector.requirements.every((requirement) => {
    const value = labels.get(requirement.key);
    switch (requirement.operator) {
      case 'In':
        return value !== undefined && requirement.values.has(value);
      case 'NotIn':
        return value === undefined || !requirement.values.has(value);
      case 'Exists':
        return value !== undefined;
      case 'DoesNotExist':
        return value === undefined;
    }
  });
}
