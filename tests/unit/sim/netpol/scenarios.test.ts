import { describe, expect, it } from 'vitest';
import { evaluate, reachability } from '~/sim/netpol';
import { flow, loadCluster, loadPolicies, loadScenarios } from './helpers';

// The scenario tables in tests/fixtures/netpol/scenarios: the Kubernetes docs' examples and cases
// modelled on the e2e suite, each policy file read through parsePolicies.
describe.each(['docs.yaml', 'e2e.yaml'])('scenario table %s', (file) => {
  const { cluster: clusterName, scenarios } = loadScenarios(file);
  const cluster = loadCluster(clusterName);
  describe.each(scenarios)('$title', (scenario) => {
    const policies = loadPolicies(scenario.policies);
    it.each(scenario.cases)('$from → $to $protocol $port: allowed $allowed', (row) => {
      const verdict = evaluate(cluster, policies, flow(row.from, row.to, row.port, row.protocol));
      expect(verdict.allowed).toBe(row.allowed);
      expect(verdict.allowed).toBe(verdict.egress.allowed && verdict.ingress.allowed);
    });
    it('agrees with the reachability matrix on every pod-to-pod case', () => {
      for (const row of scenario.cases.filter(
        (c) => !c.from.startsWith('ip:') && !c.to.startsWith('ip:'),
      )) {
        const matrix = reachability(cluster, policies, { port: row.port, protocol: row.protocol });
        expect(matrix[row.from]?.[row.to]).toBe(row.allowed);
      }
    });
  });
});
