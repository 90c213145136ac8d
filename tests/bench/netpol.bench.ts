import { it } from 'vitest';
import { stringify } from 'yaml';
import { createEvaluator, evaluate, parsePolicies, reachability } from '~/sim/netpol';
import { measure, report } from './harness';
import { generateCluster, generatePolicies } from './netpol-scenario';

// The NetworkPolicy engine on a lesson-sized scenario and on the DESIGN.md budget case:
// a 500-pod reachability matrix (20 namespaces) under 100 generated policies, target < 1 s.
it('netpol engine', () => {
  const large = generateCluster(20, 25);
  const largePolicies = generatePolicies(100, 20, 42);
  const small = generateCluster(3, 4);
  const smallPolicies = generatePolicies(5, 3, 7);
  const evaluator = createEvaluator(large, largePolicies);
  const smallFlow = {
    from: { namespace: 'ns-00', pod: 'pod-01' },
    to: { namespace: 'ns-01', pod: 'pod-02' },
    port: 8080,
  };
  const largeFlow = {
    from: { namespace: 'ns-03', pod: 'pod-04' },
    to: { namespace: 'ns-17', pod: 'pod-20' },
    port: 'http',
  };
  const yamlText = largePolicies
    .map((policy) => stringify(policy, { version: '1.1' }))
    .join('---\n');
  const allowed = Object.values(reachability(large, largePolicies, { port: 8080 })).reduce(
    (sum, row) => sum + Object.values(row).filter(Boolean).length,
    0,
  );
  console.log(
    `large scenario: 500 pods, 100 policies; ${String(allowed)} of 250000 cells allowed on TCP 8080`,
  );
  report([
    measure('evaluate (default scenario)', '12 pods, 5 policies, one flow', () =>
      evaluate(small, smallPolicies, smallFlow),
    ),
    measure('reachability (default scenario)', '12 pods × 12, 5 policies', () =>
      reachability(small, smallPolicies, { port: 8080 }),
    ),
    measure(
      'reachability 500 pods, TCP 8080',
      '20 ns × 25 pods, 100 policies',
      () => reachability(large, largePolicies, { port: 8080 }),
      { runs: 15, warmup: 2 },
    ),
    measure(
      'reachability 500 pods, named http',
      '20 ns × 25 pods, 100 policies',
      () => reachability(large, largePolicies, { port: 'http' }),
      { runs: 15, warmup: 2 },
    ),
    measure(
      'evaluate (large, cold)',
      'index + compile + one flow',
      () => evaluate(large, largePolicies, largeFlow),
      { runs: 15, warmup: 2 },
    ),
    measure('evaluator.evaluate (large, warm)', 'one flow on an indexed cluster', () =>
      evaluator.evaluate(largeFlow),
    ),
    measure(
      'parsePolicies (100 policies)',
      `${String(Math.round(yamlText.length / 1024))} KiB of YAML`,
      () => parsePolicies(yamlText),
      { runs: 15, warmup: 2 },
    ),
  ]);
});
