import { describe, expect, it } from 'vitest';
import { InputError, evaluate, reachability } from '~/sim/netpol';
import { clusterOf, flow, loadCluster, loadPolicies, pod, policiesFrom } from './helpers';

describe('reachability', () => {
  const cluster = clusterOf([
    pod('a/x', '10.0.0.1', { app: 'x' }, { ports: [{ name: 'http', port: 8080 }] }),
    pod('a/y', '10.0.0.2', { app: 'y' }),
    pod('b/z', '10.0.0.3', { app: 'z' }, { ports: [{ name: 'http', port: 80 }] }),
  ]);

  it('is all true without policies, diagonal included, keyed "namespace/pod"', () => {
    expect(reachability(cluster, [], { port: 80 })).toEqual({
      'a/x': { 'a/x': true, 'a/y': true, 'b/z': true },
      'a/y': { 'a/x': true, 'a/y': true, 'b/z': true },
      'b/z': { 'a/x': true, 'a/y': true, 'b/z': true },
    });
  });

  it('keeps the diagonal true under a deny-all', () => {
    const denyAll = policiesFrom(
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: deny, namespace: a }\nspec:\n  podSelector: {}\n  policyTypes: [Ingress, Egress]\n',
    );
    expect(reachability(cluster, denyAll, { port: 80 })).toEqual({
      'a/x': { 'a/x': true, 'a/y': false, 'b/z': false },
      'a/y': { 'a/x': false, 'a/y': true, 'b/z': false },
      'b/z': { 'a/x': false, 'a/y': false, 'b/z': true },
    });
  });

  it('resolves a named probe port on each destination; a pod without it cannot be reached', () => {
    const onlyHttp8080 = policiesFrom(
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: p, namespace: b }\nspec:\n  podSelector: {}\n  ingress: [{ ports: [{ port: 8080 }] }]\n',
    );
    expect(reachability(cluster, onlyHttp8080, { port: 'http' })).toEqual({
      'a/x': { 'a/x': true, 'a/y': false, 'b/z': false },
      'a/y': { 'a/x': true, 'a/y': true, 'b/z': false },
      'b/z': { 'a/x': true, 'a/y': false, 'b/z': true },
    });
  });

  it('agrees with evaluate on every cell of the e2e topology under several policies', () => {
    const xyz = loadCluster('xyz');
    const policies = loadPolicies([
      'e2e/pod-or-namespace.yaml',
      'e2e/named-port-egress.yaml',
      'e2e/ip-block-egress.yaml',
    ]);
    for (const probe of [
      { port: 80 },
      { port: 81 },
      { port: 'serve-80-tcp' },
      { port: 80, protocol: 'UDP' as const },
    ]) {
      const matrix = reachability(xyz, policies, probe);
      for (const from of xyz.pods) {
        for (const to of xyz.pods) {
          const key = (p: { namespace: string; name: string }): string =>
            `${p.namespace}/${p.name}`;
          const verdict = evaluate(
            xyz,
            policies,
            flow(key(from), key(to), probe.port, probe.protocol),
          );
          expect(
            matrix[key(from)]?.[key(to)],
            `${key(from)} → ${key(to)} ${JSON.stringify(probe)}`,
          ).toBe(verdict.allowed);
        }
      }
    }
  });

  it('refuses a bad probe with an InputError', () => {
    expect(() => reachability(cluster, [], { port: 0 })).toThrow(InputError);
    expect(() => reachability(cluster, [], { port: 80, protocol: 'ICMP' as 'TCP' })).toThrow(
      InputError,
    );
  });
});
