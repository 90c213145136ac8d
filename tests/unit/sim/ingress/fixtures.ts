import type { HTTPIngressPath, Ingress, PathType } from '~/sim/ingress';

// Small builders for Ingress test objects.

/** A path to a Service on port 80. */
export function p(path: string, pathType: PathType, service: string): HTTPIngressPath {
  return { path, pathType, backend: { service: { name: service, port: { number: 80 } } } };
}

/** An Ingress in namespace default with the given rules and extras. */
export function ing(
  name: string,
  spec: Ingress['spec'],
  annotations?: Record<string, string>,
): Ingress {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name, namespace: 'default', ...(annotations ? { annotations } : {}) },
    spec,
  };
}

/** An Ingress with one rule (optionally for a host) holding these paths. */
export function single(name: string, host: string | undefined, paths: HTTPIngressPath[]): Ingress {
  return ing(name, { rules: [{ ...(host === undefined ? {} : { host }), http: { paths } }] });
}
