// The starting text of "Add policy": a small ingress policy in the cluster's first namespace,
// with a name no other policy uses, for the learner to adapt.
import type { SimModel } from './model';

/** A template NetworkPolicy for the model, named new-policy (or new-policy-2, …). */
export function policyTemplate(model: SimModel, taken: ReadonlySet<string>): string {
  const namespace = model.cluster.namespaces[0]?.name ?? 'default';
  let name = 'new-policy';
  for (let n = 2; taken.has(`${namespace}/${name}`); n++) name = `new-policy-${String(n)}`;
  const [target, source] = model.cluster.pods.filter((pod) => pod.namespace === namespace);
  const label = (pod: typeof target, fallback: string) =>
    Object.entries(pod?.labels ?? {})[0] ?? ['app', fallback];
  const [targetKey, targetValue] = label(target, 'backend');
  const [sourceKey, sourceValue] = label(source, 'frontend');
  return `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  podSelector:
    matchLabels:
      ${targetKey}: ${targetValue}
  policyTypes: [Ingress]
  ingress:
    - from:
        - podSelector:
            matchLabels:
              ${sourceKey}: ${sourceValue}
      ports:
        - protocol: TCP
          port: 8080
`;
}
