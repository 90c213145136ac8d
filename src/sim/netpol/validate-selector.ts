import { quote } from './names';
import { suggestName } from './suggest';
import type { LabelSelector, LabelSelectorRequirement } from './types';
import { readLabelKey, readLabelValue, readLabels } from './validate-labels';
import { isAbsent, joinPath, readFields, readList, readString, report } from './yaml-reader';
import type { Reader } from './yaml-reader';

const SELECTOR_FIELDS = ['matchLabels', 'matchExpressions'] as const;
const EXPRESSION_FIELDS = ['key', 'operator', 'values'] as const;
const OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'] as const;
const OPERATOR_HINTS: Readonly<Record<string, string>> = {
  '=': 'In (with one value)',
  '==': 'In (with one value)',
  '!=': 'NotIn',
  Equals: 'In (with one value)',
  NotEquals: 'NotIn',
  DoesNotExists: 'DoesNotExist',
  NotExists: 'DoesNotExist',
};

/** Reads a label selector (matchLabels AND matchExpressions); null when it has an error. */
export function readSelector(reader: Reader, node: unknown, path: string): LabelSelector | null {
  if (isAbsent(node)) return {};
  const before = reader.errors.length;
  const fields = readFields(reader, node, path, SELECTOR_FIELDS);
  if (!fields) return null;
  const selector: LabelSelector = {};
  const labels = fields.get('matchLabels');
  if (labels && !isAbsent(labels.value)) {
    const read = readLabels(reader, labels.value, joinPath(path, 'matchLabels'));
    if (read) selector.matchLabels = read;
  }
  const expressions = fields.get('matchExpressions');
  if (expressions && !isAbsent(expressions.value)) {
    const listPath = joinPath(path, 'matchExpressions');
    const items = readList(reader, expressions.value, listPath) ?? [];
    selector.matchExpressions = items.flatMap((item, i) => {
      const expression = readExpression(reader, item, `${listPath}[${String(i)}]`);
      return expression ? [expression] : [];
    });
  }
  return reader.errors.length === before ? selector : null;
}

/** Reads an operator, naming the right one for a near miss ("in", "Equals", "!="). */
function readOperator(
  reader: Reader,
  node: unknown,
  path: string,
): LabelSelectorRequirement['operator'] | null {
  const operator = readString(reader, node, path);
  if (operator === null) return null;
  const known = OPERATORS.find((candidate) => candidate === operator);
  if (known) return known;
  const meant = Object.hasOwn(OPERATOR_HINTS, operator)
    ? OPERATOR_HINTS[operator]
    : suggestName(operator, OPERATORS);
  report(
    reader,
    node,
    path,
    `${path} ${quote(operator)} is not a selector operator: use In, NotIn, Exists or DoesNotExist${meant ? ` (did you mean ${meant}?)` : ''}.`,
  );
  return null;
}

/** Reads an expression's values: a list of valid label values. */
function readValues(reader: Reader, node: unknown, path: string): string[] | null {
  const items = readList(reader, node, path);
  if (!items) return null;
  const values: string[] = [];
  items.forEach((item, i) => {
    const value = readLabelValue(reader, item, `${path}[${String(i)}]`);
    if (value !== null) values.push(value);
  });
  return values.length === items.length ? values : null;
}

/** Reads one matchExpressions entry and checks its operator against its values. */
function readExpression(
  reader: Reader,
  node: unknown,
  path: string,
): LabelSelectorRequirement | null {
  const fields = readFields(reader, node, path, EXPRESSION_FIELDS);
  if (!fields) return null;
  const keyField = fields.get('key');
  const operatorField = fields.get('operator');
  if (!keyField || isAbsent(keyField.value))
    report(
      reader,
      node,
      joinPath(path, 'key'),
      `${path}.key is required: the label key the expression tests.`,
    );
  if (!operatorField || isAbsent(operatorField.value))
    report(
      reader,
      node,
      joinPath(path, 'operator'),
      `${path}.operator is required: In, NotIn, Exists or DoesNotExist.`,
    );
  const key =
    keyField && !isAbsent(keyField.value)
      ? readLabelKey(reader, keyField.value, joinPath(path, 'key'))
      : null;
  const operator =
    operatorField && !isAbsent(operatorField.value)
      ? readOperator(reader, operatorField.value, joinPath(path, 'operator'))
      : null;
  const valuesField = fields.get('values');
  const valuesGiven = valuesField !== undefined && !isAbsent(valuesField.value);
  const values = valuesGiven
    ? readValues(reader, valuesField.value, joinPath(path, 'values'))
    : null;
  if (operator === 'In' || operator === 'NotIn') {
    if (!valuesGiven || values?.length === 0) {
      report(
        reader,
        valuesField?.value ?? node,
        joinPath(path, 'values'),
        `${path}.values must list at least one value when the operator is ${operator}.`,
      );
    }
  } else if (operator && values && values.length > 0) {
    report(
      reader,
      valuesField?.value,
      joinPath(path, 'values'),
      `${path}.values must be left out when the operator is ${operator}: it only tests whether the key is there.`,
    );
  }
  if (valuesGiven && values === null) return null;
  if (key === null || operator === null) return null;
  return values === null ? { key, operator } : { key, operator, values };
}
