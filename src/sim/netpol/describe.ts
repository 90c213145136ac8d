import { labelsFrom } from './labels';
import type { LabelSelector, NetworkPolicyPeer, NetworkPolicyPort } from './types';

/**
 * Renders a selector the way kubectl prints one: "app=frontend, tier in (api,web), !legacy".
 *
 * @example
 * describeSelector({ matchLabels: { app: 'db' }, matchExpressions: [{ key: 'tier', operator: 'Exists' }] });
 * // 'app=db, tier'
 * describeSelector({}); // '{}'
 */
export function describeSelector(selector: LabelSelector): string {
  const parts = [...labelsFrom(selector.matchLabels)].map(([key, value]) => `${key}=${value}`);
  for (const expression of selector.matchExpressions ?? []) {
    const values = `(${(expression.values ?? []).join(',')})`;
    switch (expression.operator) {
      case 'In':
        parts.push(`${expression.key} in ${values}`);
        break;
      case 'NotIn':
        parts.push(`${expression.key} notin ${values}`);
        break;
      case 'Exists':
        parts.push(expression.key);
        break;
      case 'DoesNotExist':
        parts.push(`!${expression.key}`);
        break;
    }
  }
  return parts.length === 0 ? '{}' : parts.join(', ');
}

/**
 * Renders a peer as explanations quote it.
 *
 * @example
 * describePeer({ namespaceSelector: { matchLabels: { team: 'a' } }, podSelector: {} });
 * // 'namespaceSelector team=a and podSelector {}'
 * describePeer({ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } });
 * // 'ipBlock 10.0.0.0/8 except 10.1.0.0/16'
 */
export function describePeer(peer: NetworkPolicyPeer): string {
  const parts: string[] = [];
  if (peer.namespaceSelector)
    parts.push(`namespaceSelector ${describeSelector(peer.namespaceSelector)}`);
  if (peer.podSelector) parts.push(`podSelector ${describeSelector(peer.podSelector)}`);
  if (peer.ipBlock) {
    const except = peer.ipBlock.except ?? [];
    parts.push(
      `ipBlock ${peer.ipBlock.cidr}${except.length > 0 ? ` except ${except.join(', ')}` : ''}`,
    );
  }
  return parts.join(' and ');
}

/**
 * Renders a port entry as YAML-ish text (TCP, the default, is left out).
 *
 * @example
 * describePort({ protocol: 'UDP', port: 53 }); // 'protocol: UDP, port: 53'
 * describePort({ port: 32000, endPort: 32768 }); // 'port: 32000, endPort: 32768'
 */
export function describePort(port: NetworkPolicyPort): string {
  const parts: string[] = [];
  if (port.protocol !== undefined && port.protocol !== 'TCP')
    parts.push(`protocol: ${port.protocol}`);
  if (port.port !== undefined) parts.push(`port: ${String(port.port)}`);
  if (port.endPort !== undefined) parts.push(`endPort: ${String(port.endPort)}`);
  return parts.length === 0 ? 'protocol: TCP' : parts.join(', ');
}
