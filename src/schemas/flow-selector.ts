import { isInputError, parseIpv4 } from '~/sim/ip';
import { dnsLabel, dnsSubdomain } from './kube-names';

/**
 * One end of an expected flow in a graded challenge: every pod (`*`), every pod of a namespace
 * (`shop/*`), one pod (`shop/frontend`) or an address outside the cluster (`ip:203.0.113.7`).
 */
export type FlowSelector =
  | { kind: 'any' }
  | { kind: 'namespace'; namespace: string }
  | { kind: 'pod'; namespace: string; pod: string }
  | { kind: 'ip'; ip: string };

/**
 * Reads a flow selector, or returns why it is malformed (a string).
 *
 * @example
 * parseFlowSelector('shop/*'); // { kind: 'namespace', namespace: 'shop' }
 * parseFlowSelector('ip:203.0.113.7'); // { kind: 'ip', ip: '203.0.113.7' }
 */
export function parseFlowSelector(text: string): FlowSelector | string {
  if (text === '*') return { kind: 'any' };
  if (text.startsWith('ip:')) return ipSelector(text.slice(3));
  const parts = text.split('/');
  const [namespace = '', pod = ''] = parts;
  if (parts.length !== 2 || !dnsLabel.safeParse(namespace).success) {
    return `'${text}' is not a selector: write *, a namespace and /* (shop/*), namespace/pod (shop/frontend) or ip:ADDRESS`;
  }
  if (pod === '*') return { kind: 'namespace', namespace };
  if (!dnsSubdomain.safeParse(pod).success) return `'${text}': '${pod}' is not a valid pod name`;
  return { kind: 'pod', namespace, pod };
}

/** Reads the address of an `ip:` selector. */
function ipSelector(address: string): FlowSelector | string {
  if (address !== address.trim()) return `'ip:${address}' has spaces around the address`;
  try {
    parseIpv4(address);
    return { kind: 'ip', ip: address };
  } catch (error) {
    if (isInputError(error)) return `ip:${address}: ${error.message}`;
    throw error;
  }
}
