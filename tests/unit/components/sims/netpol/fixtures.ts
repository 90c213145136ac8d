import type { PolicyInput, SimSeed } from '~/components/sims/netpol/model';
import { parsePolicies } from '~/sim/netpol/parse';

/** A policy input from YAML, parsed with the engine (a test fails loudly on a typo). */
export function policyInput(yaml: string, enabled = true): PolicyInput {
  const { policies, errors } = parsePolicies(yaml);
  const [policy] = policies;
  if (!policy || errors.length > 0) throw new Error(`bad fixture: ${JSON.stringify(errors)}`);
  return { yaml, policy, enabled };
}

export const DENY_SHOP = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: deny-all, namespace: shop }
spec:
  podSelector: {}
  policyTypes: [Ingress]
`;

export const ALLOW_WEB = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: allow-web, namespace: shop }
spec:
  podSelector: { matchLabels: { app: api } }
  ingress:
    - from: [{ podSelector: { matchLabels: { app: web } } }]
      ports: [{ port: 8080 }]
`;

/** A shop (web, api on node-1/node-2), an ops toolbox, and one outside address. */
export function shopSeed(): SimSeed {
  return {
    cluster: {
      nodes: [
        { name: 'node-1', ip: '192.168.10.11' },
        { name: 'node-2', ip: '192.168.10.12' },
      ],
      namespaces: [
        { name: 'shop', labels: {} },
        { name: 'ops', labels: {} },
      ],
      pods: [
        {
          namespace: 'shop',
          name: 'web',
          labels: { app: 'web' },
          ip: '10.244.1.10',
          node: 'node-1',
          ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
        },
        {
          namespace: 'shop',
          name: 'api',
          labels: { app: 'api' },
          ip: '10.244.2.10',
          node: 'node-2',
          ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
        },
        {
          namespace: 'ops',
          name: 'toolbox',
          labels: { app: 'toolbox' },
          ip: '10.244.1.20',
          node: 'node-1',
          ports: [],
        },
      ],
      outside: [{ name: 'client', ip: '203.0.113.7' }],
    },
    policies: [policyInput(DENY_SHOP), policyInput(ALLOW_WEB)],
    probe: { port: 8080, protocol: 'TCP' },
  };
}
