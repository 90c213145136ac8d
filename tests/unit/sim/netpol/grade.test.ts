import { describe, expect, it } from 'vitest';
import { InputError, gradeChallenge } from '~/sim/netpol';
import { clusterOf, pod, policiesFrom } from './helpers';

const cluster = clusterOf([
  pod('prod/api', '10.0.0.1', { app: 'api' }, { ports: [{ name: 'pg', port: 5432 }] }),
  pod('prod/web', '10.0.0.2', { app: 'web' }),
  pod('prod/db', '10.0.0.3', { app: 'db' }, { ports: [{ name: 'pg', port: 5432 }] }),
  pod('dev/tool', '10.0.1.1', { app: 'tool' }),
]);

// The learner's answer: only prod/api may reach prod/db.
const answer = policiesFrom(
  'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: db, namespace: prod }\nspec:\n  podSelector: { matchLabels: { app: db } }\n  ingress:\n    - from: [{ podSelector: { matchLabels: { app: api } } }]\n      ports: [{ port: 5432 }]\n',
);

describe('gradeChallenge', () => {
  it('passes when every cell matches; the first expectation covering a cell decides it', () => {
    const result = gradeChallenge(cluster, answer, [
      { from: 'prod/api', to: 'prod/db', port: 5432, allowed: true },
      { from: '*', to: 'prod/db', port: 5432, allowed: false },
    ]);
    expect(result.passed).toBe(true);
    expect(result.mismatches).toEqual([]);
    expect(
      result.cells.map((c) => [c.from, c.to, c.port, c.protocol, c.expected, c.actual]),
    ).toEqual([
      ['prod/api', 'prod/db', 5432, 'TCP', true, true],
      ['prod/web', 'prod/db', 5432, 'TCP', false, false],
      ['dev/tool', 'prod/db', 5432, 'TCP', false, false],
    ]);
  });

  it('skips a pod’s connection to itself under a wildcard, but not when both ends are named', () => {
    const wildcard = gradeChallenge(cluster, answer, [
      { from: 'prod/*', to: 'prod/db', port: 5432, allowed: false },
    ]);
    expect(wildcard.cells.map((c) => c.from)).toEqual(['prod/api', 'prod/web']);
    const named = gradeChallenge(cluster, answer, [
      { from: 'prod/db', to: 'prod/db', port: 5432, allowed: true },
    ]);
    expect(named.cells).toHaveLength(1);
    expect(named.passed).toBe(true);
  });

  it('lists the mismatches with their verdicts, and fails', () => {
    const result = gradeChallenge(cluster, answer, [
      { from: 'prod/web', to: 'prod/db', port: 'pg', allowed: true },
      { from: 'ip:203.0.113.7', to: 'prod/web', port: 443, allowed: false },
    ]);
    expect(result.passed).toBe(false);
    expect(result.mismatches.map((c) => [c.from, c.to, c.port, c.expected, c.actual])).toEqual([
      ['prod/web', 'prod/db', 'pg', true, false],
      ['ip:203.0.113.7', 'prod/web', 443, false, true],
    ]);
    expect(result.mismatches[0]?.verdict.ingress.matchedBy).toEqual([]);
  });

  it('treats "5432" and 5432 as the same cell, and UDP as another', () => {
    const result = gradeChallenge(cluster, answer, [
      { from: 'prod/api', to: 'prod/db', port: '5432', allowed: true },
      { from: 'prod/api', to: 'prod/db', port: 5432, allowed: false },
      { from: 'prod/api', to: 'prod/db', port: 5432, protocol: 'UDP', allowed: false },
    ]);
    expect(result.cells.map((c) => [c.port, c.protocol, c.expected])).toEqual([
      [5432, 'TCP', true],
      [5432, 'UDP', false],
    ]);
    expect(result.passed).toBe(true);
  });

  it('does not pass when the expectations cover no cell', () => {
    expect(gradeChallenge(cluster, answer, []).passed).toBe(false);
  });

  it.each([
    ['prod', "'prod' is not a connection end"],
    ['prod/', "'prod/' is not a connection end"],
    ['nowhere/*', "There is no namespace 'nowhere' for 'nowhere/*'."],
  ])('refuses the end %j with an InputError', (end, message) => {
    const run = (): unknown =>
      gradeChallenge(cluster, answer, [{ from: end, to: 'prod/db', port: 1, allowed: true }]);
    expect(run).toThrow(InputError);
    expect(run).toThrow(message);
  });
});
