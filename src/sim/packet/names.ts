import { InputError } from '../ip';

/** The prefix of generated node names (node-1, node-2, …). */
export const NODE_NAME_PREFIX = 'node';
/** The prefix of generated pod names (web-1, web-2, …). */
export const POD_NAME_PREFIX = 'web';

/** The first generated name after `counter` that is not taken, and the counter that produced it. */
export function nextGeneratedName(
  prefix: string,
  counter: number,
  taken: ReadonlySet<string>,
): { name: string; counter: number } {
  let next = counter + 1;
  while (taken.has(`${prefix}-${String(next)}`)) next += 1;
  return { name: `${prefix}-${String(next)}`, counter: next };
}

/** Checks a node or pod name against the Kubernetes rule for object names (a DNS subdomain). */
export function checkObjectName(name: string, kind: 'node' | 'pod', field: string): void {
  const valid =
    name.length <= 253 &&
    /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(name);
  if (!valid) {
    throw new InputError(
      `'${name}' is not a valid ${kind} name: use lowercase letters, digits, '-' and '.', starting and ending with a letter or digit (e.g. ${kind === 'node' ? 'node-3' : 'web-3'}).`,
      field,
    );
  }
}

/** Checks a namespace name against the Kubernetes rule for namespaces (a DNS label). */
export function checkNamespace(namespace: string): void {
  if (!/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(namespace)) {
    throw new InputError(
      `'${namespace}' is not a valid namespace: use at most 63 lowercase letters, digits and '-', starting and ending with a letter or digit.`,
      'namespace',
    );
  }
}
